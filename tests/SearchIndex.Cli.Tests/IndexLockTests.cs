using SearchIndex.Core;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Cli.Tests;

/// <summary>Two processes never write one index: the second fails fast, names the first, and harms nothing.</summary>
public class IndexLockTests
{
    [Fact]
    public void Second_index_run_fails_fast_naming_the_first_and_harms_nothing()
    {
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--quiet").ExitCode);
        var filesBefore = Directory.GetFiles(indexDir).Select(Path.GetFileName).Order().ToList();

        using (IndexLock.Acquire(indexDir))
        {
            var (code, _, error) = ChildProcess.Run("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--rebuild");

            Assert.Equal(2, code);
            Assert.Contains("being updated by another searchindex run", error);
            Assert.Contains($"pid {Environment.ProcessId}", error);
        }

        Assert.Equal(filesBefore, Directory.GetFiles(indexDir).Select(Path.GetFileName).Order().ToList());
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--quiet").ExitCode);
    }

    [Fact]
    public void Waiting_for_a_held_lock_is_bounded_and_names_the_holder()
    {
        using var temp = new TempFolder();
        using var holder = IndexLock.Acquire(temp.Path);
        var notices = new List<string?>();

        var error = Assert.Throws<SearchIndexException>(() => IndexLock.Acquire(temp.Path, TimeSpan.FromMilliseconds(300), notices.Add));

        Assert.Equal(ErrorKind.Index, error.Kind);
        Assert.Contains($"still being updated by another searchindex run (pid {Environment.ProcessId}, started ", error.Message);
        Assert.Contains("after waiting 0.3 seconds", error.Message);
        Assert.StartsWith($"pid {Environment.ProcessId}, started ", Assert.Single(notices)!);
    }

    [Fact]
    public void Lock_held_by_another_process_is_exclusive()
    {
        using var temp = new TempFolder();
        using var holder = StartExternalHolder(temp.Path);
        try
        {

            var error = Assert.Throws<SearchIndexException>(() => IndexLock.Acquire(temp.Path));
            Assert.Equal(ErrorKind.Index, error.Kind);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
    }

    [Fact]
    public void Lock_of_a_killed_process_is_released_by_the_kernel()
    {
        using var temp = new TempFolder();
        using var holder = StartExternalHolder(temp.Path);

        holder.Kill(entireProcessTree: true);
        holder.WaitForExit();

        using var taken = IndexLock.Acquire(temp.Path);
        Assert.True(File.Exists(temp.Combine(IndexLock.OwnerFileName)));
    }

    /// <summary>Another process (flock(1)) takes the lock file in <paramref name="folder"/> and holds it for a minute.</summary>
    private static System.Diagnostics.Process StartExternalHolder(string folder)
    {
        var lockFile = Path.Combine(folder, IndexLock.LockFileName);
        File.WriteAllText(lockFile, "");
        var holder = ChildProcess.StartProgram("flock", "--exclusive", "--close", lockFile, "sleep", "60");
        WaitUntil(() => !CanAcquire(folder));
        return holder;
    }

    private static bool CanAcquire(string folder)
    {
        try
        {
            using var taken = IndexLock.Acquire(folder);
            return true;
        }
        catch (SearchIndexException)
        {
            return false;
        }
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the lock holder did not take the lock within 20 s");
            Thread.Sleep(50);
        }
    }
}
