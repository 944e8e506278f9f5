using Lucene.Net.Index;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Doc-value ordinals of the article ids, read wherever a search or <c>info</c> needs them. Damaged doc values can give
/// an ordinal outside the field's values, or make Lucene read past a buffer. Either way an IndexOutOfRangeException
/// came from Lucene code (<c>FixedBitSet.Set</c>, <c>GetOrd</c>) that the JIT, once it inlines it, raises in our own
/// frame, so <see cref="IndexOpener.Reading{T}"/> took the damage for our bug and <c>info</c> printed a stack trace (seen
/// in two full test runs of DamagedIndexSearchTests). Checked here, it is a damaged index.
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
