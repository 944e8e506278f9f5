using Lucene.Net.Search.Similarities;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// The scoring model, shared by writer and searcher: Lucene.Net 4.8 defaults to TF-IDF, so BM25 must be set on both.
/// </summary>
public static class Ranking
{
    /// <summary>BM25 term-frequency saturation; see docs/relevance.md for how it was chosen.</summary>
    public const float K1 = 0.9f;

    /// <summary>BM25 length normalisation; see docs/relevance.md.</summary>
    public const float B = 0.3f;

    public static Similarity CreateSimilarity() => new BM25Similarity(K1, B);
}
