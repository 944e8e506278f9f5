using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// A similarity that scores as <paramref name="scoring"/> does and also keeps each field's exact length in its norm:
/// the scoring norm in the low byte, which is all BM25 reads (<c>norm &amp; 0xFF</c>), the count of the field's tokens
/// above it. With the lengths of the deleted paragraphs, <see cref="LiveStatistics"/> computes a field's total length
/// over the paragraphs an index holds now, as a fresh build would count it; BM25's one-byte norm is too coarse for that.
/// </summary>
internal sealed class LengthRecordingSimilarity(Similarity scoring) : Similarity
{
    /// <summary>The field's tokens (every one, as its words' frequencies count them) in a norm this similarity wrote.</summary>
    public static long Length(long norm) => norm >>> 8;

    public override long ComputeNorm(FieldInvertState state) => (scoring.ComputeNorm(state) & 0xFF) | ((long)state.Length << 8);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
        scoring.ComputeWeight(queryBoost, collectionStats, termStats);

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) => scoring.GetSimScorer(weight, context);

    public override float Coord(int overlap, int maxOverlap) => scoring.Coord(overlap, maxOverlap);

    public override float QueryNorm(float valueForNormalization) => scoring.QueryNorm(valueForNormalization);
}
