using System.Diagnostics;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// A corpus folder whose full path is past Linux's 4096-byte limit (deep nesting, or a corpus moved under a longer
/// folder) cannot be listed. It had been passed over without a word: its articles were never indexed, exit 0, and an
/// update from the moved corpus was refused as one that "would remove 1 article not found there".
/// </summary>
public sealed class LongPathTests
{
    private const string DeepName = "dalam";

    [Fact]
    public void A_folder_past_the_path_limit_is_named_not_passed_over()
    {
        using var temp = new TempFolder();
        using var removal = new DeepRemoval(temp.Path);
        temp.Write("corpus/top.txt", "Judul Atas\nBerita atas tentang gempa.\n");
        var deep = DeepFolder(temp.Combine("corpus"), steps: (4096 - temp.Combine("corpus").Length) / 201 + 1);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        var error = Assert.Single(summary.Errors);
        // The first folder down the chain that is past the limit, named by its path.
        Assert.StartsWith(error.Path + "/", deep, StringComparison.Ordinal);
        Assert.InRange(error.Path.Length, 4096, 4096 + 200);
        Assert.StartsWith("cannot list folder: its path is over the system's limit of 4096 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_moved_so_deep_a_folder_is_past_the_path_limit_keeps_that_folders_articles()
    {
        using var temp = new TempFolder();
        using var removal = new DeepRemoval(temp.Path);
        temp.Write("c/top.txt", "Judul Atas\nBerita atas tentang gempa.\n");
        // Under the limit where it is, over it under a folder 250 bytes longer.
        DeepFolder(temp.Combine("c"), steps: (4096 - 20 - temp.Combine("c").Length) / 201);
        new IndexBuilder(new IndexRequest([temp.Combine("c")], temp.Combine("index"))).Run();

        var longer = temp.Combine(new string('p', 250));
        System.IO.Directory.CreateDirectory(longer);
        System.IO.Directory.Move(temp.Combine("c"), Path.Combine(longer, "c"));
        var summary = new IndexBuilder(new IndexRequest([Path.Combine(longer, "c")], temp.Combine("index"))).Run();

        Assert.Equal((0, 1, 1), (summary.Removed, summary.Unchanged, summary.Kept));
        Assert.Contains("4096 bytes", Assert.Single(summary.Errors).Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="steps"/> folders of 200-byte names under <paramref name="root"/>, then <see cref="DeepName"/> holding an article. Made by <c>sh</c> a step at a time, from inside, as .NET cannot
    /// name a path that long (<c>-P</c>: dash changes to a logical path by its whole name, which fails there too).
    /// </summary>
    private static string DeepFolder(string root, int steps)
    {
        var name = new string('d', 200);
        var script = string.Concat(Enumerable.Repeat($"mkdir {name} && cd -P {name} && ", steps))
            + $"mkdir {DeepName} && cd -P {DeepName} && printf 'Judul Dalam\\nBerita dalam tentang gempa.\\n' > a.txt";
        using var sh = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { WorkingDirectory = root })!;
        sh.WaitForExit();
        Assert.Equal(0, sh.ExitCode);
        return root + string.Concat(Enumerable.Repeat("/" + name, steps)) + "/" + DeepName;
    }

    /// <summary>Removes the folder with <c>rm -rf</c>: .NET's own recursive delete fails on a path that long.</summary>
    private sealed class DeepRemoval(string folder) : IDisposable
    {
        public void Dispose()
        {
            using var rm = Process.Start("rm", ["-rf", folder]);
            rm.WaitForExit();
        }
    }
}
