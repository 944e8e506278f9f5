using SearchIndex.Core.Indexing;

namespace SearchIndex.Cli.Tests;

/// <summary>Looks into an index the way a searcher would: what its last commit holds.</summary>
internal static class IndexProbe
{
    /// <summary>Articles in the last commit: one first paragraph (ordinal 0) each; 0 when nothing was ever committed.</summary>
    public static int ArticleCount(string indexDir)
    {
        if (IndexOpener.ReadMetadata(indexDir) is null)
        {
            return 0; // a first build stopped before its first article commits nothing, rather than an empty index
        }

        var (directory, reader) = IndexOpener.Open(indexDir);
        using (directory)
        using (reader)
        {
            var searcher = new Lucene.Net.Search.IndexSearcher(reader);
            return searcher.Search(Lucene.Net.Search.NumericRangeQuery.NewInt32Range(IndexSchema.Ordinal, 0, 0, true, true), 1).TotalHits;
        }
    }
}
