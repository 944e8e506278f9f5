using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

public sealed class DocValueOrdinalsTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(2)]
    [InlineData(-1)]
    public void An_ordinal_outside_the_fields_values_is_a_damaged_index(int damaged)
    {
        // A bit set indexed by such an ordinal threw IndexOutOfRangeException, in our frame once the JIT inlined
        // FixedBitSet.Set: info took the damage for a bug of its own and printed a stack trace.
        var values = new TwoValues(damaged);

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Reading("some-index", () => DocValueOrdinals.Of(values, 0)));

        Assert.StartsWith("index 'some-index' is damaged and cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinal_among_the_fields_values_is_returned()
    {
        Assert.Equal(1, DocValueOrdinals.Of(new TwoValues(1), 0));
    }

    [Fact]
    public void A_value_whose_reading_runs_past_a_buffer_is_a_damaged_index()
    {
        // A damaged length in the article ids' doc values makes Lucene's reader index past a buffer. Inlined by the JIT,
        // that IndexOutOfRangeException was raised in DocValueOrdinals.Of's own frame and taken for our bug:
        // DamagedIndexSearchTests failed with it in one full run (info would have printed a stack trace).
        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Reading("some-index", () => DocValueOrdinals.Of(new Overrunning(), 3)));

        Assert.StartsWith("index 'some-index' is damaged and cannot be read", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A field whose reading runs past a buffer, as a damaged length makes Lucene's.</summary>
    private sealed class Overrunning : SortedDocValues
    {
        public override int ValueCount => 5;

        public override int GetOrd(int docID) => throw new IndexOutOfRangeException("Index was outside the bounds of the array.");

        public override void LookupOrd(int ord, BytesRef result) => throw new NotSupportedException();
    }

    /// <summary>A field of two values whose every document reads <paramref name="ordinal"/>.</summary>
    private sealed class TwoValues(int ordinal) : SortedDocValues
    {
        public override int ValueCount => 2;

        public override int GetOrd(int docID) => ordinal;

        public override void LookupOrd(int ord, BytesRef result) => throw new NotSupportedException();
    }
}
