using Lucene.Net.Store;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// An index this user may not read (built by root with umask 077, say) is one line of error, not a stack trace. The
/// file system cannot deny root, which the tests may run as, so a directory that refuses every read stands in.
/// </summary>
public sealed class UnreadableIndexTests
{
    [Fact]
    public void An_index_whose_files_may_not_be_read_is_reported_with_what_to_do()
    {
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], indexDir)).Run();
        using var denying = new DenyingDirectory(FSDirectory.Open(indexDir));

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.OpenReader(denying, indexDir));

        Assert.Equal(ErrorKind.Index, error.Kind);
        Assert.StartsWith($"cannot read index '{indexDir}' (Access to the path", error.Message);
        Assert.Contains("read access", error.Message);
        Assert.DoesNotContain("damaged", error.Message);
    }

    private sealed class DenyingDirectory(Lucene.Net.Store.Directory inner) : FilterDirectory(inner)
    {
        public override IndexInput OpenInput(string name, IOContext context) =>
            throw new UnauthorizedAccessException($"Access to the path '{name}' is denied.");
    }
}
