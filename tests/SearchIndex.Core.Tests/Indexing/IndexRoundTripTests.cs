using Lucene.Net.Index;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

public class IndexRoundTripTests
{
    [Fact]
    public void Every_stored_field_of_the_sample_article_reads_back()
    {
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");

        var summary = new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], indexDir)).Run();

        Assert.Equal(1, summary.Added);
        Assert.Equal(11, summary.Paragraphs);
        Assert.Empty(summary.Errors);
        var (directory, reader) = IndexOpener.Open(indexDir);
        using (directory)
        using (reader)
        {
            Assert.Equal(11, reader.NumDocs);
            var docs = Enumerable.Range(0, reader.MaxDoc).Select(reader.Document)
                .OrderBy(d => d.GetField(IndexSchema.Ordinal).GetInt32Value()).ToList();
            var lines = File.ReadAllLines(RepositoryPaths.SampleArticle);
            for (var i = 0; i < docs.Count; i++)
            {
                var doc = docs[i];
                Assert.Equal("tribunnews-kim-putin.txt", doc.Get(IndexSchema.Article));
                Assert.Equal(i, doc.GetField(IndexSchema.Ordinal).GetInt32Value());
                Assert.Equal(11, doc.GetField(IndexSchema.ParagraphCount).GetInt32Value());
                Assert.Contains(doc.Get(IndexSchema.Text), lines);
                Assert.StartsWith("Usai menggelar", doc.Get(IndexSchema.Title));
                Assert.Equal("Tribunnews.com", doc.Get(IndexSchema.Source));
                Assert.Equal("Namira Yunia Lestanti", doc.Get(IndexSchema.Author));
                Assert.Equal("MOSKOW", doc.Get(IndexSchema.Place));
                Assert.Equal("2023-09-13", doc.Get(IndexSchema.Date));
            }

            Assert.Equal(2, docs[0].GetValues(IndexSchema.Related).Length);
            Assert.Empty(docs[1].GetValues(IndexSchema.Related));
        }
    }

    [Fact]
    public void Index_records_schema_analyzer_corpus_and_build_time()
    {
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], indexDir)).Run();

        using var directory = Lucene.Net.Store.FSDirectory.Open(indexDir);
        using var reader = DirectoryReader.Open(directory);
        var metadata = IndexMetadata.Read(reader)!;
        Assert.Equal(IndexSchema.Version, metadata.SchemaVersion);
        Assert.Equal(Core.Analysis.AnalysisChain.Identity, metadata.Analyzer);
        Assert.Equal(Path.GetFullPath(RepositoryPaths.SampleCorpus), metadata.CorpusRoots);
        Assert.InRange(metadata.BuiltAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }
}
