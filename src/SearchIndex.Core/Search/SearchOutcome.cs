namespace SearchIndex.Core.Search;

/// <summary>What a run found, for the exit status: queries run, those with at least one hit, those that failed.</summary>
public sealed record SearchOutcome(int Queries, int QueriesWithHits, int Failed);
