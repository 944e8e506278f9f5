using System.Text;
using SearchIndex.Core;

namespace SearchIndex.Cli;

/// <summary>
/// The commands' standard output. Passes every write to the real writer and turns one that fails (a full disk, a
/// closed descriptor) into the one error type, so it ends as one error line and exit 2 rather than a crash. A closed
/// pipe is let through as the <see cref="IOException"/> it is: <see cref="CliApp"/> ends quietly on it, like grep.
/// </summary>
internal sealed class OutputWriter : TextWriter
{
    private const int BrokenPipe = 32; // EPIPE

    private readonly TextWriter _inner;

    public OutputWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        NewLine = inner.NewLine;
    }

    public override Encoding Encoding => _inner.Encoding;

    public static bool IsBrokenPipe(Exception e) =>
        e is IOException && (e.HResult == BrokenPipe || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase));

    public override void Write(char value) => Guarded(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guarded(() => _inner.Write(buffer, index, count));

    // A span cannot be captured by Guarded's lambda, so this one keeps its own try.
    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw Failure(e);
        }
    }

    public override void Write(string? value) => Guarded(() => _inner.Write(value));

    public override void WriteLine(string? value) => Guarded(() => _inner.WriteLine(value));

    public override void Flush() => Guarded(_inner.Flush);

    /// <summary>Runs one write of the inner writer, its failure turned into <see cref="Failure"/>.</summary>
    private static void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw Failure(e);
        }
    }

    private static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException && !IsBrokenPipe(e);

    /// <summary>
    /// .NET reports EBADF (stdout closed with <c>&gt;&amp;-</c>) as "Access to the path is denied" with the system's
    /// own words inside; those are the ones worth printing.
    /// </summary>
    private static SearchIndexException Failure(Exception e)
    {
        var reason = e is UnauthorizedAccessException { InnerException: IOException inner } ? inner.Message : e.Message;
        return new SearchIndexException(ErrorKind.Output, $"cannot write output: {reason}", e);
    }
}
