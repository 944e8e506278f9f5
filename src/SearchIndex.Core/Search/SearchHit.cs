using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>One ranked paragraph with its article's metadata.</summary>
/// <param name="Rank">1-based, counting from the first result (offset included).</param>
/// <param name="Paragraph">0-based ordinal of the paragraph within its article.</param>
/// <param name="Text">The whole paragraph with every match.</param>
/// <param name="Snippet">The best window of the paragraph (equal to <paramref name="Text"/> when short).</param>
public sealed record SearchHit(
    int Rank,
    float Score,
    string Article,
    string Title,
    int Paragraph,
    Highlight Text,
    Highlight Snippet)
{
    public string? Date { get; init; }

    /// <summary>Where <see cref="Date"/> was read: <c>text</c>, <c>published</c> or <c>metadata</c> (<see cref="Corpus.DateOrigin"/>).</summary>
    public string? DateFrom { get; init; }
    public string? Source { get; init; }

    /// <summary>The outlet of <see cref="Source"/> named as <c>info</c> and <c>--count-by source</c> name it (one name for all its spellings).</summary>
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }

    /// <summary>Where the story was filed: the dateline's place (<c>JAKARTA, KOMPAS.com -</c>) or the record's <c>place</c>.</summary>
    public string? Place { get; init; }

    /// <summary>The query's words in <see cref="SearchHit.Title"/>, as in <see cref="SearchHit.Text"/>: a hit found through its title shows why.</summary>
    public IReadOnlyList<TextRange> TitleMatches { get; init; } = [];

    /// <summary>Paragraph count of the article.</summary>
    public int Paragraphs { get; init; }

    /// <summary>Neighbouring paragraphs, in order, when asked for.</summary>
    public IReadOnlyList<ContextParagraph> Before { get; init; } = [];

    public IReadOnlyList<ContextParagraph> After { get; init; } = [];

    public HitExplanation? Explanation { get; init; }

    /// <summary>
    /// Paragraphs ranked below this one whose text repeats it (the same wire story in another outlet, a background
    /// paragraph reused), folded into it instead of listed, in rank order; among the hits up to the page's last.
    /// </summary>
    public IReadOnlyList<SimilarParagraph> Similar { get; init; } = [];
}

/// <summary>A paragraph folded into a hit it repeats: its article and 0-based ordinal.</summary>
public sealed record SimilarParagraph(string Article, int Paragraph);
