using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>Everything about a search except the query text: syntax, filters, paging and what to show per hit.</summary>
/// <param name="Source">Only this outlet (case-insensitive whole name).</param>
/// <param name="From">Only articles dated on or after this day.</param>
/// <param name="To">Only articles dated on or before this day.</param>
/// <param name="Article">Only paragraphs of this article id.</param>
/// <param name="Top">Hits to return (default 10).</param>
/// <param name="Offset">Hits to skip first, for paging.</param>
/// <param name="PerArticle">At most this many paragraphs per article; 0 = no cap.</param>
/// <param name="Context">Neighbouring paragraphs to return on each side of a hit.</param>
/// <param name="SnippetChars">Snippet window size; 0 = whole paragraph.</param>
/// <param name="Explain">Attach the scoring explanation and the stem matches to each hit.</param>
/// <param name="Order">Best first, or by date (<see cref="ResultOrder"/>).</param>
/// <param name="Mode">How the words combine; null: <see cref="EffectiveMode"/> decides.</param>
/// <param name="CountBy">Count the matching paragraphs by date or outlet instead of listing them (<see cref="HitCounts"/>).</param>
/// <param name="FoldSimilar">Fold a paragraph that repeats a better hit's text (<see cref="SimilarParagraphs"/>) into that
/// hit (<see cref="SearchHit.Similar"/>) instead of listing it. Not the default: a copy is another article, and the
/// article a reader (or a relevance judgment) wants is as often the copy (docs/relevance.md, "Twenty-first session").</param>
/// <param name="Undated">Only articles without a date (an archivist's list of what no date filter can reach); not with
/// <paramref name="From"/> or <paramref name="To"/>.</param>
public sealed record SearchOptions(
    QuerySyntax Syntax = QuerySyntax.Forgiving,
    MatchMode? Mode = null,
    string? Source = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Article = null,
    int Top = SearchOptions.DefaultTop,
    int Offset = 0,
    int PerArticle = 0,
    int Context = 0,
    int SnippetChars = SnippetWindow.DefaultMaxChars,
    bool Explain = false,
    ResultOrder Order = ResultOrder.Relevance,
    CountBy CountBy = CountBy.None,
    bool FoldSimilar = false,
    bool Undated = false)
{
    public const int DefaultTop = 10;

    /// <summary>
    /// <see cref="Mode"/> when given; otherwise any word for a ranked list, where paragraphs holding more of the words
    /// come first, and every word for a list by date, which has no such order: "banjir bandang" newest first would
    /// otherwise open with the latest paragraph that only says "banjir"; and every word for counts, which have no
    /// order either: "banjir bandang" by month counts the paragraphs about flash floods, not every flood.
    /// </summary>
    public MatchMode EffectiveMode => Mode ?? (Ranked ? MatchMode.Any : MatchMode.All);

    /// <summary>
    /// Whether the hits are listed best first. Only then may an article's lead answer a query its title holds
    /// (an article found by its headline): a list by date or a count, with <c>--any</c> too, has no best hit to find,
    /// and holds only paragraphs whose own text has the words.
    /// </summary>
    public bool Ranked => Order == ResultOrder.Relevance && CountBy == CountBy.None;

    /// <summary>
    /// Whether, in a ranked list, an article's lead may answer a query its title alone holds. Default true; false for
    /// KWIC (<see cref="SearchJob.SearchOptions"/>), whose lines show the words in the paragraph's text: such a lead was
    /// a hit with no line ("banjir --top 50": 17 of them), counted in the total all the same.
    /// </summary>
    public bool TitleOnlyLeads { get; init; } = true;

    /// <summary>Whether an article's lead may answer a query its title alone holds: <see cref="Ranked"/> and <see cref="TitleOnlyLeads"/>.</summary>
    public bool LeadsByTitle => Ranked && TitleOnlyLeads;

    /// <summary>Whether an option narrows the hits by outlet, date or article: then a search needs no words.</summary>
    public bool Filters => Source is not null || From is not null || To is not null || Article is not null || Undated;

    /// <summary>Throws on values no search can honour.</summary>
    /// <exception cref="SearchIndexException">A negative count, or <see cref="From"/> after <see cref="To"/>.</exception>
    public void Validate()
    {
        Check(Top >= 0, "--top must be 0 or more");
        Check(Offset >= 0, "--offset must be 0 or more");
        Check(PerArticle >= 0, "--per-article must be 0 or more");
        Check(Context >= 0, "--context must be 0 or more");
        Check(SnippetChars >= 0, "--snippet-chars must be 0 or more");
        Check(From is null || To is null || From <= To,
            $"--from {From:yyyy-MM-dd} is after --to {To:yyyy-MM-dd}; swap them (both days are included)");
        Check(!Undated || (From is null && To is null), $"--undated keeps articles without a date, and --{(From is null ? "to" : "from")} those with one; give one or the other");
        Check(Source is null || !string.IsNullOrWhiteSpace(Source), "--source is empty; give an outlet name, e.g. --source \"CNN Indonesia\"");
        Check(Article is null || !string.IsNullOrWhiteSpace(Article), "--article is empty; give an article id (its path relative to the corpus folder)");
        if (CountBy != CountBy.None)
        {
            // Counts list no hit: an option that shapes hits would be silently ignored.
            Check(Offset == 0, "--offset pages hits; --count-by prints counts instead of hits");
            Check(PerArticle == 0, "--per-article caps hits; --count-by prints counts instead of hits (each count names its articles too)");
            Check(!FoldSimilar, "--fold-similar folds hits; --count-by counts every matching paragraph, copies included");
            Check(Context == 0, "--context shows hits' neighbours; --count-by prints counts instead of hits");
            Check(!Explain, "--explain explains hits; --count-by prints counts instead of hits");
            Check(Order == ResultOrder.Relevance, "--sort orders hits; --count-by prints counts in date order (by outlet: the largest first)");
        }
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new SearchIndexException(ErrorKind.BadArgument, message);
        }
    }
}
