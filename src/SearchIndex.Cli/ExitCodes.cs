namespace SearchIndex.Cli;

/// <summary>The exit status contract, grep-style; every command's status is decided through these names.</summary>
public static class ExitCodes
{
    /// <summary>Success; for search: at least one hit.</summary>
    public const int Success = 0;

    /// <summary>Search found nothing (not an error).</summary>
    public const int NoMatch = 1;

    /// <summary>An error: bad arguments, no or incompatible index, unreadable input, a file skipped while indexing.</summary>
    public const int Error = 2;

    /// <summary>Interrupted by Ctrl-C (128 + SIGINT), after committing what was finished.</summary>
    public const int Interrupted = 130;
}
