namespace SearchIndex.Core.Search;

/// <summary>The outcome of one query.</summary>
/// <param name="Line">1-based line of the query in a queries file; null for a single query.</param>
/// <param name="Total">Exact number of matching paragraphs (before <c>--per-article</c>).</param>
/// <param name="Elapsed">Parse, search, stored-field loading, highlighting and context; not output.</param>
/// <param name="Suggestion">A "did you mean" query, when the vocabulary has close words and the corrected query finds
/// something: for a query that matched nothing, or one with <see cref="UnknownWords"/>.</param>
public sealed record SearchResult(string Query, int? Line, int Total, IReadOnlyList<SearchHit> Hits, TimeSpan Elapsed, string? Suggestion)
{
    /// <summary>The part of <see cref="Elapsed"/> spent before loading and highlighting hits (parse and search).</summary>
    public TimeSpan SearchElapsed { get; init; }

    /// <summary>Words of a query that found something which no paragraph or title holds in any form (a typo).</summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];
}
