using System.Text;
using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>
/// A JSONL file whose reading fails partway (a disk error, a network share gone) gives the records read so far and
/// one error for the file, never an exception: one escaping to the indexer was reported as a failure to write the
/// index, and the whole run stopped with nothing committed.
/// </summary>
public sealed class ReadFailureTests
{
    private static readonly CorpusFile Feed = new("/corpus/feed.jsonl", "corpus/feed.jsonl", "feed.jsonl");

    [Fact]
    public void A_read_that_fails_halfway_keeps_the_records_before_it_and_reports_the_file()
    {
        var text = string.Concat(Enumerable.Range(1, 3).Select(i => $$"""{"id":"a{{i}}","title":"Judul {{i}}","body":"Polisi menangkap pencuri ke-{{i}}."}""" + "\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var secondLineEnd = text.IndexOf('\n', text.IndexOf('\n') + 1) + 1; // ASCII: chars are bytes

        var results = CorpusReader.ReadLines(Feed, new FailingStream(bytes, failAfter: secondLineEnd + 5)).ToList();

        Assert.Equal(["feed.jsonl#a1", "feed.jsonl#a2"], results.Where(r => r.Item1 is not null).Select(r => r.Item1!.Id));
        var error = Assert.Single(results, r => r.Item2 is not null).Item2!;
        Assert.Null(error.Line); // the file's error: every article it held stays as indexed
        Assert.True(error.Skipped);
        Assert.Equal("corpus/feed.jsonl: cannot read past line 2: Input/output error; the rest of the file is skipped, and its indexed articles are kept", error.ToString());
    }

    [Fact]
    public void A_file_that_fails_at_its_first_read_is_one_error()
    {
        var results = CorpusReader.ReadLines(Feed, new FailingStream([], failAfter: 0)).ToList();

        var (record, error) = Assert.Single(results);
        Assert.Null(record);
        Assert.Equal("corpus/feed.jsonl: cannot read: Input/output error", error!.ToString());
    }

    [Theory]
    [InlineData("\t \t")]
    [InlineData(" \r")]
    [InlineData("\t")]
    public void A_line_of_white_space_is_skipped_silently(string blank)
    {
        var text = blank + "\n" + """{"id":"a","body":"Harga cabai naik."}""" + "\n";

        var results = CorpusReader.ReadLines(Feed, new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        var (record, error) = Assert.Single(results);
        Assert.Equal("feed.jsonl#a", record!.Id);
        Assert.Null(error);
    }

    /// <summary>A seekable stream that throws an I/O error once <paramref name="failAfter"/> bytes have been read.</summary>
    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        // MemoryStream's other reads come here when it is subclassed.
        public override int Read(byte[] buffer, int offset, int count) => Position >= failAfter
            ? throw new IOException("Input/output error")
            : base.Read(buffer, offset, (int)Math.Min(count, failAfter - Position));
    }
}
