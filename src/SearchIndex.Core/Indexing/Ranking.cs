using Lucene.Net.Search.Similarities;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// The scoring model, shared by writer and searcher: Lucene.Net 4.8 defaults to TF-IDF, so BM25 must be set on both.
/// </summary>
public static class Ranking
{
    /// <summary>
    /// BM25 term-frequency saturation. Default 0.9 (Lucene's 1.2 before): chosen on the dev collections, see
    /// docs/relevance.md, "Choices", step 4.
    /// </summary>
    public const float K1 = 0.9f;

    /// <summary>
    /// BM25 length normalisation. Default 0.3 (Lucene's 0.75 before): paragraphs are short and alike in length, and
    /// Lucene 4 keeps lengths in a lossy one-byte norm; docs/relevance.md, "Choices", step 4. Changing it (or k1)
    /// changes scores only, not the index.
    /// </summary>
    public const float B = 0.3f;

    public static Similarity CreateSimilarity() => new BM25Similarity(K1, B);
}
