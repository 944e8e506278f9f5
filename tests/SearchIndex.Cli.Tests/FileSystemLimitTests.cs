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
    public void Full_disk_while_an_update_rewrites_its_segments_is_a_clear_error_and_the_last_commit_survives()
    {
        var corpus = _temp.Combine("corpus");
        var indexDir = Mount("index", "size=12m");
        GeneratedCorpus.Write(corpus, 0, 2000);
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        // Room for the changed articles' new segment, not for rewriting the one that held their old paragraphs.
        var held = Directory.GetFiles(indexDir).Sum(f => new FileInfo(f).Length);
        var free = new DriveInfo(indexDir).AvailableFreeSpace;
        File.WriteAllBytes(Path.Combine(indexDir, "filler"), new byte[Math.Max(0, free - (held / 2))]);
        GeneratedCorpus.Write(corpus, 0, 300, variant: "diubah");

        var (code, _, error) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir);

        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains($"cannot write index '{indexDir}': No space left on device", error);
        Assert.Equal(2000, IndexProbe.ArticleCount(indexDir));
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

    private static int Run(string program, params string[] args)
    {
        using var process = ChildProcess.StartProgram(program, args);
        process.WaitForExit();
        return process.ExitCode;
    }
}
