using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

public class IndexCompatibilityTests
{
    [Fact]
    public void Index_built_with_another_analyzer_is_refused_with_advice()
    {
        using var temp = new TempFolder();
        var indexDir = BuildThenRewriteMetadata(temp, m => m with { Analyzer = "someone-else/9" });

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(indexDir));

        Assert.Equal(ErrorKind.Index, error.Kind);
        Assert.Contains("someone-else/9", error.Message);
        Assert.Contains("--rebuild", error.Message);
    }

    [Fact]
    public void The_advice_to_rebuild_names_the_index_and_its_corpus_folders()
    {
        // A cron job's mail is read by whoever upgraded searchindex: 'searchindex index --rebuild' as advised would
        // index the current folder's corpus/ into its index/, not this index.
        using var temp = new TempFolder();
        var indexDir = BuildThenRewriteMetadata(temp, m => m with { Analyzer = "old/1", CorpusRoots = "/news/archive\n/news/2019-10" });

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(indexDir));

        Assert.EndsWith($"; rebuild it with 'searchindex index --corpus /news/archive --corpus /news/2019-10 --index {indexDir} --rebuild'", error.Message);
    }

    [Fact]
    public void The_advice_to_rebuild_quotes_a_folder_with_a_space()
    {
        // Run as written, an unquoted '/news/my archive' is two arguments, and the rebuild fails on '/news/my'.
        using var temp = new TempFolder();
        var indexDir = BuildThenRewriteMetadata(temp, m => m with { Analyzer = "old/1", CorpusRoots = "/news/my archive\n/news/2019" });

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(indexDir));

        Assert.Contains("'searchindex index --corpus \"/news/my archive\" --corpus /news/2019 --index ", error.Message);
    }

    [Fact]
    public void Index_with_another_schema_version_is_refused()
    {
        using var temp = new TempFolder();
        var indexDir = BuildThenRewriteMetadata(temp, m => m with { SchemaVersion = IndexSchema.Version + 1 });

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(indexDir));

        Assert.Contains("schema version", error.Message);
    }

    [Fact]
    public void Updating_an_incompatible_index_fails_but_rebuild_replaces_it()
    {
        using var temp = new TempFolder();
        var indexDir = BuildThenRewriteMetadata(temp, m => m with { Analyzer = "old/1" });

        Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], indexDir)).Run());
        var summary = new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], indexDir, Rebuild: true)).Run();

        Assert.Equal(1, summary.Added);
        IndexOpener.Open(indexDir).Reader.Dispose();
    }

    [Fact]
    public void Missing_index_is_a_clear_error()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(temp.Combine("nothing-here")));

        Assert.Contains("no index", error.Message);
    }

    [Fact]
    public void Index_in_a_codec_this_version_does_not_know_is_refused_as_another_versions()
    {
        // A later version may store its segments in a codec of its own; Lucene then fails on the segment list, before
        // the commit's schema can be read, and that is no damage to rebuild from in alarm.
        using var temp = new TempFolder();
        var indexDir = RewriteCommitPoint(temp, (bytes, codecAt) =>
        {
            System.Text.Encoding.UTF8.GetBytes("SearchIndex99Futures").CopyTo(bytes, codecAt);
            WithFooterChecksum(bytes); // as the later version wrote it
        });

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(indexDir));

        Assert.Equal(ErrorKind.Index, error.Kind);
        Assert.Equal($"index '{indexDir}' was written by another version of searchindex, in a Lucene codec this one cannot read ('SearchIndex99Futures'); "
            + $"use the version that built it, or rebuild it with 'searchindex index --corpus DIR --index {indexDir} --rebuild'", error.Message);
    }

    [Fact]
    public void A_codec_name_a_changed_byte_garbled_is_damage_not_another_version()
    {
        // Lucene looks the codec up while it reads the commit point, before it compares the checksum at its end: a
        // byte changed in the name read as "written by another version …, use the version that built it".
        using var temp = new TempFolder();
        var indexDir = RewriteCommitPoint(temp, (bytes, codecAt) => bytes[codecAt + 15] ^= 0x20);

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(indexDir));

        Assert.Equal(ErrorKind.Index, error.Kind);
        Assert.StartsWith($"index '{indexDir}' is damaged and cannot be read (", error.Message);
    }

    /// <summary>Builds the sample corpus's index, then lets <paramref name="change"/> rewrite its commit point, given where the codec's name starts.</summary>
    private static string RewriteCommitPoint(TempFolder temp, Action<byte[], int> change)
    {
        var indexDir = temp.Combine("index");
        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], indexDir)).Run();
        var commit = System.IO.Directory.GetFiles(indexDir, "segments_*").Single();
        var bytes = File.ReadAllBytes(commit);
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(SearchIndexCodec.RecordedName));
        Assert.True(at > 0, "the commit point should name the codec");
        change(bytes, at);
        File.WriteAllBytes(commit, bytes);
        return indexDir;
    }

    /// <summary>Writes the CRC-32 of all bytes before it into the last 8 bytes, as Lucene's footer holds it (big-endian).</summary>
    private static void WithFooterChecksum(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes.AsSpan(0, bytes.Length - 8))
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(bytes.Length - 8), ~crc);
    }

    private static string BuildThenRewriteMetadata(TempFolder temp, Func<IndexMetadata, IndexMetadata> change)
    {
        var indexDir = temp.Combine("index");
        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], indexDir)).Run();
        using var directory = FSDirectory.Open(indexDir);
        var config = new IndexWriterConfig(AnalysisChain.MatchVersion, AnalysisChain.CreateAnalyzer()) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        var current = IndexMetadata.FromUserData(writer.CommitData)!;
        writer.SetCommitData(change(current).ToUserData());
        writer.Commit();
        return indexDir;
    }
}
