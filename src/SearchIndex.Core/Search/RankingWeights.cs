namespace SearchIndex.Core.Search;

/// <summary>
/// Every tunable of query construction, in one place for the relevance work (see docs/relevance.md). BM25 itself
/// (k1, b) lives in <see cref="Indexing.Ranking"/>. A query word <c>w</c> with stem <c>s</c> becomes
/// <c>(text:s^TextStem text_exact:w^TextExact)</c>; the article title only adds score to paragraphs that already match
/// (<c>title:s^Title</c> as an optional clause), so a title word never makes every paragraph of its article a hit.
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

    /// <summary>Optional boost when the article title holds the query word's stem (or the quoted phrase). Default 0.3.</summary>
    public const float Title = 0.3f;

    /// <summary>Weight of the surface form inside a <c>title:</c> clause, relative to its stem (1.0). Default 0.3.</summary>
    public const float TitleExact = 0.3f;

    /// <summary>
    /// At most this many distinct words and phrases are taken from one query (the rest are ignored), which keeps
    /// every BooleanQuery far below Lucene's 1024-clause limit and bounds the cost of pasted text. Default 64.
    /// </summary>
    public const int MaxQueryParts = 64;

    /// <summary>At most this many words of one quoted phrase are kept. Default 32.</summary>
    public const int MaxPhraseWords = 32;

    /// <summary>How many index terms a strict-syntax wildcard, prefix or range expands to (best scoring kept). Default 256.</summary>
    public const int MaxTermExpansions = 256;
}
