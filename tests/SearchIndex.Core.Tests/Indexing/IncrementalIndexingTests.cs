using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

public class IncrementalIndexingTests
{
    [Fact]
    public void Rerun_adds_new_replaces_changed_removes_vanished_and_skips_unchanged()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        temp.Write("corpus/c.txt", "Judul C\nIsi artikel C.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        Assert.Equal(3, new IndexBuilder(request).Run().Added);

        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B yang diubah.\nParagraf baru.\n");
        File.Delete(temp.Combine("corpus", "c.txt"));
        temp.Write("corpus/d.txt", "Judul D\nIsi artikel D.\n");
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((1, 1, 1, 1), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged));
        Assert.Equal(3, summary.Paragraphs);
        var (directory, reader) = IndexOpener.Open(temp.Combine("index"));
        using (directory)
        using (reader)
        {
            var texts = Enumerable.Range(0, reader.MaxDoc)
                .Where(d => Lucene.Net.Index.MultiFields.GetLiveDocs(reader)?.Get(d) ?? true)
                .Select(d => reader.Document(d).Get(IndexSchema.Text)).Order().ToList();
            Assert.Equal(["Isi artikel A.", "Isi artikel B yang diubah.", "Isi artikel D.", "Paragraf baru."], texts);
        }
    }

    [Fact]
    public void Another_folder_alone_is_refused_before_anything_is_read_even_when_interrupted()
    {
        using var temp = new TempFolder();
        temp.Write("archive/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("archive/b.jsonl", "{\"id\":\"1\",\"title\":\"Judul B\",\"body\":\"Isi artikel B.\"}\n");
        temp.Write("new/c.txt", "Judul C\nIsi artikel C.\n");
        var index = temp.Combine("index");
        Assert.Equal(2, new IndexBuilder(new IndexRequest([temp.Combine("archive")], index)).Run().Added);

        // A run cancelled once the corpus is listed commits what it has read so far (nothing) with its own corpus paths,
        // so the check must come first: otherwise the next run, with matching paths, would delete the archive's articles.
        var cancelled = new CancellationTokenSource();
        var refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([temp.Combine("new")], index)) { AfterScan = cancelled.Cancel }.Run(cancelled.Token));

        Assert.Equal(ErrorKind.BadArgument, refused.Kind);
        Assert.Contains("would remove 2 articles", refused.Message);
        Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([temp.Combine("new")], index)).Run());
    }

    [Fact]
    public void A_moved_corpus_folder_is_recorded_so_later_deletions_still_apply()
    {
        using var temp = new TempFolder();
        temp.Write("old/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("old/b.txt", "Judul B\nIsi artikel B.\n");
        var index = temp.Combine("index");
        new IndexBuilder(new IndexRequest([temp.Combine("old")], index)).Run();
        Directory.Move(temp.Combine("old"), temp.Combine("moved"));
        var moved = new IndexRequest([temp.Combine("moved")], index);
        Assert.Equal(2, new IndexBuilder(moved).Run().Unchanged);

        File.Delete(temp.Combine("moved", "b.txt"));
        var summary = new IndexBuilder(moved).Run();

        Assert.Equal((0, 1, 1), (summary.Added, summary.Removed, summary.Unchanged));
    }

    [Fact]
    public void Articles_kept_because_their_files_cannot_be_read_count_in_the_summary()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        temp.Write("corpus/feed.jsonl", "{\"id\":1,\"title\":\"Satu\",\"paragraphs\":[\"Isi satu.\"]}\n{\"id\":2,\"title\":\"Dua\",\"paragraphs\":[\"Isi dua.\"]}\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        Assert.Equal(4, new IndexBuilder(request).Run().Articles);

        temp.WriteBytes("corpus/b.txt", [.. "Judul B\nIsi caf"u8, 0xE9, .. "\n"u8]); // Latin-1: the old version stays
        temp.Write("corpus/feed.jsonl", "{\"id\":1,\"title\":\"Satu\",\"paragraphs\":[\"Isi satu.\"]}\n{\"id\":2,\"title\":\n");
        temp.WriteBytes("corpus/c.txt", [.. "Judul C\nIsi caf"u8, 0xE9, .. "\n"u8]); // new and unreadable: nothing kept
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 0, 0, 2, 2), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged, summary.Kept));
        Assert.Equal(4, summary.Articles);
    }

    [Fact]
    public void Unchanged_rerun_changes_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        var commitsBefore = Directory.GetFiles(temp.Combine("index"), "segments_*").Single();

        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 0, 0, 1), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged));
        Assert.Equal(commitsBefore, Directory.GetFiles(temp.Combine("index"), "segments_*").Single());
    }

    [Fact]
    public void The_same_articles_delivered_again_with_crlf_or_a_bom_are_unchanged()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\nParagraf dua.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        temp.Write("corpus/c.txt", "Judul C\nIsi artikel C.\n");
        temp.Write("corpus/feed.jsonl", "{\"id\":1,\"title\":\"Satu\",\"body\":\"Isi satu.\"}\n{\"id\":2,\"title\":\"Dua\",\"body\":\"Isi dua.\"}\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        Assert.Equal(5, new IndexBuilder(request).Run().Added);

        // Re-delivered by a Windows feed: CRLF, a BOM, old Mac CRs; the text of each article is the same.
        temp.Write("corpus/a.txt", "Judul A\r\nIsi artikel A.\r\nParagraf dua.\r\n");
        temp.WriteBytes("corpus/b.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("Judul B\nIsi artikel B.\n")]);
        temp.Write("corpus/c.txt", "Judul C\rIsi artikel C.\r");
        temp.WriteBytes("corpus/feed.jsonl", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("{\"id\":1,\"title\":\"Satu\",\"body\":\"Isi satu.\"}\r\n{\"id\":2,\"title\":\"Dua\",\"body\":\"Isi dua.\"}\r\n")]);
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 0, 0, 5), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged));

        // A real change under CRLF is still one.
        temp.Write("corpus/a.txt", "Judul A\r\nIsi artikel A yang diubah.\r\nParagraf dua.\r\n");
        Assert.Equal(1, new IndexBuilder(request).Run().Updated);
    }

    [Fact]
    public void Rebuild_starts_from_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        var summary = new IndexBuilder(request with { Rebuild = true }).Run();

        Assert.Equal((1, 0, 0), (summary.Added, summary.Updated, summary.Unchanged));
    }
}
