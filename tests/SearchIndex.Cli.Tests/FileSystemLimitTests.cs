namespace SearchIndex.Cli.Tests;

/// <summary>
/// A full disk and a read-only index folder, made real with small tmpfs mounts (CI runs as root, which mounting
/// needs; as another user these tests fail with a message saying so rather than pass without checking).
/// </summary>
public sealed class FileSystemLimitTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<string> _mounts = [];

    [Fact]
    public void Full_disk_is_a_clear_error_and_the_last_commit_survives()
    {
        var corpus = _temp.Combine("corpus");
        var indexDir = Mount("index", "size=600k");
        GeneratedCorpus.Write(corpus, 0, 20);
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        GeneratedCorpus.Write(corpus, 20, 2000);

        var (code, _, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);

        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("No space left on device", error);
        Assert.Contains(indexDir, error);
        Assert.Equal(20, IndexProbe.ArticleCount(indexDir));
    }

    [Fact]
    public void Full_disk_during_a_first_build_does_not_promise_a_commit_it_never_made()
    {
        var corpus = _temp.Combine("corpus");
        var indexDir = Mount("index", "size=300k");
        GeneratedCorpus.Write(corpus, 0, 2000);

        var (code, _, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);

        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains($"cannot write index '{indexDir}': No space left on device; nothing was committed, so there is no index yet", error);
        Assert.DoesNotContain("intact", error);
    }

    [Fact]
    public void Update_on_a_nearly_full_disk_needs_room_for_its_changes_not_for_the_segments_they_replace()
    {
        var corpus = _temp.Combine("corpus");
        var indexDir = Mount("index", "size=12m");
        GeneratedCorpus.Write(corpus, 0, 2000);
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        // Room for the changed articles' new segment, not for a copy of the segments that hold their old paragraphs.
        var held = Directory.GetFiles(indexDir).Sum(f => new FileInfo(f).Length);
        var filler = Path.Combine(indexDir, "filler");
        var free = new DriveInfo(indexDir).AvailableFreeSpace;
        File.WriteAllBytes(filler, new byte[Math.Max(0, free - (held / 2))]);
        GeneratedCorpus.Write(corpus, 0, 300, variant: "diubah");

        var (code, output, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir, "--json");

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        using (var summary = System.Text.Json.JsonDocument.Parse(output))
        {
            Assert.Equal(300, summary.RootElement.GetProperty("updated").GetInt32());
        }

        Assert.Equal(2000, IndexProbe.ArticleCount(indexDir));
        Assert.Equal(300, SearchHits(indexDir, "diubah"));
    }

    [Fact]
    public void Share_unmounted_inside_the_corpus_keeps_its_articles_until_its_folder_is_deleted()
    {
        var corpus = _temp.Combine("corpus");
        GeneratedCorpus.Write(corpus, 0, 3);
        var share = Mount(Path.Combine("corpus", "share"), "size=1m");
        GeneratedCorpus.Write(share, 3, 2);
        var indexDir = _temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        Unmount(share);

        // Unmounted, the share is an empty folder: taken as deleted, its articles went, exit 0.
        for (var night = 0; night < 2; night++)
        {
            var (code, _, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);
            Assert.Equal(2, code);
            Assert.Equal($"searchindex: {Path.Combine(corpus, "share")}: nothing is mounted on this folder, which was a mount point when the index was last updated: its 2 indexed articles are kept; mount it and run again, or delete the folder to remove them", error.Trim());
            Assert.Equal(5, IndexProbe.ArticleCount(indexDir));
        }

        Directory.Delete(share);
        var (removedCode, removedOutput, removedError) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);
        Assert.True(removedCode == 0, removedError);
        Assert.Contains("2 articles removed", removedOutput);
        Assert.Equal(3, IndexProbe.ArticleCount(indexDir));
    }

    [Fact]
    public void Unmounted_share_of_a_later_root_counts_only_its_own_articles_as_kept()
    {
        // --corpus 2019 --corpus 2020, each with kompas/: the 2020 share's 001.txt is indexed as '2020/kompas/001.txt'
        // (2019 took 'kompas/001.txt'), its 002.txt as 'kompas/002.txt'.
        var y2019 = _temp.Combine("2019");
        Directory.CreateDirectory(Path.Combine(y2019, "kompas"));
        File.WriteAllText(Path.Combine(y2019, "kompas", "001.txt"), "Judul A\nIsi artikel A tentang banjir.\n");
        var y2020 = _temp.Combine("2020");
        var share = Mount(Path.Combine("2020", "kompas"), "size=1m");
        File.WriteAllText(Path.Combine(share, "001.txt"), "Judul B\nIsi artikel B tentang gempa.\n");
        File.WriteAllText(Path.Combine(share, "002.txt"), "Judul C\nIsi artikel C tentang kebakaran.\n");
        var indexDir = _temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", y2019, "--corpus", y2020, "--index", indexDir, "--quiet").ExitCode);
        Unmount(share);

        // The count took in 2019's kompas/001.txt, which is read from its file, not kept: "its 3 indexed articles".
        var (code, output, error) = ChildProcess.Run("index", "--corpus", y2019, "--corpus", y2020, "--index", indexDir, "--json", "--quiet");

        Assert.Equal(2, code);
        Assert.Contains("its 2 indexed articles are kept", error);
        using var summary = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(2, summary.RootElement.GetProperty("kept").GetInt32());
        Assert.Equal(3, IndexProbe.ArticleCount(indexDir));
    }

    [Fact]
    public void Unmounted_share_with_a_marker_file_keeps_its_articles()
    {
        var corpus = _temp.Combine("corpus");
        GeneratedCorpus.Write(corpus, 0, 3);
        Directory.CreateDirectory(Path.Combine(corpus, "share"));
        File.WriteAllText(Path.Combine(corpus, "share", ".not-mounted"), "");
        File.WriteAllText(Path.Combine(corpus, "share", "README"), "the archive share is mounted here\n");
        var share = Mount(Path.Combine("corpus", "share"), "size=1m");
        GeneratedCorpus.Write(share, 3, 2);
        var indexDir = _temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        Unmount(share);

        // The marker under the mount point made the folder look not empty, so deleted: its articles went, exit 0.
        var (code, _, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);

        Assert.Equal(2, code);
        Assert.Contains("nothing is mounted on this folder", error);
        Assert.Equal(5, IndexProbe.ArticleCount(indexDir));
    }

    [Fact]
    public void Share_under_a_corpus_reached_through_a_linked_folder_keeps_its_articles()
    {
        // The corpus given through a link to its parent folder (as /home -> /data/home): the kernel names the mount
        // point by the real path, and the share compared under the linked one was never recorded.
        var corpus = _temp.Combine("real", "corpus");
        GeneratedCorpus.Write(corpus, 0, 3);
        var share = Mount(Path.Combine("real", "corpus", "share"), "size=1m");
        GeneratedCorpus.Write(share, 3, 2);
        Directory.CreateSymbolicLink(_temp.Combine("linked"), _temp.Combine("real"));
        var linkedCorpus = _temp.Combine("linked", "corpus");
        var indexDir = _temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", linkedCorpus, "--index", indexDir, "--quiet").ExitCode);
        Unmount(share);

        var (code, _, error) = ChildProcess.Run("index", "--corpus", linkedCorpus, "--index", indexDir);

        Assert.Equal(2, code);
        Assert.Contains("nothing is mounted on this folder", error);
        Assert.Equal(5, IndexProbe.ArticleCount(indexDir));
    }

    [Fact]
    public void Share_mounted_after_the_last_commit_is_recorded_though_no_article_changed()
    {
        var corpus = _temp.Combine("corpus");
        GeneratedCorpus.Write(corpus, 0, 3);
        GeneratedCorpus.Write(Path.Combine(corpus, "share"), 3, 2);
        var indexDir = _temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        // The folder moved onto a share, the same articles in it: the update finds nothing changed.
        Directory.Delete(Path.Combine(corpus, "share"), recursive: true);
        var share = Mount(Path.Combine("corpus", "share"), "size=1m");
        GeneratedCorpus.Write(share, 3, 2);
        var (code, output, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);
        Assert.True(code == 0, error);
        Assert.Contains("5 articles unchanged", output);
        Unmount(share);

        // It committed nothing, so the share was never recorded: unmounted, its articles were removed, exit 0.
        var (unmountedCode, _, unmountedError) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);

        Assert.Equal(2, unmountedCode);
        Assert.Contains("nothing is mounted on this folder", unmountedError);
        Assert.Equal(5, IndexProbe.ArticleCount(indexDir));
    }

    [Fact]
    public void Share_mounted_within_an_unmounted_share_stays_recorded_through_a_commit()
    {
        var corpus = _temp.Combine("corpus");
        GeneratedCorpus.Write(corpus, 0, 3);
        var share = Mount(Path.Combine("corpus", "share"), "size=1m");
        GeneratedCorpus.Write(share, 3, 2);
        var inner = Mount(Path.Combine("corpus", "share", "inner"), "size=1m");
        GeneratedCorpus.Write(inner, 5, 2);
        var indexDir = _temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        foreach (var mount in new[] { inner, share })
        {
            Unmount(mount);
        }

        // Both unmounted, while another article changed: this run commits, the outer share's articles (and the inner
        // one's, under it) kept.
        GeneratedCorpus.Write(corpus, 0, 1, variant: "diubah");
        Assert.Equal(2, ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir).ExitCode);
        Assert.Equal(7, IndexProbe.ArticleCount(indexDir));

        // The outer share back alone: the inner one is an empty folder again, and its articles were removed, exit 0.
        Mount(Path.Combine("corpus", "share"), "size=1m");
        GeneratedCorpus.Write(share, 3, 2);
        Directory.CreateDirectory(inner);
        var (code, _, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);

        Assert.Equal(2, code);
        Assert.Contains($"{inner}: nothing is mounted on this folder", error);
        Assert.Equal(7, IndexProbe.ArticleCount(indexDir));
    }

    [Fact]
    public void Read_only_index_folder_is_a_clear_error()
    {
        var indexDir = Mount("index", "ro,size=100k");

        var (code, _, error) = ChildProcess.Run("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir);

        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(indexDir, error);
        Assert.Contains("read-only", error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        foreach (var mount in _mounts)
        {
            Run("umount", mount);
        }

        _temp.Dispose();
    }

    private string Mount(string name, string options)
    {
        Assert.True(Environment.UserName == "root", "mounting a tmpfs needs root (CI runs as root)");
        var path = _temp.Combine(name);
        Directory.CreateDirectory(path);
        Assert.Equal(0, Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path));
        _mounts.Add(path);
        return path;
    }

    private static int SearchHits(string indexDir, string word)
    {
        var (code, output, error) = ChildProcess.Run("search", word, "--index", indexDir, "--count-by", "source", "--format", "jsonl");
        Assert.True(code == 0, error);
        using var summary = System.Text.Json.JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        return summary.RootElement.GetProperty("data").GetProperty("articles").GetInt32();
    }

    /// <summary>Unmounts a folder this test mounted, as a share goes away under a nightly update.</summary>
    private void Unmount(string path)
    {
        Assert.Equal(0, Run("umount", path));
        _mounts.Remove(path);
    }

    private static int Run(string program, params string[] args)
    {
        using var process = ChildProcess.StartProgram(program, args);
        process.WaitForExit();
        return process.ExitCode;
    }
}
