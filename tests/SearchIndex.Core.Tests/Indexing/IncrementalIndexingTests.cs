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
