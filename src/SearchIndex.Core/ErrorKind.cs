namespace SearchIndex.Core;

/// <summary>What went wrong, coarsely; the CLI turns every kind into exit status 2, except <see cref="Cancelled"/> (130).</summary>
public enum ErrorKind
{
    /// <summary>A command-line argument or option value is invalid.</summary>
    BadArgument,

    /// <summary>An input file (corpus, queries, qrels) is missing, unreadable or malformed.</summary>
    BadInput,

    /// <summary>The index is missing, corrupt, locked by another run, or built with another schema/analyzer.</summary>
    Index,

    /// <summary>A query could not be parsed under the strict syntax.</summary>
    QuerySyntax,

    /// <summary>The results could not be written: a full disk, a closed standard output.</summary>
    Output,

    /// <summary>The operation was cancelled by the user (Ctrl-C): exit status 130, as for SIGINT, not 2.</summary>
    Cancelled,
}
