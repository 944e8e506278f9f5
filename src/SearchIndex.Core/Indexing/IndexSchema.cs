namespace SearchIndex.Core.Indexing;

/// <summary>
/// Field names and the on-disk schema version. One Lucene document per paragraph; article fields are repeated on
/// each paragraph so a hit prints without re-reading the corpus.
/// </summary>
public static class IndexSchema
{
    /// <summary>Bump when fields or their indexing change; an index with another version is refused on open.</summary>
    public const int Version = 17;

    /// <summary>
    /// Article id: path relative to the corpus root, '/' separated (string, indexed, stored; sorted doc values to
    /// order equal scores).
    /// </summary>
    public const string Article = "article";

    /// <summary>
    /// 0-based paragraph ordinal within the article (stored int, indexed for exact lookups; numeric doc values to
    /// order equal scores).
    /// </summary>
    public const string Ordinal = "ordinal";

    /// <summary>Paragraph count of the article (stored int) so context lookups know where the article ends.</summary>
    public const string ParagraphCount = "paragraphs";

    /// <summary>Paragraph text, stemmed chain (stored; positions for phrases).</summary>
    public const string Text = "text";

    /// <summary>Paragraph text, surface chain (not stored: the stored <see cref="Text"/> is the same string).</summary>
    public const string TextExact = "text_exact";

    /// <summary>Article title, stemmed chain (stored).</summary>
    public const string Title = "title";

    /// <summary>Article title, surface chain.</summary>
    public const string TitleExact = "title_exact";

    /// <summary>Outlet as written (stored) and lower-cased for filtering (<see cref="SourceKey"/>).</summary>
    public const string Source = "source";

    /// <summary>Lower-cased outlet, indexed as one token for <c>--source</c> and <c>source:</c>.</summary>
    public const string SourceKey = "source_key";

    public const string Author = "author";
    public const string Place = "place";
    public const string Url = "url";

    /// <summary>Article date as <c>yyyy-MM-dd</c> (stored) and as a sortable day number (<see cref="DateDay"/>).</summary>
    public const string Date = "date";

    /// <summary>Where the date was read (<see cref="Corpus.DateOrigin"/>: <c>text</c>, <c>published</c>, <c>metadata</c>); with a date only, stored and indexed (for <c>info</c>).</summary>
    public const string DateFrom = "date_from";

    /// <summary>Days since 0001-01-01, an indexed int for <c>--from</c>/<c>--to</c> range filters.</summary>
    public const string DateDay = "date_day";

    /// <summary>
    /// The article's id and the hash of its source bytes, joined by <see cref="ParagraphDocuments"/>' separator, as one
    /// indexed, unstored term on its first paragraph only: an update lists every article and its hash from the terms
    /// alone.
    /// </summary>
    public const string ArticleHash = "article_hash";

    /// <summary>
    /// How many distinct terms the stemmed chain makes of the article's title (numeric doc values, every paragraph): a
    /// query that holds all of them names the whole title (<see cref="Search.ArticleCoverage"/>).
    /// </summary>
    public const string TitleWords = "title_words";

    /// <summary>
    /// The acronyms a paragraph defines (<see cref="Indexing.AcronymDefinitions"/>), one term per definition: acronym,
    /// long form and a hash of the words around it (string, indexed, not stored). Each commit reads the whole field to
    /// learn the acronyms of the user's own corpus (<see cref="IndexAcronyms"/>); deleted paragraphs drop theirs.
    /// </summary>
    public const string AcronymDefinitions = "acronym_definitions";

    /// <summary>"Baca juga" related-link titles, one stored value each (on paragraph 0 only).</summary>
    public const string Related = "related";
}
