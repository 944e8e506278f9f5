using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// An article an update removed is gone for the filter messages and did-you-mean too, though its segment still holds
/// it, marked deleted, until a merge: they once counted it through the term statistics and gave advice that led nowhere.
/// Updates leave such segments as they are until Lucene merges them (LiveStatistics leaves their paragraphs out of scores).
/// </summary>
public sealed class DeletedArticleTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public DeletedArticleTests()
    {
        _folder.Write("corpus/a.txt", "Banjir di Kediri\nKEDIRI, KOMPAS.com - Banjir melanda desa itu dan penduduuk mengungsi.\nWarga mengungsi karena banjir.");
        _folder.Write("corpus/b.txt", "Banjir di Solo\nSOLO, Tempo.co - Banjir melanda kota itu dan penduduk bertahan.");
        _folder.Write("corpus/c.txt", "Kemarau di Klaten\nKLATEN, Tempo.co - Kemarau membuat sumur warga kering.");
        var request = new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"));
        new IndexBuilder(request).Run();
        MergeIntoOneSegment(_folder.Combine("index"));
        DeleteWithoutMerging(_folder.Combine("index"), "a.txt"); // the removed article stays behind as a deleted document
        using (var reader = DirectoryReader.Open(FSDirectory.Open(_folder.Combine("index"))))
        {
            Assert.True(reader.MaxDoc > reader.NumDocs, "the test needs the removed article's paragraphs still in the segment");
        }

        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    /// <summary>Removes an article as an interrupted update leaves it: deleted, its segment not yet rewritten.</summary>
    private static void DeleteWithoutMerging(string index, string article)
    {
        using var directory = FSDirectory.Open(index);
        var config = new IndexWriterConfig(AnalysisChain.MatchVersion, AnalysisChain.CreateAnalyzer()) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        writer.DeleteDocuments(new Term(IndexSchema.Article, article));
        writer.Commit();
    }

    /// <summary>Merges the index into one segment, so that an update's deletions leave live paragraphs beside them.</summary>
    internal static void MergeIntoOneSegment(string index)
    {
        using var directory = FSDirectory.Open(index);
        var config = new IndexWriterConfig(AnalysisChain.MatchVersion, AnalysisChain.CreateAnalyzer()) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        writer.ForceMerge(1);
        writer.Commit();
    }

    [Fact]
    public void A_removed_outlet_is_named_as_absent()
    {
        var reason = _session.EmptyFilter("banjir", new SearchOptions { Source = "kompas.com" });

        Assert.Equal("no outlet is named 'kompas.com' in this index", reason);
    }

    [Fact]
    public void A_removed_article_is_absent_and_never_given_as_an_example()
    {
        Assert.Contains("no article 'a.txt' in this index", _session.EmptyFilter("banjir", new SearchOptions { Article = "a.txt" }));
        Assert.Contains("e.g. 'b.txt'", _session.EmptyFilter("banjir", new SearchOptions { Article = "zz.txt" }));
    }

    [Fact]
    public void A_typo_only_removed_text_held_gets_a_suggestion()
    {
        var result = _session.Search("penduduuk", new SearchOptions());

        Assert.Empty(result.Hits);
        Assert.Equal("penduduk", result.Suggestion);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
