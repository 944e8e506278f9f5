namespace SearchIndex.Core.Tests.Benchmarks;

/// <summary>The benchmark smoke runs build whole indexes; they run alone so they do not crowd the other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BenchmarkCollection
{
    public const string Name = "Benchmarks";
}
