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

    [Fact]
    public void An_index_folder_under_a_file_names_the_file()
    {
        using var temp = new TempFolder();
        var file = temp.Write("notes.txt", "x");

        // .NET's "Could not find a part of the path '…/notes.txt/idx'" named the path twice and not the file in the way.
        var error = Assert.Throws<SearchIndexException>(() => IndexWriting.PrepareIndexDirectory(Path.Combine(file, "idx")));

        Assert.Equal($"--index: cannot create folder '{Path.Combine(file, "idx")}': '{file}' is a file, not a folder", error.Message);
    }
}
