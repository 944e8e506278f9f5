using Lucene.Net.Store;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>How a build opens its index folder.</summary>
public class BuildDirectoryTests
{
    [Fact]
    public void A_build_reads_its_segments_by_file_reads_not_memory_maps()
    {
        using var temp = new TempFolder();

        // Mapped, the input segments of a large merge counted whole in the build's resident memory.
        using var directory = IndexWriting.OpenDirectory(temp.Path);

        Assert.IsType<NIOFSDirectory>(directory);
    }
}
