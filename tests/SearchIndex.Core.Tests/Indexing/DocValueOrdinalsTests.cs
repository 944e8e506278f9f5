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

    /// <summary>A field of two values whose every document reads <paramref name="ordinal"/>.</summary>
    private sealed class TwoValues(int ordinal) : SortedDocValues
    {
        public override int ValueCount => 2;

        public override int GetOrd(int docID) => ordinal;

        public override void LookupOrd(int ord, BytesRef result) => throw new NotSupportedException();
    }
}
