namespace SearchIndex.Core;

/// <summary>
/// The one error type of SearchIndex: a user-facing failure whose <see cref="Exception.Message"/> is a single line
/// that names the file, line or argument at fault and what to do about it. The CLI prints the message (never a
/// stack trace) and maps <see cref="Kind"/> to an exit code.
/// </summary>
public sealed class SearchIndexException : Exception
{
    public SearchIndexException(ErrorKind kind, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
    }

    public ErrorKind Kind { get; }
}
