namespace SearchIndex.Core.Search;

/// <summary>
/// Every tunable of query construction, in one place for the relevance work: docs/relevance.md ("Choices") gives
/// each value with the dev figures before and after. BM25 itself (k1, b) lives in <see cref="Indexing.Ranking"/>.
/// A query word <c>w</c> with stem <c>s</c> becomes <c>(text:s^TextStem text_exact:w^TextExact)</c>; consecutive
/// words add a sloppy phrase (<see cref="Proximity"/>); the article title only adds score to paragraphs that already
/// match (<c>title:s^Title</c>, and the title-as-paragraph clause when it holds <see cref="TitleCoverage"/> of the
/// words), so a title word never makes every paragraph of its article a hit.
/// </summary>
public static class RankingWeights
{
    /// <summary>Weight of a query word matched through its stem in the paragraph text. Default 1.0 (the reference).</summary>
    public const float TextStem = 1.0f;

    /// <summary>
    /// Extra weight when the paragraph has the word exactly as typed (surface form), on top of the stem match, so
    /// <c>tangkap</c> ranks a paragraph with <c>tangkap</c> above one with only <c>ditangkap</c>. Default 0.3.
    /// </summary>
    public const float TextExact = 0.3f;

    /// <summary>Weight of a quoted phrase found in the paragraph (surface chain, exact positions). Default 1.0.</summary>
    public const float TextPhrase = 1.0f;

    /// <summary>Weight of a pair of consecutive query words found close together (surface forms). Default 0.1.</summary>
    public const float Proximity = 0.1f;

    /// <summary>How far apart (in positions, stopwords included) the two words of a pair may be. Default 3.</summary>
    public const int ProximitySlop = 3;

    /// <summary>Optional boost when the article title holds the query word's stem (or the quoted phrase). Default 0.3.</summary>
    public const float Title = 0.3f;

    /// <summary>Weight of the title scored as one more paragraph, when it holds most query words. Default 2.0.</summary>
    public const float TitleAsParagraph = 2.0f;

    /// <summary>Share of the query's content words the title must hold to count as a paragraph. Default 0.8.</summary>
    public const float TitleCoverage = 0.8f;

    /// <summary>
    /// <see cref="TitleCoverage"/> for a remembered headline: a query of at least <see cref="HeadlineMinWords"/> content
    /// words that is not a question. Default 0.5: people recall a headline's gist in their own words
    /// (docs/relevance.md, step 13).
    /// </summary>
    public const float HeadlineCoverage = 0.5f;

    /// <summary>Content words from which a query that is not a question is read as a remembered headline. Default 4.</summary>
    public const int HeadlineMinWords = 4;

    /// <summary>
    /// Share of the smaller of (paragraph score, title score) added to the larger. Default 0.15 (0.3 until the ninth
    /// session): when titles alike hold the query, as for a few words of a headline, the paragraphs' own words decided
    /// too much between them (docs/relevance.md, "Choices", step 19).
    /// </summary>
    public const float TitleTieBreaker = 0.15f;

    /// <summary>Weight of the surface form inside a <c>title:</c> clause, relative to its stem (1.0). Default 0.3.</summary>
    public const float TitleExact = 0.3f;

    /// <summary>
    /// Factor applied to a paragraph's score once for each better-scoring paragraph of the same article in the list
    /// (<see cref="ArticleDiversity"/>), so the results show more articles. Default 0.8 (1 = off).
    /// </summary>
    public const float ArticleRepeat = 0.8f;

    /// <summary>
    /// A paragraph's score is multiplied by the share of the query its article holds anywhere (title or any
    /// paragraph; words weighted by IDF) to this power (<see cref="ArticleCoverage"/>). Default 2.0 (0 = off):
    /// docs/relevance.md, "Choices", step 15.
    /// </summary>
    public const double ArticleCoverPower = 2.0;

    /// <summary>
    /// How much more an article counts whose whole title the query names (every word of "Fungsi Sqr" in "apa itu fungsi
    /// Sqr di Basic"): the paragraphs of every other article are divided by 1 + this in <see cref="ArticleCoverage"/>.
    /// Default 0.4 (0 = off): an encyclopedia's titles name one topic each, and a question names its topic;
    /// docs/relevance.md, "Choices", step 18.
    /// </summary>
    public const double TitleNamed = 0.4;

