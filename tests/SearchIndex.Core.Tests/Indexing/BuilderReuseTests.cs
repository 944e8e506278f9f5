using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// A program that keeps its <see cref="IndexBuilder"/> and runs it again to update the index: each run's summary
/// counts that run alone. Runs had added to the last one's figures: a rebuild of one article said 2 added.
/// </summary>
public sealed class BuilderReuseTests
{
    [Fact]
    public void A_builder_run_twice_reports_each_run_alone()
    {
        using var temp = new TempFolder();
        var builder = new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], temp.Combine("index")));

        var first = builder.Run();
        var second = builder.Run();

        Assert.Equal((1, 0), (first.Added, first.Unchanged));
        Assert.Equal((0, 1), (second.Added, second.Unchanged));
        Assert.Equal(1, second.Articles);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Empty(second.Errors);
    }
}
