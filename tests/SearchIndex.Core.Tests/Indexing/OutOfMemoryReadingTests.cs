using Lucene.Net.Util.Packed;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// Running out of memory inside Lucene is no damage to the index. A strict query of a few thousand patterns, or a
/// container's memory limit, ran out while Lucene scored, and the search said "index … is damaged and cannot be read
/// (Exception of type 'System.OutOfMemoryException' was thrown.); rebuild it": advice to throw away an intact index.
/// </summary>
public sealed class OutOfMemoryReadingTests
{
    [Fact]
    public void Running_out_of_memory_in_Lucenes_code_is_passed_on_not_called_damage()
    {
        // Lucene's own frame allocates the array: a packed array of int.MaxValue 64-bit values is past any array's size.
        Assert.Throws<OutOfMemoryException>(() =>
            IndexOpener.Reading("some-index", () => PackedInt32s.GetMutable(int.MaxValue, 64, PackedInt32s.COMPACT)));
    }
}