    /// <summary>
    /// For a remembered headline (<see cref="HeadlineMinWords"/> content words or more, not a question), how much the
    /// share of the title's words the query holds counts: each article's paragraphs are multiplied by
    /// (1 + this × share) / (1 + this) in <see cref="ArticleCoverage"/>, so of two titles holding the query alike
    /// the one with fewer other words comes first, as the peers' length normalisation of the title paragraph does.
    /// Default 0.3 (0 = off): docs/relevance.md, "Choices", step 21.
    /// </summary>
    public const double HeadlineTitleShare = 0.3;

    /// <summary>
    /// How many of the best paragraphs (by their own score) <see cref="ArticleCoverage"/> re-ranks; the rest keep their
    /// order below them. Default 200: docs/relevance.md, "Choices", step 15.
    /// </summary>
    public const int CoverageWindow = 200;

    /// <summary>
    /// At most this many distinct words and phrases are taken from one query (the rest are ignored), which keeps
    /// every BooleanQuery far below Lucene's 1024-clause limit and bounds the cost of pasted text. Default 64.
    /// </summary>
    public const int MaxQueryParts = 64;

    /// <summary>At most this many words of one quoted phrase are kept. Default 32.</summary>
    public const int MaxPhraseWords = 32;

    /// <summary>
    /// Below how many index terms a strict-syntax wildcard, prefix or range is scored term by term; one that expands to
    /// as many or more matches at a constant score (<see cref="EveryTermRewrite"/>). Lucene's limit of clauses in one query.
    /// </summary>
    public const int MaxTermExpansions = 1024;

    /// <summary>
    /// An acronym standing in for the long form typed in the query (<c>Menaker</c> for "menteri tenaga kerja"), as a
    /// share of one word's stem match, split over the long form's words (<see cref="AcronymTable"/>). Default 1:
    /// docs/relevance.md, "Choices", step 22.
    /// </summary>
    public const float AcronymStandIn = 1.0f;

    /// <summary>
    /// A word whose root the lexicon licenses is a name (its root dropped) only when the index holds it whole in at
    /// least this many paragraphs: a rare word's few capitalised uses are headlines and sentence openings
    /// (<c>Usahaku</c> in 4, <c>Setiba</c> in 10), a name's are many (<c>Lukaku</c> in 123). docs/relevance.md, step 25.
    /// </summary>
    public const int NameMinParagraphs = 20;

    /// <summary>The joined word counts only when the index holds it in at least this many paragraphs. Default 5.</summary>
    public const int CompoundMinParagraphs = 5;

    /// <summary>
    /// Two query words the index also holds written as one (<c>sepak bola</c>, <c>sepakbola</c>) ask for that word
    /// only when it is in at least this share of the paragraphs of the rarer of the two: <c>sepakbola</c> 35 %,
    /// <c>ibukota</c> 3 %; not <c>kotabaru</c> (a regency, 0.1 % of <c>kota</c>). Default 0.03: docs/relevance.md, step 23.
    /// </summary>
    public const double CompoundMinShare = 0.03;

    /// <summary>
    /// A word typed as one is also asked for written apart (<see cref="WordReadings.Apart"/>) only when the index holds it
    /// apart in at least <see cref="CompoundMinParagraphs"/> paragraphs and this many times as many as it holds the
    /// word: <c>ektp</c> (2 paragraphs) for <c>e-KTP</c> (52), <c>kpop</c> (39) for <c>K-Pop</c>; not a name written as one
    /// beside two words that happen to meet (<c>kotabaru</c>). Default 4.
    /// </summary>
    public const int ApartMinRatio = 4;

    /// <summary>
    /// A word the index holds in more paragraphs than this is not asked written apart (<see cref="WordReadings.Apart"/>):
    /// it is written whole by choice, and the look-ups would cost every common word of a query. Default 500
    /// (<c>ibukota</c>, 88; <c>kpop</c>, 30).
    /// </summary>
    public const int ApartMaxParagraphs = 500;
}
