using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;
using FSDirectory = Lucene.Net.Store.FSDirectory;

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
        InFolder(temp, () =>
        {
            Directory.CreateDirectory(temp.Combine("index"));
            File.WriteAllText(temp.Combine("index", ".gitkeep"), "");

            var first = CliRun.Of(["search", "Putin"]);
            var second = CliRun.Of(["search", "Putin"]);

            Assert.Equal(ExitCodes.Success, first.Exit);
            Assert.Contains("no index yet; indexing corpus/ first", first.Error);
            Assert.DoesNotContain("indexing", second.Error);
            Assert.Equal(first.Out, second.Out);
        });
    }

    [Fact]
    public void Without_a_query_nothing_is_indexed_first()
    {
        using var temp = new TempFolder();
        InFolder(temp, () =>
        {
            var run = CliRun.Of(["search"]);

            Assert.Equal(ExitCodes.Error, run.Exit);
            Assert.Equal("searchindex: no query: give the words to search for, a filter (--source, --from, --to, --undated, --article), --count-by alone (to count the whole index), or --queries-file FILE\n", run.Error);
            Assert.False(Directory.Exists(temp.Combine("index")) && Directory.EnumerateFiles(temp.Combine("index"), "segments*").Any());
        });
    }

    [Fact]
    public void A_default_corpus_without_articles_builds_nothing_and_leaves_no_index_folder()
    {
        using var temp = new TempFolder();
        InFolder(temp, () =>
        {
            File.Delete(temp.Combine("corpus", "a.txt"));
            File.WriteAllText(temp.Combine("corpus", "README.md"), "no articles here");

            var run = CliRun.Of(["search", "Putin"]);

            Assert.Equal(ExitCodes.Error, run.Exit);
            Assert.StartsWith("searchindex: no index in ", run.Error);
            Assert.False(Directory.Exists(temp.Combine("index")));
        });
    }

    [Fact]
    public void A_default_index_built_from_the_default_corpus_by_another_version_is_rebuilt()
    {
        using var temp = new TempFolder();
        InFolder(temp, () =>
        {
            Assert.Equal(ExitCodes.Success, CliRun.Of(["search", "Putin"]).Exit);
            MarkAsBuiltBy(temp.Combine("index"), schemaVersion: IndexSchema.Version - 1, corpusRoot: temp.Combine("corpus"));

            var upgraded = CliRun.Of(["search", "Putin"]);
            var after = CliRun.Of(["search", "Putin"]);

            Assert.Equal(ExitCodes.Success, upgraded.Exit);
            Assert.Contains("index/ was built by another version of searchindex; rebuilding it from corpus/", upgraded.Error);
            Assert.Equal(ExitCodes.Success, after.Exit);
            Assert.DoesNotContain("rebuilding", after.Error);
        });
    }

    [Fact]
    public void A_default_index_of_a_newer_schema_is_never_rebuilt_by_this_older_version()
    {
        // Two versions over one checkout (an upgrade rolled out to one host, an old binary in a cron job): the older
        // one's search had rebuilt the newer one's index in its own schema, which the newer one then rebuilt back.
        using var temp = new TempFolder();
        InFolder(temp, () =>
        {
            Assert.Equal(ExitCodes.Success, CliRun.Of(["search", "Putin"]).Exit);
            MarkAsBuiltBy(temp.Combine("index"), schemaVersion: IndexSchema.Version + 1, corpusRoot: temp.Combine("corpus"));

            var run = CliRun.Of(["search", "Putin"]);

            Assert.Equal(ExitCodes.Error, run.Exit);
            Assert.DoesNotContain("rebuilding", run.Error);
            Assert.Equal($"searchindex: index 'index' was built by a newer searchindex (index schema version {IndexSchema.Version + 1}, this one reads {IndexSchema.Version}); "
                + $"run that version, or rebuild it for this one with 'searchindex index --corpus {temp.Combine("corpus")} --index index --rebuild'\n", run.Error);
            Assert.Equal(IndexSchema.Version + 1, IndexOpener.ReadMetadata(temp.Combine("index"))!.SchemaVersion);
        });
    }

    [Fact]
    public void A_default_index_built_from_another_corpus_is_never_replaced()
    {
        using var temp = new TempFolder();
        InFolder(temp, () =>
        {
            Assert.Equal(ExitCodes.Success, CliRun.Of(["search", "Putin"]).Exit);
            MarkAsBuiltBy(temp.Combine("index"), schemaVersion: IndexSchema.Version - 1, corpusRoot: temp.Combine("elsewhere"));

            var run = CliRun.Of(["search", "Putin"]);

            Assert.Equal(ExitCodes.Error, run.Exit);
            Assert.Contains($"rebuild it with 'searchindex index --corpus {temp.Combine("elsewhere")} --index index --rebuild'", run.Error);
            Assert.DoesNotContain("rebuilding", run.Error);
        });
    }

    /// <summary>A folder with a one-article <c>corpus/</c>, made the current folder while <paramref name="test"/> runs.</summary>
    private static void InFolder(TempFolder temp, Action test)
    {
        Directory.CreateDirectory(temp.Combine("corpus"));
        File.Copy(Path.Combine(RepositoryPaths.SampleCorpus, "tribunnews-kim-putin.txt"), temp.Combine("corpus", "a.txt"));
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = temp.Path;
            test();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>Rewrites the index's last commit as if another build had made it.</summary>
    internal static void MarkAsBuiltBy(string index, int schemaVersion, string corpusRoot)
    {
        using var directory = FSDirectory.Open(index);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new IndexMetadata(schemaVersion, AnalysisChain.Identity, Path.GetFullPath(corpusRoot), DateTimeOffset.UtcNow).ToUserData());
        writer.Commit();
    }
}
