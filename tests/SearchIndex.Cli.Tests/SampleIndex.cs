namespace SearchIndex.Cli.Tests;

/// <summary>An index of the sample corpus built once per test class through the CLI itself.</summary>
public sealed class SampleIndex : IDisposable
{
    private readonly TempFolder _directory = new();

    public SampleIndex()
    {
        var run = CliRun.Of(["index", "--corpus", RepositoryPaths.SampleCorpus, "--index", Path, "--quiet"]);
        if (run.Exit != 0)
        {
            throw new InvalidOperationException("indexing the sample corpus failed: " + run.Error);
        }
    }

    public string Path => _directory.Combine("index");

    public void Dispose() => _directory.Dispose();
}
