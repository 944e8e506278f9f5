using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>
/// Standard input that cannot be read (<c>searchindex analyze &lt; /tmp</c>: "Is a directory") is a one-line user
/// error, never an unhandled exception: it had ended the process with a .NET crash report and exit 134.
/// </summary>
public sealed class UnreadableInputTests
{
    private const string Expected = "standard input: cannot read: Is a directory; give a file or a pipe";

    [Fact]
    public void Reading_standard_input_whole_reports_it()
    {
        var error = Assert.Throws<SearchIndexException>(() => TextDecoding.Decode(new DirectoryLikeStream(), "standard input"));

        Assert.Equal((ErrorKind.BadInput, Expected), (error.Kind, error.Message));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Reading_standard_input_line_by_line_reports_it_at_the_start_or_later(int readable)
    {
        var error = Assert.Throws<SearchIndexException>(() => Utf8Lines.Read(new DirectoryLikeStream(readable), "standard input").ToList());

        Assert.Equal((ErrorKind.BadInput, Expected), (error.Kind, error.Message));
    }

    /// <summary>Gives <paramref name="readable"/> bytes of "a\nb", then fails as reading a folder does.</summary>
    private sealed class DirectoryLikeStream(int readable = 0) : MemoryStream("a\nb"u8.ToArray())
    {
        public override int Read(byte[] buffer, int offset, int count) => Position >= readable
            ? throw new IOException("Is a directory")
            : base.Read(buffer, offset, (int)Math.Min(count, readable - Position));
    }
}
