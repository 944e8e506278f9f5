namespace SearchIndex.Core.Search;

/// <summary>The outcome of one query.</summary>
/// <param name="Line">1-based line of the query in a queries file; null for a single query.</param>
/// <param name="Total">Exact number of matching paragraphs (before <c>--per-article</c>).</param>
/// <param name="Elapsed">Parse, search, stored-field loading, highlighting and context; not output. The hits of a large
/// page are made as they are read (<see cref="StreamedHits"/>), so theirs counts once they have been read.</param>
/// <param name="Suggestion">A "did you mean" query, when the vocabulary has close words and the corrected query finds
/// something: for a query that matched nothing, or for the typos among <see cref="MissingWords"/>.</param>
public sealed record SearchResult(string Query, int? Line, int Total, IReadOnlyList<SearchHit> Hits, TimeSpan Elapsed, string? Suggestion)
{
    private readonly TimeSpan _elapsed = Elapsed;

    public TimeSpan Elapsed
    {
        get => Hits is StreamedHits streamed ? _elapsed + streamed.Making : _elapsed;
        init => _elapsed = value;
    }

    /// <summary>The rank of the first hit, 0 when there is none; known without making a streamed hit.</summary>
    public int FirstRank => Hits.Count == 0 ? 0 : Hits is StreamedHits streamed ? streamed.FirstRank : Hits[0].Rank;

    /// <summary>The rank of the last hit, 0 when there is none.</summary>
    public int LastRank => Hits.Count == 0 ? 0 : Hits is StreamedHits streamed ? streamed.FirstRank + streamed.Count - 1 : Hits[^1].Rank;

    /// <summary>The part of <see cref="Elapsed"/> spent before loading and highlighting hits (parse and search).</summary>
    public TimeSpan SearchElapsed { get; init; }

    /// <summary>
    /// The query's words that no paragraph or title of the index holds in any form (a typo, or a word new to the
    /// corpus), lower-cased, in query order; nothing stands in for them (an acronym, a compound). A typed phrase's words
    /// that no paragraph or title holds as written are among them: the phrase cannot match.
    /// </summary>
    public IReadOnlyList<string> MissingWords { get; init; } = [];

    /// <summary>
    /// For a count or a list by date (<see cref="SearchOptions.Ranked"/> false): the query's words whose root reaches
    /// many times the paragraphs the word itself does (<see cref="RootReach"/>); empty otherwise.
    /// </summary>
    public IReadOnlyList<WidelyRootedWord> WidelyRooted { get; init; } = [];

    /// <summary>The query held no word and no filter (<c>""</c>, <c>-</c>, <c>*</c>): nothing was searched.</summary>
    public bool NothingToSearch { get; init; }

    /// <summary>With <see cref="SearchOptions.CountBy"/>: the groups of the matching paragraphs (<see cref="HitCounts"/>); null otherwise.</summary>
    public IReadOnlyList<CountBucket>? Counts { get; init; }

    /// <summary>With <see cref="Counts"/>: what they are by.</summary>
    public CountBy CountBy { get; init; }

    /// <summary>With <see cref="ArticlesCounted"/>: the distinct articles of all <see cref="Total"/> matching paragraphs.</summary>
    public int CountedArticles { get; init; }

    /// <summary>The articles were counted: with <see cref="Counts"/>, and for a list of at most N paragraphs per article.</summary>
    public bool ArticlesCounted { get; init; }

    /// <summary>The hits are listed by date (<c>--sort newest|oldest</c>), the undated last.</summary>
    public bool ByDate { get; init; }
}
