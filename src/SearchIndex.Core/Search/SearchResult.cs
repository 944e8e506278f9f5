namespace SearchIndex.Core.Search;

/// <summary>The outcome of one query.</summary>
/// <param name="Line">1-based line of the query in a queries file; null for a single query.</param>
/// <param name="Total">Exact number of matching paragraphs (before <c>--per-article</c>).</param>
/// <param name="Elapsed">Parse, search, stored-field loading, highlighting and context; not output.</param>
/// <param name="Suggestion">A "did you mean" query when nothing matched and the vocabulary has close words.</param>
public sealed record SearchResult(string Query, int? Line, int Total, IReadOnlyList<SearchHit> Hits, TimeSpan Elapsed, string? Suggestion)
{
    /// <summary>The part of <see cref="Elapsed"/> spent before loading and highlighting hits (parse and search).</summary>
    public TimeSpan SearchElapsed { get; init; }
}
