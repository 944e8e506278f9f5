using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>An update never loses indexed articles to a file it could not read, an emptied folder or an interrupted rebuild.</summary>
public class IndexSafetyTests
{
    [Fact]
    public void A_file_that_cannot_be_read_keeps_its_indexed_article()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        // The file is still listed but cannot be read (its link's target is on a share that went away).
        File.Delete(temp.Combine("corpus", "b.txt"));
        File.CreateSymbolicLink(temp.Combine("corpus", "b.txt"), temp.Combine("unmounted", "b.txt"));
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 1), (summary.Removed, summary.Unchanged));
        Assert.Contains("cannot read", Assert.Single(summary.Errors).Reason);
        Assert.Equal(["a.txt", "b.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_folder_whose_link_broke_keeps_its_indexed_articles()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("share/b.txt", "Judul B\nIsi artikel B.\n");
        System.IO.Directory.CreateSymbolicLink(temp.Combine("corpus", "2019"), temp.Combine("share"));
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        // The folder is a link to a share that went away: its articles are unknown to this run, not deleted.
        System.IO.Directory.Move(temp.Combine("share"), temp.Combine("share.away"));
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 1, 1), (summary.Removed, summary.Unchanged, summary.Kept));
        var error = Assert.Single(summary.Errors);
        Assert.Equal((Path.Combine(temp.Combine("corpus"), "2019"), $"cannot list folder: it is a broken link (to '{temp.Combine("share")}')"), (error.Path, error.Reason));
        Assert.Equal(["2019/b.txt", "a.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_folder_named_like_an_unreachable_one_in_another_root_is_read_as_usual()
    {
        using var temp = new TempFolder();
        temp.Write("2019/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("2019/kompas/b.txt", "Judul B\nIsi artikel B.\n");
        temp.Write("2020/c.txt", "Judul C\nIsi artikel C.\n");
        temp.Write("share/d.txt", "Judul D\nIsi artikel D.\n");
        System.IO.Directory.CreateSymbolicLink(temp.Combine("2020", "kompas"), temp.Combine("share"));
        var request = new IndexRequest([temp.Combine("2019"), temp.Combine("2020")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        // 2020/kompas is unreachable, and its prefix 'kompas/' covers 2019's folder of that name too: b.txt, read,
        // was skipped as a duplicate of the article kept, its change not indexed.
        System.IO.Directory.Move(temp.Combine("share"), temp.Combine("share.away"));
        File.Delete(temp.Combine("2019", "kompas", "b.txt"));
        temp.Write("2019/kompas/b.txt", "Judul B\nIsi artikel B diubah.\n");
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((1, 0, 1), (summary.Updated, summary.Removed, summary.Kept));
        Assert.Contains("broken link", Assert.Single(summary.Errors).Reason);
        Assert.Equal(["a.txt", "c.txt", "kompas/b.txt", "kompas/d.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void An_unreachable_folder_of_a_later_root_keeps_the_articles_named_with_its_root()
    {
        using var temp = new TempFolder();
        temp.Write("2019/kompas/001.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("2020/002.txt", "Judul C\nIsi artikel C.\n");
        temp.Write("share/001.txt", "Judul B\nIsi artikel B.\n");
        System.IO.Directory.CreateSymbolicLink(temp.Combine("2020", "kompas"), temp.Combine("share"));
        var request = new IndexRequest([temp.Combine("2019"), temp.Combine("2020")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        Assert.Equal(["002.txt", "2020/kompas/001.txt", "kompas/001.txt"], Articles(temp.Combine("index")));

        // Its file's name taken by 2019's, the article is '2020/kompas/001.txt', which the folder's prefix 'kompas/'
        // did not cover: it was removed, though the folder was reported as kept.
        System.IO.Directory.Move(temp.Combine("share"), temp.Combine("share.away"));
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 2, 1), (summary.Removed, summary.Unchanged, summary.Kept));
        Assert.Contains("broken link", Assert.Single(summary.Errors).Reason);
        Assert.Equal(["002.txt", "2020/kompas/001.txt", "kompas/001.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_broken_link_that_held_no_indexed_article_is_no_error()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        File.CreateSymbolicLink(temp.Combine("corpus", "latest"), temp.Combine("gone"));

        var summary = new IndexBuilder(request).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal((1, 0), (summary.Unchanged, summary.Kept));
    }

    [Fact]
    public void A_rebuild_that_can_read_no_article_leaves_the_index_as_it_was()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        File.Delete(temp.Combine("corpus", "a.txt"));
        File.CreateSymbolicLink(temp.Combine("corpus", "a.txt"), temp.Combine("unmounted", "a.txt"));

        var summary = new IndexBuilder(request with { Rebuild = true }).Run();

        Assert.Equal(0, summary.Added);
        Assert.False(summary.Committed);
        Assert.Contains("cannot read", Assert.Single(summary.Errors).Reason);
        Assert.Equal(["a.txt"], Articles(temp.Combine("index")));
        var text = new StringWriter();
        SearchIndex.Core.Output.IndexSummaryWriter.WriteText(text, summary);
        Assert.StartsWith("nothing indexed: no article could be read, so no index was written (a rebuild leaves the index as it was); 1 skipped with errors", text.ToString());
    }

    [Fact]
    public void A_new_index_of_which_no_article_can_be_read_is_not_created_empty()
    {
        using var temp = new TempFolder();
        System.IO.Directory.CreateDirectory(temp.Combine("corpus"));
        File.CreateSymbolicLink(temp.Combine("corpus", "a.txt"), temp.Combine("unmounted", "a.txt"));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Single(summary.Errors);
        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(temp.Combine("index")));
        Assert.StartsWith("no index in", error.Message);
    }

    [Fact]
    public void An_article_with_nothing_to_index_is_skipped_and_an_earlier_version_of_it_stays()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "ADVERTISEMENT\nBaca juga: Polisi Tangkap Pencuri\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));

        var summary = new IndexBuilder(request).Run();

        Assert.False(summary.Committed);
        Assert.StartsWith("no text to index", Assert.Single(summary.Errors).Reason);
        Assert.Throws<SearchIndexException>(() => IndexOpener.Open(temp.Combine("index")));

        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        Assert.Equal(1, new IndexBuilder(request).Run().Added);
        temp.Write("corpus/a.txt", "ADVERTISEMENT\n");
        summary = new IndexBuilder(request).Run();
        Assert.Equal((0, 0), (summary.Updated, summary.Removed));
        Assert.Single(summary.Errors);
        Assert.Equal("Isi artikel A.", Texts(temp.Combine("index"))["a.txt"]);
    }

    [Fact]
    public void A_bad_record_keeps_the_files_indexed_records_until_the_file_is_fixed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Isi A.\"}\n{\"id\":\"b\",\"body\":\"Isi B.\"}\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Isi A.\"}\n{\"id\":\"b\",\"body\":\n");
        Assert.Equal(0, new IndexBuilder(request).Run().Removed);
        Assert.Equal(["feed.jsonl#a", "feed.jsonl#b"], Articles(temp.Combine("index")));

        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Isi A.\"}\n");
        Assert.Equal(1, new IndexBuilder(request).Run().Removed);
        Assert.Equal(["feed.jsonl#a"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void One_of_two_folders_with_files_of_the_same_names_renamed_keeps_every_article()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "001", "002", "003" })
        {
            temp.Write($"arch/2019-09/{name}.txt", $"September {name}\nBerita bulan September nomor {name}.\n");
            temp.Write($"arch/2019-10/{name}.txt", $"Oktober {name}\nBerita bulan Oktober nomor {name}.\n");
        }

        var index = temp.Combine("index");
        new IndexBuilder(new IndexRequest([temp.Combine("arch", "2019-09"), temp.Combine("arch", "2019-10")], index)).Run();
        var texts = Texts(index);
        Directory.Move(temp.Combine("arch", "2019-09"), temp.Combine("arch", "september"));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("arch", "september"), temp.Combine("arch", "2019-10")], index)).Run();

        Assert.Equal((0, 0, 0, 6), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged));
        Assert.Equal(texts, Texts(index));
        // The second folder's files are named by it (2019-10/001.txt): renamed, they are indexed again under the new name.
        Directory.Move(temp.Combine("arch", "2019-10"), temp.Combine("arch", "oktober"));
        summary = new IndexBuilder(new IndexRequest([temp.Combine("arch", "oktober"), temp.Combine("arch", "september")], index)).Run();
        Assert.Equal((3, 0, 3, 3), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged));
        Assert.Equal(["001.txt", "002.txt", "003.txt", "oktober/001.txt", "oktober/002.txt", "oktober/003.txt"], Articles(index));
    }

    [Fact]
    public void A_record_deleted_from_a_feed_is_removed_though_another_line_of_it_is_broken()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Banjir di Jakarta.\"}\n{\"id\":\"b\",\"body\":\"Gempa di Cianjur.\"}\n{\"id\":\"c\",\"body\":\"Kebakaran di Riau.\"}\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        // c is cut short (it names its id), and b deleted.
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Banjir di Jakarta.\"}\n{\"id\":\"c\",\"body\":\"Kebakaran di\n");
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((1, 1, 1), (summary.Removed, summary.Kept, summary.Unchanged));
        Assert.Equal(["feed.jsonl#a", "feed.jsonl#c"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_feed_cut_short_keeps_the_records_after_the_cut()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Banjir di Jakarta.\"}\n{\"id\":\"b\",\"body\":\"Gempa di Cianjur.\"}\n{\"id\":\"c\",\"body\":\"Kebakaran di Riau.\"}\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        // A download that stopped inside b: no line end after it, and c never arrived.
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Banjir di Jakarta.\"}\n{\"id\":\"b\",\"body\":\"Gem");
        var summary = new IndexBuilder(request).Run();

        Assert.Equal((0, 2, 1), (summary.Removed, summary.Kept, summary.Unchanged));
        Assert.Equal(["feed.jsonl#a", "feed.jsonl#b", "feed.jsonl#c"], Articles(temp.Combine("index")));

        // Delivered whole again, without c: c goes.
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Banjir di Jakarta.\"}\n{\"id\":\"b\",\"body\":\"Gempa di Cianjur.\"}\n");
        Assert.Equal(1, new IndexBuilder(request).Run().Removed);
        Assert.Equal(["feed.jsonl#a", "feed.jsonl#b"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void Records_that_go_by_line_number_are_not_doubled_when_a_line_is_deleted_beside_a_broken_one()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", string.Concat(Enumerable.Range(1, 5).Select(i => $"{{\"body\":\"Berita nomor {i}.\"}}\n")));
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        // Line 2 deleted (the rest move up a line), and what is now line 2 broken: only its article, #2, stays.
        temp.Write("corpus/feed.jsonl", "{\"body\":\"Berita nomor 1.\"}\n{\"body\":\"Berita nomor 3.\n{\"body\":\"Berita nomor 4.\"}\n{\"body\":\"Berita nomor 5.\"}\n");
        var summary = new IndexBuilder(request).Run();

        Assert.Equal(["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3", "feed.jsonl#4"], Articles(temp.Combine("index")));
        Assert.Equal((1, 1), (summary.Removed, summary.Kept));
        Assert.Equal("Berita nomor 5.", Texts(temp.Combine("index"))["feed.jsonl#4"]);
    }

    [Fact]
    public void Another_folder_with_files_of_the_same_names_is_refused_but_a_moved_folder_passes()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "001", "002", "003" })
        {
            temp.Write($"arch/2019-09/{name}.txt", $"September {name}\nBerita bulan September nomor {name}.\n");
            temp.Write($"arch/2019-10/{name}.txt", $"Oktober {name}\nBerita bulan Oktober nomor {name}.\n");
        }

        var index = temp.Combine("index");
        new IndexBuilder(new IndexRequest([temp.Combine("arch", "2019-09")], index)).Run();
        var texts = Texts(index);

        var error = Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([temp.Combine("arch", "2019-10")], index)).Run());
        Assert.Contains("holds other text under 3 of the same article names", error.Message);
        Assert.Equal(texts, Texts(index));
        Assert.Contains("Berita bulan September nomor 001.", texts["001.txt"]);

        // The same folder moved (one article edited there meanwhile) is the same corpus.
        Directory.Move(temp.Combine("arch", "2019-09"), temp.Combine("moved"));
        temp.Write("moved/003.txt", "September 003\nBerita yang diperbaiki.\n");
        var summary = new IndexBuilder(new IndexRequest([temp.Combine("moved")], index)).Run();
        Assert.Equal((1, 2), (summary.Updated, summary.Unchanged));
    }

    /// <summary>Each article's paragraph text, as stored.</summary>
    private static Dictionary<string, string> Texts(string index)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(index);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var texts = new Dictionary<string, string>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            texts[stored.Get(IndexSchema.Article)] = stored.Get(IndexSchema.Text);
        }

        return texts;
    }

    [Fact]
    public void An_emptied_corpus_folder_is_refused_and_nothing_changes()
    {
        using var temp = new TempFolder();
        temp.Write("archive/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("month/b.txt", "Judul B\nIsi artikel B.\n");
        var request = new IndexRequest([temp.Combine("archive"), temp.Combine("month")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        File.Delete(temp.Combine("month", "b.txt")); // as an unmounted share looks
        var refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());

        Assert.Equal(ErrorKind.BadArgument, refused.Kind);
        Assert.Contains("holds no .txt or .jsonl articles", refused.Message);
        Assert.Contains("--rebuild", refused.Message);
        Assert.Equal(["a.txt", "b.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void An_update_that_would_remove_every_article_is_refused_but_a_rebuild_may()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        File.Move(temp.Combine("corpus", "a.txt"), temp.Combine("corpus", "c.txt"));
        File.Move(temp.Combine("corpus", "b.txt"), temp.Combine("corpus", "d.txt"));

        var refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());
        Assert.Contains("every one of the index's 2 articles is found, same text, only under another name", refused.Message);
        Assert.Equal(["a.txt", "b.txt"], Articles(temp.Combine("index")));

        Assert.Equal(2, new IndexBuilder(request with { Rebuild = true }).Run().Added);
        Assert.Equal(["c.txt", "d.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void An_archive_sorted_into_subfolders_is_refused_as_renamed_not_as_an_unmounted_folder()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        Directory.CreateDirectory(temp.Combine("corpus", "2019"));
        File.Move(temp.Combine("corpus", "a.txt"), temp.Combine("corpus", "2019", "a.txt"));
        File.Move(temp.Combine("corpus", "b.txt"), temp.Combine("corpus", "2019", "b.txt"));

        var refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());

        Assert.Equal(ErrorKind.BadArgument, refused.Kind);
        Assert.Contains("every one of the index's 2 articles is found, same text, only under another name", refused.Message);
        Assert.DoesNotContain("unmounted", refused.Message);
        Assert.Contains("--rebuild", refused.Message);
        Assert.Equal(["a.txt", "b.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void Every_file_gone_with_other_files_in_their_place_is_still_reported_as_a_missing_folder()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        File.Delete(temp.Combine("corpus", "a.txt"));
        temp.Write("corpus/c.txt", "Judul C\nIsi artikel lain.\n");

        var refused = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run());

        Assert.Contains("none of the index's articles is found under the corpus paths (an unmounted or mistyped folder?)", refused.Message);
    }

    [Fact]
    public void An_index_folder_deleted_during_the_run_is_an_error_not_a_crash_of_the_rollback()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            temp.Write($"corpus/{i:D3}.txt", $"Judul {i}\nIsi artikel nomor {i}.\n");
        }

        var index = temp.Combine("index");
        var reports = 0;
        var deleteIndex = new SynchronousProgress(_ =>
        {
            if (++reports == 10)
            {
                // A cleanup script while the first build runs: the folder removed, and a file in its place so that
                // Lucene cannot just create it again.
                Directory.Delete(index, recursive: true);
                File.WriteAllText(index, "");
            }
        });

        // Before, the rollback after the failed write threw DirectoryNotFoundException in its turn, out of the catch:
        // an unhandled exception, a stack trace and exit 134.
        var failed = Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([temp.Combine("corpus")], index), deleteIndex).Run());

        Assert.Equal(ErrorKind.Index, failed.Kind);
        Assert.StartsWith($"cannot write index '{index}': ", failed.Message);
        Assert.DoesNotContain(".;", failed.Message); // .NET's "Could not find a part of the path '…'." ends in its own dot
        if (!System.IO.Directory.Exists(index))
        {
            // Lucene may create the folder again in the instant between the delete and the file taking its place;
            // then the run fails on the file instead, and the folder it wrote is there.
            Assert.Contains("the index folder is gone", failed.Message);
            Assert.DoesNotContain("intact", failed.Message); // its commits went with it
        }
    }

    [Fact]
    public void An_interrupt_while_the_corpus_is_listed_stops_there_before_the_index_folder_is_made()
    {
        // Before, the whole tree was listed first (1.1 s for 100,000 files), then the index folder made and an empty
        // build rolled back; the listing is where a large first build spends its first seconds.
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var interrupted = Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run(cancel.Token));

        Assert.Equal(ErrorKind.Cancelled, interrupted.Kind);
        Assert.Equal("interrupted while listing the corpus, before any article was read; nothing was changed", interrupted.Message);
        Assert.False(Directory.Exists(temp.Combine("index")));
    }

    [Fact]
    public void An_interrupted_rebuild_leaves_the_old_index_whole()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();

        using var cancel = new CancellationTokenSource();
        var interrupted = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request with { Rebuild = true }) { AfterScan = cancel.Cancel }.Run(cancel.Token));

        Assert.Equal(ErrorKind.Cancelled, interrupted.Kind);
        Assert.Contains("as it was before", interrupted.Message);
        Assert.Equal(["a.txt", "b.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_cancelled_update_commits_the_articles_read_before_it()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            temp.Write($"corpus/{i:D3}.txt", $"Judul {i}\nIsi artikel nomor {i}.\n");
        }

        using var cancel = new CancellationTokenSource();
        var reports = 0;
        var tenthFile = new SynchronousProgress(_ =>
        {
            if (++reports == 10)
            {
                cancel.Cancel(); // progress is reported after each file: ten files are read
            }
        });
        var interrupted = Assert.Throws<SearchIndexException>(() =>
            new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index")), tenthFile).Run(cancel.Token));

        Assert.Equal(ErrorKind.Cancelled, interrupted.Kind);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"{i:D3}.txt"), Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_cancelled_update_says_what_it_changed_and_how_many_articles_the_index_holds()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 5; i++)
        {
            temp.Write($"corpus/a{i}.txt", $"Judul {i}\nIsi artikel nomor {i}.\n");
        }

        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        temp.Write("corpus/a0.txt", "Judul 0\nIsi artikel nomor 0, diubah.\n");
        for (var i = 0; i < 30; i++)
        {
            temp.Write($"corpus/b{i:D2}.txt", $"Judul baru {i}\nIsi artikel baru nomor {i}.\n");
        }

        using var cancel = new CancellationTokenSource();
        var reports = 0;
        var tenthFile = new SynchronousProgress(_ =>
        {
            if (++reports == 10)
            {
                cancel.Cancel(); // a0 to a4 (one changed), then five new ones
            }
        });
        var interrupted = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request, tenthFile).Run(cancel.Token));

        Assert.Equal(ErrorKind.Cancelled, interrupted.Kind);
        Assert.Equal("interrupted: 5 articles added and 1 updated were committed (10 articles indexed); run the same command again to finish", interrupted.Message);
        Assert.Equal(10, Articles(temp.Combine("index")).Count);
    }

    [Fact]
    public void A_cancelled_run_stops_within_a_long_jsonl_file_and_commits_the_records_read()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", string.Concat(Enumerable.Range(0, 2_000)
            .Select(i => $"{{\"id\":\"{i}\",\"title\":\"Judul {i}\",\"body\":\"Isi artikel nomor {i}.\"}}\n")));
        using var cancel = new CancellationTokenSource();
        var reports = new List<IndexProgress>();
        var firstReport = new SynchronousProgress(p =>
        {
            reports.Add(p);
            cancel.Cancel(); // the first report comes from within the file, before its end
        });
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));

        var interrupted = Assert.Throws<SearchIndexException>(() => new IndexBuilder(request, firstReport).Run(cancel.Token));

        Assert.Equal(ErrorKind.Cancelled, interrupted.Kind);
        Assert.InRange(reports[0].BytesDone, 1, reports[0].BytesTotal - 1);
        var committed = Articles(temp.Combine("index")).Count;
        Assert.InRange(committed, 1, 1_999);
        var finished = new IndexBuilder(request).Run();
        Assert.Equal((2_000 - committed, committed), (finished.Added, finished.Unchanged));
        Assert.Equal(2_000, Articles(temp.Combine("index")).Count);
    }

    [Fact]
    public void The_last_progress_report_counts_every_article_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        var reports = new List<IndexProgress>();
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));

        new IndexBuilder(request, new SynchronousProgress(reports.Add)).Run();

        var last = reports[^1];
        Assert.Equal((2, last.BytesTotal), (last.ArticlesDone, last.BytesDone));
    }

    [Fact]
    public void Files_of_the_same_name_in_two_corpus_folders_are_both_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("2019-09/001.txt", "Judul September\nIsi September.\n");
        temp.Write("2019-10/001.txt", "Judul Oktober\nIsi Oktober.\n");
        var request = new IndexRequest([temp.Combine("2019-09"), temp.Combine("2019-10")], temp.Combine("index"));

        var summary = new IndexBuilder(request).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal(["001.txt", "2019-10/001.txt"], Articles(temp.Combine("index")));
        Assert.Equal(2, new IndexBuilder(request).Run().Unchanged);
    }

    [Fact]
    public void An_empty_corpus_folder_is_an_error_and_creates_no_index()
    {
        using var temp = new TempFolder();
        System.IO.Directory.CreateDirectory(temp.Combine("empty"));
        temp.Write("empty/notes.md", "not an article");

        var error = Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([temp.Combine("empty")], temp.Combine("index"))).Run());

        Assert.Equal(ErrorKind.BadArgument, error.Kind);
        Assert.EndsWith("holds no .txt or .jsonl articles; nothing was indexed", error.Message);
        Assert.False(System.IO.Directory.Exists(temp.Combine("index")));
    }

    [Fact]
    public void An_update_given_the_corpus_folders_in_another_order_keeps_every_id()
    {
        using var temp = new TempFolder();
        temp.Write("2019-09/001.txt", "Judul September\nIsi September.\n");
        temp.Write("2019-10/001.txt", "Judul Oktober\nIsi Oktober.\n");
        temp.Write("2019-11/001.txt", "Judul November\nIsi November.\n");
        new IndexBuilder(new IndexRequest([temp.Combine("2019-09"), temp.Combine("2019-10")], temp.Combine("index"))).Run();

        var update = new IndexBuilder(new IndexRequest([temp.Combine("2019-11"), temp.Combine("2019-10"), temp.Combine("2019-09")], temp.Combine("index"))).Run();

        Assert.Equal((1, 0, 2), (update.Added, update.Updated, update.Unchanged));
        Assert.Equal(["001.txt", "2019-10/001.txt", "2019-11/001.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_renamed_file_whose_new_id_is_taken_gets_the_folders_above_and_is_still_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("a/001.txt", "Judul A\nIsi A.\n");
        temp.Write("a/b/001.txt", "Judul AB\nIsi AB.\n");
        temp.Write("arsip/b/001.txt", "Judul B\nIsi B.\n");
        var request = new IndexRequest([temp.Combine("a"), temp.Combine("arsip", "b")], temp.Combine("index"));

        var summary = new IndexBuilder(request).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal(["001.txt", "arsip/b/001.txt", "b/001.txt"], Articles(temp.Combine("index")));
        Assert.Equal(3, new IndexBuilder(request).Run().Unchanged);
    }

    [Theory]
    [InlineData("m", "m/x")]
    [InlineData("m/x", "m")]
    public void A_corpus_folder_inside_another_and_a_second_link_to_a_file_are_read_once(string first, string second)
    {
        using var temp = new TempFolder();
        temp.Write("m/x/a.txt", "Judul A\nIsi A.\n");
        temp.Write("m/x/sub/b.txt", "Judul B\nIsi B.\n");
        temp.Write("m/y/a.txt", "Judul C\nIsi C.\n");
        File.CreateSymbolicLink(temp.Combine("m", "y", "link.txt"), temp.Combine("m", "x", "a.txt"));
        var request = new IndexRequest([temp.Combine(first), temp.Combine(second)], temp.Combine("index"));

        var summary = new IndexBuilder(request).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal(3, summary.Articles);
        Assert.Equal(3, Articles(temp.Combine("index")).Count);
    }

    private sealed class SynchronousProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_first_build_killed_while_committing_is_no_index_and_the_next_run_builds_it(bool rebuild)
    {
        // The state a SIGKILL leaves while Lucene syncs the segment files of the first commit: segments_1 written
        // without its end, no segments.gen. Lucene's writer refused such a folder even with --rebuild.
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        CutFirstCommitShort(temp.Combine("index"));

        var summary = new IndexBuilder(request with { Rebuild = rebuild }).Run();

        Assert.Equal(2, summary.Added);
        Assert.Equal(["a.txt", "b.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_first_build_killed_while_committing_is_reported_as_no_index_not_damage()
    {
        using var temp = new TempFolder();
        BuildOneArticleThenCutItsCommitShort(temp);

        var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(temp.Combine("index")));

        Assert.StartsWith($"no index in '{temp.Combine("index")}' yet: its first build stopped before it committed", error.Message);
    }

    [Fact]
    public void A_first_commit_being_written_by_a_live_run_is_reported_as_being_built_not_as_stopped()
    {
        // While a first build syncs its segment files, its commit point is as short as a killed one's; the run
        // holding the lock is what tells them apart.
        using var temp = new TempFolder();
        BuildOneArticleThenCutItsCommitShort(temp);

        using (IndexLock.Acquire(temp.Combine("index")))
        {
            var error = Assert.Throws<SearchIndexException>(() => IndexOpener.Open(temp.Combine("index")));

            Assert.StartsWith($"no index in '{temp.Combine("index")}' yet: another searchindex run (pid {Environment.ProcessId}, started ", error.Message);
        }
    }

    [Fact]
    public void A_search_of_the_default_index_builds_it_again_after_a_first_build_killed_while_committing()
    {
        using var temp = new TempFolder();
        BuildOneArticleThenCutItsCommitShort(temp);

        var summary = FirstRunBuild.Run(temp.Combine("corpus"), temp.Combine("index"), _ => { });

        Assert.Equal(1, summary?.Added);
        Assert.Equal(["a.txt"], Articles(temp.Combine("index")));
    }

    [Fact]
    public void A_search_whose_first_build_is_interrupted_commits_nothing_so_the_next_search_builds_it_whole()
    {
        // A search builds the default index only when there is none. Interrupted (Ctrl-C, SIGTERM) after its first
        // articles, it committed them, "run the same command again to finish": the same search then searched those
        // articles alone, and every later one too, until someone ran `searchindex index`.
        using var temp = new TempFolder();
        for (var i = 0; i < 20; i++)
        {
            temp.Write($"corpus/a{i:00}.txt", $"Judul {i}\nIsi artikel nomor {i} tentang banjir.\n");
        }

        using var interrupt = new CancellationTokenSource();
        var progress = new SynchronousProgress(report =>
        {
            if (report.BytesDone > 0)
            {
                interrupt.Cancel(); // after the first file: it is indexed, the rest is not read
            }
        });

        var error = Assert.Throws<SearchIndexException>(() =>
            FirstRunBuild.Run(temp.Combine("corpus"), temp.Combine("index"), _ => { }, progress, interrupt.Token));

        Assert.Equal(ErrorKind.Cancelled, error.Kind);
        Assert.Equal("interrupted: nothing was committed, so there is still no index; the next search builds it", error.Message);
        Assert.Empty(System.IO.Directory.GetFiles(temp.Combine("index"), "segments_*"));
        Assert.Equal(20, FirstRunBuild.Run(temp.Combine("corpus"), temp.Combine("index"), _ => { })?.Added);
        Assert.Equal(20, Articles(temp.Combine("index")).Count);
    }

    [Fact]
    public void A_damaged_commit_beside_segments_gen_is_still_damage()
    {
        // segments.gen is written only after a commit is complete: this commit was, so its damage is reported, and
        // the index is not taken for none.
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        var commit = System.IO.Directory.GetFiles(temp.Combine("index"), "segments_*").Single();
        using (var stream = File.Open(commit, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        Assert.Contains("is damaged", Assert.Throws<SearchIndexException>(() => IndexOpener.Open(temp.Combine("index"))).Message);
        Assert.Contains("is damaged", Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run()).Message);
    }

    [Fact]
    public void A_completed_commit_without_segments_gen_whose_segment_is_damaged_is_damage_and_kept()
    {
        // An index copied without segments.gen, one segment's info damaged: its commit point was completed (it ends
        // with Lucene's footer), so it is no first build cut short, and an update must not delete it as one.
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        new IndexBuilder(request).Run();
        File.Delete(temp.Combine("index", "segments.gen"));
        var segmentInfo = Assert.Single(System.IO.Directory.GetFiles(temp.Combine("index"), "*.si"));
        using (var stream = File.Open(segmentInfo, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var files = System.IO.Directory.GetFiles(temp.Combine("index")).Order().ToList();

        Assert.Contains("is damaged", Assert.Throws<SearchIndexException>(() => IndexOpener.Open(temp.Combine("index"))).Message);
        Assert.Contains("is damaged", Assert.Throws<SearchIndexException>(() => new IndexBuilder(request).Run()).Message);
        Assert.Equal(files, System.IO.Directory.GetFiles(temp.Combine("index")).Order());
    }

    /// <summary>A one-article index in <c>temp/index</c> whose first commit is then cut short, as a killed run leaves it.</summary>
    private static void BuildOneArticleThenCutItsCommitShort(TempFolder temp)
    {
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();
        CutFirstCommitShort(temp.Combine("index"));
    }

    /// <summary>Leaves the index's one commit as a kill during its sync does: cut short, and no segments.gen.</summary>
    private static void CutFirstCommitShort(string index)
    {
        var commit = Assert.Single(System.IO.Directory.GetFiles(index, "segments_*"));
        Assert.EndsWith("segments_1", commit);
        using (var stream = File.Open(commit, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        File.Delete(Path.Combine(index, "segments.gen"));
    }

    private static List<string> Articles(string index)
    {
        var (directory, reader) = IndexOpener.Open(index);
        using (directory)
        using (reader)
        {
            var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
            return Enumerable.Range(0, reader.MaxDoc)
                .Where(d => live?.Get(d) ?? true)
                .Select(d => reader.Document(d).Get(IndexSchema.Article))
                .Distinct().Order(StringComparer.Ordinal).ToList();
        }
    }
}
