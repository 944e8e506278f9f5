namespace SearchIndex.Core.Search;

/// <summary>
/// A run's <see cref="SearchOutcome"/> as it goes, each query counted before its output is written. When the reader
/// goes away part-way (<c>| head</c>), a write fails and <see cref="SearchRunner.Run"/> never returns; the caller still
/// owes an exit status for the queries that ran, and a batch line that failed must not end as a success.
/// </summary>
public sealed class SearchTally
{
    public int Queries { get; private set; }

    public int QueriesWithHits { get; private set; }

    public int Failed { get; private set; }

    /// <summary>The queries counted so far, as the exit status reads them.</summary>
    public SearchOutcome Outcome => new(Queries, QueriesWithHits, Failed);

    /// <summary>Whether the run has said how much of the index an outlet filter cannot reach (<see cref="IndexSearchSession.OutletCoverage"/>): once is enough.</summary>
    internal bool OutletCoverageNoted { get; set; }

    internal void Ran(SearchResult result)
    {
        Queries++;
        QueriesWithHits += result.Hits.Count + result.Total > 0 ? 1 : 0;
    }

    internal void Fail()
    {
        Queries++;
        Failed++;
    }
}
