using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/SearchIndex.Benchmarks -- --filter '*'`; see docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(SearchIndex.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
