using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>A query ready to run: what must match, what only filters, what to highlight.</summary>
/// <param name="Match">The scoring query; null when the text has no positive word (then only filters apply).</param>
/// <param name="Filter">Non-scoring restrictions written in the query text (<c>source:</c>), or null.</param>
/// <param name="Highlight">What to mark in the paragraph.</param>
/// <param name="TitleHighlight">What to mark in the article's title: <paramref name="Highlight"/>'s words and the
/// query's <c>title:</c> words, which searched the title only and so mark nothing in the paragraph.</param>
/// <param name="Words">Positive words, for <c>--explain</c> and "did you mean".</param>
public sealed record ParsedQuery(Query? Match, Query? Filter, HighlightTerms Highlight, HighlightTerms TitleHighlight, IReadOnlyList<QueryWord> Words)
{
    /// <summary>
    /// What the clause of <see cref="Match"/> that scores the article's title as one more paragraph gave each hit,
    /// filled in as the query runs (empty when there is no such clause; null under the strict syntax). That score is
    /// the article's, credited once (<see cref="TitleCredit"/>).
    /// </summary>
    public ScoreRecorder? TitleScores { get; init; }

    /// <summary>
    /// Each paragraph phrase's readings, the one as typed first, then any other it is also asked for
    /// (<c>"b.j.habibie meninggal"</c> as the index splits <c>B.J.Habibie</c>), for the missing-word check: a phrase
    /// cannot match only when every reading has a word no paragraph holds. Null under the strict syntax, whose
    /// phrases are those of <see cref="Highlight"/>, one reading each.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? PhraseReadings { get; init; }

    /// <summary>Each <c>title:</c> phrase's readings, as <see cref="PhraseReadings"/> are the paragraph phrases': a missing word is named with its field.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> TitlePhraseReadings { get; init; } = [];

    /// <summary>The prefixes of the words typed with a trailing <c>*</c> (<see cref="PrefixWord"/>), not excluded ones.</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];

    /// <summary>The prefixes of <c>title:</c> words typed with a trailing <c>*</c>, not excluded ones.</summary>
    public IReadOnlyList<string> TitlePrefixes { get; init; } = [];

    /// <summary>The positive words of <c>title:</c> parts (not in <see cref="Words"/>: they search the title only).</summary>
    public IReadOnlyList<QueryWord> TitleOnlyWords { get; init; } = [];

    /// <summary>A remembered headline rather than a question: not a question, and enough content words.</summary>
    public bool Headline { get; init; }

    /// <summary>
    /// No word ranks the hits: the query is only filters, or only excluded words (<c>-jakarta source:tempo.co</c>), so
    /// it lists every paragraph they keep, in article and paragraph order unless sorted by date.
    /// </summary>
    public bool Unranked => Match is null || ExclusionsOnly;

    /// <summary><see cref="Match"/> is every paragraph but those with the query's excluded words.</summary>
    public bool ExclusionsOnly { get; init; }
}
