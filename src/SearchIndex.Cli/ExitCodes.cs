using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Cli;

/// <summary>
/// The exit status contract, grep-style, and the rules that map each command's outcome to it: commands return
/// <see cref="Of(SearchOutcome)"/>, <see cref="Of(IndexSummary)"/> or <see cref="Success"/>; <see cref="CliApp"/> maps
/// errors, signals and a closed pipe.
/// </summary>
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

    /// <summary>A search or batch: 2 if any query failed, else 0 if any query had a hit, else 1.</summary>
    public static int Of(SearchOutcome outcome) =>
        outcome.Failed > 0 ? Error : outcome.QueriesWithHits > 0 ? Success : NoMatch;

    /// <summary>An index run: 2 if any file was skipped or reported (the rest is indexed), else 0.</summary>
    public static int Of(IndexSummary summary) => summary.Errors.Count > 0 ? Error : Success;
}
