using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// Lucene deletes the files of its folder whose names look like its own (any name holding '_', letters or digits, then
/// a dot: 'berita_1.txt'), so an index never shares a folder with other files.
/// </summary>
public class IndexFolderGuardTests
{
    [Fact]
    public void An_index_in_the_corpus_folder_is_refused_and_no_article_is_deleted()
    {
        using var temp = new TempFolder();
        temp.Write("news/berita_1.txt", "Judul Satu\nIsi artikel satu.\n");
        temp.Write("news/berita_2.txt", "Judul Dua\nIsi artikel dua.\n");
        var request = new IndexRequest([temp.Combine("news")], temp.Combine("news"));

        var error = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());
        temp.Write("news/berita_2.txt", "Judul Dua\nIsi artikel dua, diperbaiki.\n");
        Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());

        Assert.Equal(ErrorKind.BadArgument, error.Kind);
        Assert.StartsWith($"--index: '{temp.Combine("news")}' is a --corpus folder too; give the index a folder of its own", error.Message);
        Assert.Equal(["berita_1.txt", "berita_2.txt"], System.IO.Directory.GetFiles(temp.Combine("news")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_corpus_folder_named_through_a_linked_parent_is_known_as_the_same_folder()
    {
        // '/srv/link/news' with /srv/link -> /srv/real is /srv/real/news: the folder itself is no link, its parent is.
        using var temp = new TempFolder();
        temp.Write("real/news/berita_1.txt", "Judul Satu\nIsi artikel satu.\n");
        File.CreateSymbolicLink(temp.Combine("link"), temp.Combine("real"));
        var request = new IndexRequest([temp.Combine("real", "news")], temp.Combine("link", "news"));

        var error = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());

        Assert.StartsWith($"--index: '{temp.Combine("link", "news")}' is a --corpus folder too", error.Message);
    }

    [Fact]
    public void A_new_index_in_a_folder_of_other_files_is_refused()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("site/_config.yml", "title: x\n");
        temp.Write("site/laporan_2019.pdf", "%PDF");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("site"));

        var error = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());
        Assert.Throws<SearchIndexException>(() => new IndexBuilder(request with { Rebuild = true }).Run());

        Assert.StartsWith($"--index: '{temp.Combine("site")}' holds other files ('_config.yml', 'laporan_2019.pdf') and no index; give the index an empty or new folder", error.Message);
        Assert.Equal(["_config.yml", "laporan_2019.pdf"], System.IO.Directory.GetFiles(temp.Combine("site")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_folder_with_only_hidden_files_and_folders_takes_a_new_index()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("index/.gitkeep", "");
        System.IO.Directory.CreateDirectory(temp.Combine("index", "lost+found"));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        Assert.True(File.Exists(temp.Combine("index", ".gitkeep")));
    }

    [Fact]
    public void The_first_run_build_of_search_refuses_a_folder_of_other_files_too()
    {
        // It takes the index lock before it builds, and the lock file marks a folder searchindex has used.
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("index/berita_1.txt", "Judul B\nIsi artikel B.\n");

        var error = Assert.Throws<SearchIndexException>(() => FirstRunBuild.Run(temp.Combine("corpus"), temp.Combine("index"), _ => { }));

        Assert.StartsWith($"--index: '{temp.Combine("index")}' holds other files ('berita_1.txt') and no index", error.Message);
        Assert.Equal(["berita_1.txt"], System.IO.Directory.GetFiles(temp.Combine("index")).Select(Path.GetFileName));
    }

    [Fact]
    public void Hidden_files_named_like_lucenes_own_count_as_other_files()
    {
        // Lucene.Net deletes '.notes_1.txt' and a Mac's '._berita_1.txt' as its leftovers, hidden or not.
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("index/.notes_1.txt", "catatan");
        temp.Write("index/._berita_1.txt", "");
        temp.Write("index/.gitkeep", "");

        var error = Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run());

        Assert.StartsWith($"--index: '{temp.Combine("index")}' holds other files ('._berita_1.txt', '.notes_1.txt') and no index", error.Message);
    }

    [Fact]
    public void A_folder_holding_only_lucenes_write_lock_takes_a_new_index()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("index/write.lock", "");

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
    }
}
