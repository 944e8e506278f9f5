using System.Diagnostics;
using System.Globalization;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// An update's segment rewrite on a disk that fills, made real with a small tmpfs (CI runs as root, which mounting
/// needs; as another user this test fails with a message saying so rather than pass without checking).
/// </summary>
public sealed class RewriteDiskFullTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string? _mounted;

    [Fact]
    public void A_rewrite_that_fills_the_disk_though_the_estimate_left_room_commits_the_changes_without_it()
    {
        var index = Mount("index", "size=12m");
        for (var n = 0; n < 2000; n++)
        {
            _temp.Write(ArticlePath(n), Article(n, ""));
        }

        var request = new IndexRequest([_temp.Combine("corpus")], index);
        new IndexBuilder(request).Run();
        for (var n = 0; n < 300; n++)
        {
            _temp.Write(ArticlePath(n), Article(n, "diubah"));
        }

        // Room when the estimate is made, none once the rewrite starts: another program filled the disk meanwhile
        // (or the estimate fell short). The rewrite failed, and with it the run: its 300 changes were not committed.
        var filler = Path.Combine(index, "filler");
        var summary = new IndexBuilder(request) { BeforeRewrite = () => Fill(filler, leave: 256 * 1024) }.Run();

        Assert.Equal(300, summary.Updated);
        Assert.True(summary.DeferredRewrite is { DiskFilled: true, DeletedParagraphs: > 0 }, $"{summary.DeferredRewrite}");
        Assert.Contains("rewriting their segments filled the disk", summary.DeferredRewrite!.Note);

        // The changes are in, and with room again the next run rewrites the segments.
        File.Delete(filler);
        var next = new IndexBuilder(request).Run();
        Assert.Equal((0, 2000), (next.Updated, next.Unchanged));
        Assert.Null(next.DeferredRewrite);
    }

    public void Dispose()
    {
        if (_mounted is not null)
        {
            Run("umount", _mounted);
        }

        _temp.Dispose();
    }

    private static string ArticlePath(int n) => string.Create(CultureInfo.InvariantCulture, $"corpus/berita-{n:D5}.txt");

    private static string Article(int n, string variant) =>
        FormattableString.Invariant($"Berita nomor {n} {variant}\n")
        + string.Concat(Enumerable.Range(0, 8).Select(p => FormattableString.Invariant(
            $"Pemerintah daerah {n} membahas anggaran pembangunan jalan dan jembatan tahap {p} bersama warga desa penanda{n}x{p} {variant}\n")));

    private string Mount(string name, string options)
    {
        Assert.True(Environment.UserName == "root", "mounting a tmpfs needs root (CI runs as root)");
        var path = _temp.Combine(name);
        Directory.CreateDirectory(path);
        Assert.Equal(0, Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path));
        _mounted = path;
        return path;
    }

    /// <summary>Writes <paramref name="path"/> until the disk has only <paramref name="leave"/> bytes free.</summary>
    private static void Fill(string path, long leave)
    {
        var free = new DriveInfo(Path.GetDirectoryName(path)!).AvailableFreeSpace;
        File.WriteAllBytes(path, new byte[Math.Max(0, free - leave)]);
    }

    private static int Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
