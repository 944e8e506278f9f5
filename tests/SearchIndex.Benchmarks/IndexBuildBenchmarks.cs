using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Corpus;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Benchmarks;

/// <summary>
/// Index build cost. <see cref="InvertInMemory"/> is the writer alone (parsed articles into a RAM directory, one
/// thread), with the title analysed per paragraph or once per article and replayed; <see cref="IndexBuilderRun"/> is
/// the whole <see cref="IndexBuilder"/> (read, hash, parse, analyse, write, commit) into a fresh folder.
/// </summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private List<Article> _articles = null!;
    private string _scratch = null!;

    /// <summary>True: the title's tokens are analysed once per article and replayed (what IndexBuilder does).</summary>
    [Params(false, true)]
    public bool ReplayTitle { get; set; } = true;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkCorpus.LoadArticles();
        _scratch = Path.Combine(Path.GetTempPath(), "searchindex-bench-" + Guid.NewGuid().ToString("N"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (System.IO.Directory.Exists(_scratch))
        {
            System.IO.Directory.Delete(_scratch, recursive: true);
        }
    }

    /// <summary>Documents indexed.</summary>
    [Benchmark]
    public int InvertInMemory()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(AnalysisChain.MatchVersion, AnalysisChain.CreateAnalyzer())
        {
            Similarity = Ranking.CreateSimilarity(),
            RAMBufferSizeMB = IndexBuilder.RamBufferMegabytes,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in _articles)
        {
            writer.AddDocuments(ReplayTitle ? ParagraphDocuments.For(article, writer.Analyzer) : ParagraphDocuments.For(article));
        }

        writer.Commit();
        return writer.MaxDoc;
    }

    /// <summary>Paragraphs indexed by a full rebuild of the corpus.</summary>
    [Benchmark]
    public int IndexBuilderRun()
    {
        var request = new IndexRequest(BenchmarkCorpus.Paths(), _scratch, Rebuild: true);
        return new IndexBuilder(request).Run().Paragraphs;
    }
}
