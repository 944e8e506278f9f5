using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

public class SearchIndexCodecTests
{
    private static string FixtureCorpus => Path.Combine(RepositoryPaths.Fixtures, "id-news");

    [Fact]
    public void Every_segment_of_a_build_and_of_an_update_records_the_deflate_codec()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("corpus");
        CopyFolder(FixtureCorpus, corpus);
        var indexDir = temp.Combine("index");
        new IndexBuilder(new IndexRequest([corpus], indexDir)).Run();
        File.AppendAllText(Path.Combine(corpus, "idsum-00001.txt"), "\nSatu paragraf lagi ditambahkan untuk pembaruan.\n");

        var summary = new IndexBuilder(new IndexRequest([corpus], indexDir)).Run();

        Assert.Equal(1, summary.Updated);
        using var directory = FSDirectory.Open(indexDir);
        var commit = new SegmentInfos();
        commit.Read(directory);
        Assert.True(commit.Count >= 2, $"the update should add a segment beside the build's; {commit.Count} segments");
        Assert.All(commit.Segments, segment => Assert.Equal(SearchIndexCodec.RecordedName, segment.Info.Codec.Name));
    }

    [Fact]
    public void Stored_fields_read_back_as_lucenes_own_codec_keeps_them_in_less_space()
    {
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        new IndexBuilder(new IndexRequest([FixtureCorpus], indexDir)).Run();
        var lz4Dir = temp.Combine("lz4");

        using var deflate = FSDirectory.Open(indexDir);
        using var lz4 = FSDirectory.Open(lz4Dir);
        using var ours = DirectoryReader.Open(deflate);
        using (var writer = new IndexWriter(lz4, new IndexWriterConfig(AnalysisChain.MatchVersion, null) { Codec = new Lucene46Codec() }))
        {
            writer.AddIndexes(ours);
        }

        using var theirs = DirectoryReader.Open(lz4);
        Assert.Equal(ours.MaxDoc, theirs.MaxDoc);
        Assert.True(ours.MaxDoc > 50, $"the fixtures should fill several 16 KB chunks; {ours.MaxDoc} paragraphs");
        for (var doc = 0; doc < ours.MaxDoc; doc++)
        {
            Assert.Equal(StoredValues(theirs, doc), StoredValues(ours, doc));
        }

        var (deflateBytes, lz4Bytes) = (StoredFieldBytes(deflate), StoredFieldBytes(lz4));
        Assert.True(deflateBytes < 0.8 * lz4Bytes, $"DEFLATE {deflateBytes} bytes of stored fields against LZ4's {lz4Bytes}");
    }

    private static List<string> StoredValues(IndexReader reader, int doc) =>
        [.. reader.Document(doc).Fields.Select(field => $"{field.Name}={field.GetStringValue() ?? NumberOf(field)}")];

    private static string NumberOf(IIndexableField field) => field.NumericType switch
    {
        NumericFieldType.INT32 => $"int {field.GetInt32Value()}",
        NumericFieldType.INT64 => $"long {field.GetInt64Value()}",
        var other => $"{other}",
    };

    /// <summary>The bytes of the stored fields' data files (<c>.fdt</c>), inside compound files or beside them.</summary>
    private static long StoredFieldBytes(Lucene.Net.Store.Directory directory)
    {
        long total = 0;
        foreach (var file in directory.ListAll())
        {
            if (file.EndsWith(".fdt", StringComparison.Ordinal))
            {
                total += directory.FileLength(file);
            }
            else if (file.EndsWith(".cfs", StringComparison.Ordinal))
            {
                using var compound = new CompoundFileDirectory(directory, file, IOContext.READ_ONCE, false);
                total += compound.ListAll().Where(f => f.EndsWith(".fdt", StringComparison.Ordinal)).Sum(compound.FileLength);
            }
        }

        return total;
    }

    private static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from, "*.txt"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
