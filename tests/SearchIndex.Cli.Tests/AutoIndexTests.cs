namespace SearchIndex.Cli.Tests;

/// <summary>Tests that change the process's current folder: run alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(CurrentDirectoryCollection), DisableParallelization = true)]
public sealed class CurrentDirectoryCollection;

[Collection(nameof(CurrentDirectoryCollection))]
public sealed class AutoIndexTests
{
    [Fact]
    public void Without_an_index_the_default_corpus_is_indexed_first()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("corpus"));
        File.Copy(Path.Combine(RepositoryPaths.SampleCorpus, "tribunnews-kim-putin.txt"), temp.Combine("corpus", "a.txt"));
        Directory.CreateDirectory(temp.Combine("index"));
        File.WriteAllText(temp.Combine("index", ".gitkeep"), "");
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = temp.Path;

            var first = CliRun.Of(["search", "Putin"]);
            var second = CliRun.Of(["search", "Putin"]);

            Assert.Equal(ExitCodes.Success, first.Exit);
            Assert.Contains("no index yet; indexing corpus/ first", first.Error);
            Assert.DoesNotContain("indexing", second.Error);
            Assert.Equal(first.Out, second.Out);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
