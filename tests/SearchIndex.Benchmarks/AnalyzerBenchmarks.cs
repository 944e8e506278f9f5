using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Benchmarks;

/// <summary>
/// Cost of the analysis chains alone: every paragraph of the corpus through the stemmed (<c>text</c>) or surface
/// (<c>text_exact</c>) chain, tokens consumed and counted. Compare an analyzer swap here first.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private Analyzer _analyzer = null!;
    private List<string> _paragraphs = null!;

    /// <summary>The field whose chain runs: <c>text</c> is stemmed, <c>text_exact</c> the surface form.</summary>
    [Params(IndexSchema.Text, IndexSchema.TextExact)]
    public string Field { get; set; } = IndexSchema.Text;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = AnalysisChain.CreateAnalyzer();
        _paragraphs = BenchmarkCorpus.LoadArticles().SelectMany(a => a.Paragraphs).ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    /// <summary>Tokens produced for the whole corpus.</summary>
    [Benchmark]
    public int Analyze()
    {
        var tokens = 0;
        foreach (var paragraph in _paragraphs)
        {
            using var stream = _analyzer.GetTokenStream(Field, paragraph);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return tokens;
    }
}
