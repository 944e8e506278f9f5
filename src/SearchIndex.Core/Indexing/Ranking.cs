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

    /// <summary>
    /// Coordination: a paragraph's score is multiplied by (matched query terms / query terms) to this power, where a
    /// plain query word is two terms, its stem and its written form. Default 2.0 (BM25 has none; 1.0 would be classic
    /// Lucene's coord): a paragraph holding most of a question's words beats one that repeats a single rare word; a
    /// soft "AND with fallback". docs/relevance.md, "Choices", step 8.
    /// </summary>
    public const double CoordinationPower = 2.0;

    /// <summary>BM25 with coordination, writing norms that also hold each field's length (<see cref="LengthRecordingSimilarity"/>).</summary>
    public static Similarity CreateSimilarity() => new LengthRecordingSimilarity(new CoordinatedBM25Similarity(K1, B));

    /// <summary>
    /// BM25 with a coordination factor. It applies to every BooleanQuery that leaves coord enabled: the query
    /// builder enables it only on the clause list of the query's words (a plain word's stem and written form are two
    /// clauses there; the proximity pairs and the title clauses are outside it), and the strict parser's boolean
    /// queries keep Lucene's default (on).
    /// </summary>
    private sealed class CoordinatedBM25Similarity(float k1, float b) : BM25Similarity(k1, b)
    {
        public override float Coord(int overlap, int maxOverlap) =>
            maxOverlap <= 1 ? 1f : (float)Math.Pow((double)overlap / maxOverlap, CoordinationPower);
    }
}
