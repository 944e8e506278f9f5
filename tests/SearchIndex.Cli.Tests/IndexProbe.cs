using SearchIndex.Core.Indexing;

namespace SearchIndex.Cli.Tests;

/// <summary>Looks into an index the way a searcher would: what its last commit holds.</summary>
internal static class IndexProbe
{
    /// <summary>Articles in the last commit: one first paragraph (ordinal 0) each.</summary>
    public static int ArticleCount(string indexDir)
    {
        var (directory, reader) = IndexOpener.Open(indexDir);
        using (directory)
        using (reader)
        {
            var searcher = new Lucene.Net.Search.IndexSearcher(reader);
            return searcher.Search(Lucene.Net.Search.NumericRangeQuery.NewInt32Range(IndexSchema.Ordinal, 0, 0, true, true), 1).TotalHits;
        }
    }
}
