using SearchIndex.Benchmarks;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Benchmarks;

/// <summary>
/// CI does not run benchmarks; it only checks that each benchmark method still runs once on the fixtures and gives a
/// sane result, so the benchmark project cannot rot. No timings are asserted.
/// </summary>
[Collection(BenchmarkCollection.Name)]
public class BenchmarkSmokeTests
{
    [Theory]
    [InlineData(IndexSchema.Text)]
    [InlineData(IndexSchema.TextExact)]
    public void Analyzer_benchmark_runs_once(string field)
    {
        var bench = new AnalyzerBenchmarks { Field = field };
        bench.Setup();
        try
        {
            Assert.True(bench.Analyze() > 100);
        }
        finally
        {
            bench.Cleanup();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Index_build_benchmarks_run_once(bool replayTitle)
    {
        var bench = new IndexBuildBenchmarks { ReplayTitle = replayTitle };
        bench.Setup();
        try
        {
            var inMemory = bench.InvertInMemory();
            Assert.True(inMemory > 10);
            Assert.Equal(inMemory, bench.IndexBuilderRun());
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
