using Lucene.Net.Index;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Doc-value ordinals read to index a bit set or an array by. Damaged doc values can give an ordinal outside the
/// field's values; indexed by it, Lucene's <c>FixedBitSet.Set</c> throws IndexOutOfRangeException, which the JIT,
/// once it inlines <c>Set</c>, raises in our own frame, so <see cref="IndexOpener.Reading{T}"/> took the damage for our
/// bug and <c>info</c> printed a stack trace (seen in one run of 1,094 tests). Checked here, it is a damaged index.
/// </summary>
internal static class DocValueOrdinals
{
    /// <summary>The ordinal of <paramref name="doc"/>'s value, which every document must have.</summary>
    /// <exception cref="CorruptIndexException">The ordinal is outside the field's values.</exception>
    public static int Of(SortedDocValues values, int doc)
    {
        int ordinal;
        try
        {
            ordinal = values.GetOrd(doc);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // A damaged length makes Lucene's reader index past a buffer; inlined by the JIT, its throw is in this
            // frame, so it too was taken for our bug (info's stack trace, seen in DamagedIndexSearchTests).
            throw new CorruptIndexException($"document {doc}'s value cannot be read: {e.Message}", e);
        }

        return ordinal >= 0 && ordinal < values.ValueCount
            ? ordinal
            : throw new CorruptIndexException($"document {doc} has value number {ordinal} of a field of {values.ValueCount} values");
    }
}
