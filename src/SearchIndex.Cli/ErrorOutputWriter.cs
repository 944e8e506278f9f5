using System.Text;

namespace SearchIndex.Cli;

/// <summary>
/// The commands' standard error. Messages there are best effort: when it cannot be written (<c>2&gt;/dev/full</c>, a
/// closed descriptor), a message is lost, but the command goes on and its exit status stays what it was to be; the
/// failed write had escaped as an unhandled exception (exit 134) from inside the handler of the error it reported.
/// </summary>
internal sealed class ErrorOutputWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter takes null for the default; so does the inner writer's.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Lossy(() => inner.Write(value));

    public override void Write(string? value) => Lossy(() => inner.Write(value));

    public override void WriteLine(string? value) => Lossy(() => inner.WriteLine(value));

    public override void Write(char[] buffer, int index, int count) => Lossy(() => inner.Write(buffer, index, count));

    public override void Flush() => Lossy(inner.Flush);

    private static void Lossy(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Nowhere left to say it.
        }
    }
}
