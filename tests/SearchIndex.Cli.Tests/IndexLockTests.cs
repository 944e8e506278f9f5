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
    public void A_lock_file_deleted_while_a_run_holds_it_lets_no_second_run_in()
    {
        // The lock file stays after every run, so it looks like a stale lock to clear. Deleted under a running update,
        // the next run made a new one and locked it: both wrote the index, and both committed the same new articles.
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--quiet").ExitCode);

        using (IndexLock.Acquire(indexDir))
        {
            File.Delete(Path.Combine(indexDir, IndexLock.LockFileName));
            var (code, _, error) = ChildProcess.Run("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--rebuild");

            Assert.Equal(2, code);
            Assert.Contains("being updated by another searchindex run", error);
            Assert.Contains($"pid {Environment.ProcessId}", error);
        }

        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--quiet").ExitCode);
    }

    [Theory]
    [InlineData("search", "putin")]
    [InlineData("info")]
    public void A_search_while_the_first_build_runs_says_it_is_being_built_not_to_build_one(params string[] args)
    {
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        Directory.CreateDirectory(indexDir);

        using (IndexLock.Acquire(indexDir))
        {
            var run = CliRun.Of([.. args, "--index", indexDir]);

            Assert.Equal(ExitCodes.Error, run.Exit);
            Assert.StartsWith($"searchindex: no index in '{indexDir}' yet: another searchindex run (pid {Environment.ProcessId}, started ", run.Error);
            Assert.EndsWith(") is building it; wait for it to finish, then run again\n", run.Error);
        }

        // Once it is gone (here: released without committing), the usual advice.
        Assert.Contains("build one with 'searchindex index", CliRun.Of([.. args, "--index", indexDir]).Error);
    }

    [Fact]
    public void An_owner_file_left_by_a_killed_run_is_not_taken_for_a_build_in_progress()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine(IndexLock.OwnerFileName), "pid 2147483646, started 2026-01-01 00:00:00 UTC");

        Assert.Null(IndexLock.LiveHolder(temp.Path));
        Assert.Contains("build one with 'searchindex index", CliRun.Of(["search", "putin", "--index", temp.Path]).Error);
    }

    [Fact]
    public void An_owner_file_whose_pid_another_process_took_is_not_taken_for_a_build_in_progress()
    {
        // A run killed during its first build leaves its owner file; its pid is later reused (here: by this test
        // process, alive, but started at another time than the file records).
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine(IndexLock.OwnerFileName), $"pid {Environment.ProcessId}, started 2001-01-01 00:00:00 UTC");

        Assert.Null(IndexLock.LiveHolder(temp.Path));
        Assert.Contains("build one with 'searchindex index", CliRun.Of(["search", "putin", "--index", temp.Path]).Error);
    }

    [Fact]
    public void An_index_folder_made_read_only_is_one_line_not_a_crash()
    {
        // Root may write anywhere, so the run is made as 'nobody' (setpriv, util-linux), in a folder it owns whose
        // index subfolder it may no longer write: the lock file is there from the first run, its owner file is not.
        using var temp = new TempFolder();
        var corpus = temp.Write("c/a.txt", "Judul\nIsi berita.\n");
        var indexDir = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("c"), "--index", indexDir, "--quiet").ExitCode);
        Shell("chown", "-R", "65534:65534", temp.Path);
        Shell("chmod", "755", temp.Path);
        Shell("chmod", "555", indexDir);
        File.WriteAllText(corpus, "Judul\nIsi berita yang baru.\n");

        using var run = ChildProcess.StartProgram("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "dotnet", ChildProcess.CliDll, "index", "--corpus", temp.Combine("c"), "--index", indexDir);
        var error = run.StandardError.ReadToEnd();
        run.WaitForExit();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"searchindex: --index: cannot write to '{indexDir}'", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Shell("chmod", "755", indexDir);
    }

    [Fact]
    public void An_index_without_segments_gen_whose_commit_this_user_may_not_read_is_one_line_not_a_crash()
    {
        // The one commit point (no segments.gen beside it, as after a copy) is another user's, mode 600: telling an
        // unfinished first commit from it must not end the run with an unhandled UnauthorizedAccessException.
        using var temp = new TempFolder();
        temp.Write("c/a.txt", "Judul\nIsi berita.\n");
        var indexDir = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("c"), "--index", indexDir, "--quiet").ExitCode);
        File.Delete(Path.Combine(indexDir, "segments.gen"));
        Shell("chown", "-R", "65534:65534", temp.Path);
        Shell("chmod", "755", temp.Path);
        var commit = Path.Combine(indexDir, "segments_1");
        Shell("chown", "0:0", commit);
        Shell("chmod", "600", commit);

        using var run = ChildProcess.StartProgram("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "dotnet", ChildProcess.CliDll, "index", "--corpus", temp.Combine("c"), "--index", indexDir);
        var error = run.StandardError.ReadToEnd();
        run.WaitForExit();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"searchindex: cannot read index '{indexDir}'", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.True(File.Exists(commit));
    }

    private static void Shell(string program, params string[] args)
    {
        using var process = ChildProcess.StartProgram(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void A_refusal_does_not_name_a_killed_run_whose_owner_file_remains()
    {
        // A run killed with SIGKILL leaves its owner file. The next writer takes the lock and writes its own a moment
        // later; a run refused in that moment named the dead pid as the run to wait for.
        using var temp = new TempFolder();
        using var dead = ChildProcess.StartProgram("true");
        dead.WaitForExit();
        File.WriteAllText(Path.Combine(temp.Path, IndexLock.OwnerFileName), $"pid {dead.Id}, started 2026-11-27 10:00:00 UTC");
        using var holder = new FileStream(Path.Combine(temp.Path, IndexLock.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var error = Assert.Throws<SearchIndexException>(() => IndexLock.Acquire(temp.Path));

        Assert.DoesNotContain($"pid {dead.Id}", error.Message);
        Assert.Contains("another searchindex run (owner unknown)", error.Message);
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
