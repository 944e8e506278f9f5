using System.Runtime.InteropServices;
using System.Text;
using SearchIndex.Core.Corpus;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>Each kind of bad file is reported with its path and a reason, and every other article is indexed.</summary>
public class BadInputTests
{
    private const string GoodArticle = "Judul Berita Baik\nPolisi menangkap pelaku pencurian di Kediri.\n";

    [Theory]
    [InlineData("invalid-utf8.txt", new byte[] { 0x4A, 0x75, 0x64, 0xC3, 0x28, 0x0A }, "invalid UTF-8")]
    [InlineData("binary.txt", new byte[] { 0x4A, 0x00, 0x01, 0x02 }, "binary file")]
    [InlineData("empty.txt", new byte[0], "empty file")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, "only white space")]
    public void Bad_file_is_reported_and_the_rest_indexed(string name, byte[] bytes, string reason)
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        temp.WriteBytes("corpus/" + name, bytes);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.EndsWith(name, error.Path);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Utf8_and_utf16_byte_order_marks_are_text()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("corpus/utf8bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Judul Satu\nIsi satu.\n")]);
        temp.WriteBytes("corpus/utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Judul Dua\nIsi dua.\n")]);
        temp.WriteBytes("corpus/utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Judul Tiga\nIsi tiga.\n")]);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal(3, summary.Added);
        Assert.Equal(3, summary.Paragraphs);
    }

    [Fact]
    public void A_duplicate_jsonl_id_names_the_line_that_has_it_too_and_what_to_do()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl",
            "{\"id\":\"r1\",\"title\":\"Berita\",\"body\":\"Isi pertama.\"}\n" +
            "{\"id\":\"r2\",\"title\":\"Lain\",\"body\":\"Isi lain.\"}\n" +
            "{\"id\":\"r1\",\"title\":\"Berita (ralat)\",\"body\":\"Isi ralat.\"}\n");

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(2, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("duplicate article id 'feed.jsonl#r1' (line 1 has it too): this record is skipped and the first one indexed; give each record its own \"id\", or delete the line that is out of date", error.Reason);
    }

    [Fact]
    public void A_duplicate_record_with_an_unreadable_date_is_reported_as_skipped_only()
    {
        // The record is not indexed, so "published 'kemarin' is not a date (indexed without a date)" was false, and
        // the summary counted it twice: "1 skipped with errors; 1 indexed with errors".
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl",
            "{\"id\":\"r1\",\"title\":\"Berita\",\"body\":\"Isi pertama.\"}\n" +
            "{\"id\":\"r1\",\"title\":\"Berita (ralat)\",\"published\":\"kemarin\",\"body\":\"Isi ralat.\"}\n");

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.Equal(2, error.Line);
        Assert.True(error.Skipped);
        Assert.StartsWith("duplicate article id 'feed.jsonl#r1'", error.Reason);
    }

    [Fact]
    public void Broken_link_is_reported_as_unreadable()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        File.CreateSymbolicLink(temp.Combine("corpus", "dangling.txt"), temp.Combine("missing.txt"));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        // Where it points, so the archivist can tell a moved share from a stale link ("file vanished or is a broken link").
        Assert.Equal($"cannot read: it is a broken link (to '{temp.Combine("missing.txt")}'); point it at the file or delete it", Assert.Single(summary.Errors).Reason);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData("", "/")]
    public void A_folder_reached_again_through_a_link_is_read_once_without_error(string rootSuffix, string linkSuffix)
    {
        using var temp = new TempFolder();
        temp.Write("corpus/sub/good.txt", GoodArticle);
        Directory.CreateSymbolicLink(temp.Combine("corpus", "sub", "loop"), temp.Combine("corpus") + linkSuffix);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus") + rootSuffix], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        Assert.Empty(summary.Errors);
    }

    [Fact]
    public void A_relative_link_inside_a_linked_folder_is_followed_as_the_kernel_does_and_its_loop_read_once()
    {
        // corpus/link -> ../real/a, and in real/a a link sub -> ../a (itself): read through corpus/link, sub had been
        // resolved from corpus/link, not from real/a, each level to a new name, so the loop went on 40 levels (where the
        // kernel stops following links): the one article was indexed 40 times, exit 0. Over /sys it never ended.
        using var temp = new TempFolder();
        temp.Write("real/a/good.txt", GoodArticle);
        Directory.CreateSymbolicLink(temp.Combine("real", "a", "sub"), "../a");
        System.IO.Directory.CreateDirectory(temp.Combine("corpus"));
        Directory.CreateSymbolicLink(temp.Combine("corpus", "link"), "../real/a");

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        Assert.Empty(summary.Errors);
    }

    [Fact]
    public async Task Pipes_and_devices_named_like_articles_are_skipped_unopened()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        Assert.Equal(0, MakeFifo(temp.Combine("corpus", "pipe.txt"), 0b110_100_100));
        File.CreateSymbolicLink(temp.Combine("corpus", "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(temp.Combine("corpus", "random.jsonl"), "/dev/urandom");

        // Opening the FIFO would wait for a writer forever and /dev/zero has no end: a hang is the failure here.
        var summary = await Task.Run(() => new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run())
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, summary.Added);
        Assert.Equal(["pipe.txt", "random.jsonl", "zero.txt"],
            summary.Errors.Where(e => e.Reason.Contains("not a regular file")).Select(e => Path.GetFileName(e.Path)).Order());
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);

    [Fact]
    public void Names_with_spaces_and_non_ascii_are_article_ids()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/berita harian/Жарко – é.txt", GoodArticle);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        var (directory, reader) = IndexOpener.Open(temp.Combine("index"));
        using (directory)
        using (reader)
        {
            Assert.Equal("berita harian/Жарко – é.txt", reader.Document(0).Get(IndexSchema.Article));
        }
    }

    [Fact]
    public void Files_and_folders_named_in_latin1_are_reported_not_passed_over()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        temp.Write("corpus/lat.txt", GoodArticle);
        temp.Write("corpus/arsip/a.txt", GoodArticle);
        temp.Write("corpus/kompas.com/a.txt", GoodArticle);
        temp.Write("corpus/foto.jpg", "");
        temp.Write("corpus/BACA", "");
        foreach (var name in new[] { "lat.txt", "arsip", "kompas.com", "foto.jpg", "BACA" })
        {
            // .NET cannot name a file in bytes that are not UTF-8: rename it from C with 'é' as Latin-1 (0xE9).
            var from = Encoding.UTF8.GetBytes(temp.Combine("corpus", name) + "\0");
            var to = Encoding.UTF8.GetBytes(temp.Combine("corpus", Path.GetFileNameWithoutExtension(name))).Append((byte)0xE9)
                .Concat(Encoding.UTF8.GetBytes(Path.GetExtension(name) + "\0")).ToArray();
            Assert.Equal(0, Rename(from, to));
        }

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        // Folders, by the listing's entry type (a dot in a folder's name is no extension); files other than articles pass silently.
        Assert.Equal(["arsip\uFFFD", "kompas\uFFFD.com", "lat\uFFFD.txt"], summary.Errors.Select(e => Path.GetFileName(e.Path)));
        Assert.All(summary.Errors, e => Assert.StartsWith("its name is not valid UTF-8", e.Reason));
        var named = Assert.Throws<SearchIndexException>(() =>
            new IndexBuilder(new IndexRequest([temp.Combine("corpus", "lat\uFFFD.txt")], temp.Combine("index2"))).Run());
        Assert.Contains("its name is not valid UTF-8", named.Message);
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename(byte[] from, byte[] to);

    [Fact]
    public void Missing_corpus_path_is_an_argument_error_naming_it()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<SearchIndexException>(() =>
            new IndexBuilder(new IndexRequest([temp.Combine("no-such-corpus")], temp.Combine("index"))).Run());

        Assert.Equal(ErrorKind.BadArgument, error.Kind);
        Assert.Contains("no-such-corpus", error.Message);
    }

    [Fact]
    public void Index_path_that_is_a_file_is_an_argument_error()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        var notAFolder = temp.Write("index-file", "x");

        var error = Assert.Throws<SearchIndexException>(() =>
            new IndexBuilder(new IndexRequest([temp.Combine("corpus")], notAFolder)).Run());

        Assert.Contains("is a file", error.Message);
    }

    [Fact]
    public void Oversized_article_is_refused_without_reading_it()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        using (var big = File.Create(temp.Combine("corpus", "huge.txt")))
        {
            big.SetLength(CorpusReader.MaxArticleBytes + 1L);
        }

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        Assert.Contains("limit for one article", Assert.Single(summary.Errors).Reason);
    }

    [Fact]
    public void An_article_of_more_paragraphs_than_the_limit_is_refused_and_its_indexed_version_kept()
    {
        // 500,000 one-word lines (a 3.7 MB .txt, well under the size limit) were one block of 500,000 documents held
        // in memory at once: 142 s and 2.6 GB, out of memory under a 1 GB heap, and that run indexed nothing.
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        temp.Write("corpus/list.txt", "Daftar\nbaris pertama.\n");
        temp.Write("corpus/feed.jsonl", "{\"id\":\"r1\",\"body\":\"Isi pertama.\"}\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        Assert.Equal(3, new IndexBuilder(request).Run().Added);

        var lines = Enumerable.Range(0, CorpusReader.MaxArticleParagraphs + 1).Select(i => $"k{i}").ToList();
        temp.Write("corpus/list.txt", "Daftar\n" + string.Join('\n', lines) + "\n");
        temp.Write("corpus/feed.jsonl", "{\"id\":\"r1\",\"paragraphs\":[" + string.Join(',', lines.Select(l => $"\"{l}\"")) + "]}\n");
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 0, 0, 1, 2), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged, summary.Kept));
        Assert.Equal(
            [
                ("feed.jsonl", (int?)1, $"{CorpusReader.MaxArticleParagraphs + 1} paragraphs are over the limit of {CorpusReader.MaxArticleParagraphs} for one article; split it into one article per file or record"),
                ("list.txt", null, $"{CorpusReader.MaxArticleParagraphs + 1} paragraphs are over the limit of {CorpusReader.MaxArticleParagraphs} for one article; split it into one article per file or record"),
            ],
            summary.Errors.Select(e => (Path.GetFileName(e.Path), e.Line, e.Reason)).OrderBy(e => e.Item1));
    }

    [Fact]
    public void Other_file_types_are_skipped_silently()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", GoodArticle);
        temp.Write("corpus/notes.md", "# not an article");
        temp.WriteBytes("corpus/photo.jpg", [0xFF, 0xD8, 0x00]);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        Assert.Empty(summary.Errors);
    }
}
