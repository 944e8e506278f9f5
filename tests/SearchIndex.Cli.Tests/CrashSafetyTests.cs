using System.Diagnostics;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// Killing an index run at any moment leaves the last commit intact and searchable; Ctrl-C stops at a commit point;
/// the next run completes the update. Runs the real CLI as a child process on a generated corpus.
/// </summary>
public class CrashSafetyTests
{
    private const int SigHup = 1;
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private const int SigCont = 18;
    private const int SigStop = 19;

    private const int BaseArticles = 600;
    private const int AddedArticles = 600;
    private const int Changed = 50;
    private const int InterruptedArticles = 3_000;

    [Fact]
    public void Sigkill_at_any_moment_leaves_the_last_commit_and_the_next_run_completes()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("corpus");
        var indexDir = temp.Combine("index");
        GeneratedCorpus.Write(corpus, 0, BaseArticles);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir, "--quiet").ExitCode);
        var fullRun = clock.Elapsed;
        GeneratedCorpus.Write(corpus, BaseArticles, AddedArticles);
        GeneratedCorpus.Write(corpus, 0, Changed, variant: "diperbarui");

        var committedEarly = false;
        foreach (var fraction in new[] { 0.15, 0.35, 0.55, 0.75, 0.95, 1.2 })
        {
            using var run = ChildProcess.Start("index", "--corpus", corpus, "--index", indexDir, "--quiet");
            Thread.Sleep(fullRun * fraction);
            var whileRunning = IndexProbe.ArticleCount(indexDir); // searchers see the last commit while a run goes on
            Assert.True(whileRunning is BaseArticles or BaseArticles + AddedArticles, $"a reader saw {whileRunning} articles");
            run.Kill(entireProcessTree: true);
            run.WaitForExit();

            var count = IndexProbe.ArticleCount(indexDir);
            // The new commit may be complete even if the kill landed before the process exited.
            Assert.True(count is BaseArticles or BaseArticles + AddedArticles,
                $"after SIGKILL at {fraction:P0} the index holds {count} articles: neither the old nor the new commit");
            if (count != BaseArticles)
            {
                committedEarly = true; // the run committed before the kill: nothing left to interrupt
                break;
            }
        }

        var (code, output, _) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir, "--json");
        Assert.Equal(0, code);
        Assert.Contains(committedEarly
            ? $"\"added\":0,\"updated\":0,\"removed\":0,\"unchanged\":{BaseArticles + AddedArticles}"
            : $"\"added\":{AddedArticles},\"updated\":{Changed},\"removed\":0,\"unchanged\":{BaseArticles - Changed}", output);
        Assert.Equal(BaseArticles + AddedArticles, IndexProbe.ArticleCount(indexDir));
    }

    [Theory]
    [InlineData(SigInt, "--quiet")] // Ctrl-C
    [InlineData(SigTerm, "--quiet")] // docker stop, systemd, kill
    [InlineData(SigTerm, "--json")] // a script: it gets a JSON object saying so
    [InlineData(SigHup, "--quiet")] // the ssh session of a build started by hand dropped
    public async Task Ctrl_c_sigterm_or_sighup_commits_finished_articles_and_exits_130(int stop, string outputOption)
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("corpus");
        var indexDir = temp.Combine("index");
        GeneratedCorpus.Write(corpus, 0, InterruptedArticles);

        // Racing a signal against the run was flaky (a busy CI machine sometimes sent it after the last article was
        // read). Instead the run is stopped (SIGSTOP) as soon as it holds the index lock, just before it reads the
        // corpus; the stop signal is sent while it is stopped and delivered when it continues, long before 3,000
        // articles are done. The lock's owner file is watched on this thread and the signals are system calls, so no
        // thread-pool task or spawned `kill` waits on a loaded machine. The run gets SIGINT's default handling
        // (StartInterruptible): tests started as a background job inherit SIGINT ignored, which is why this test
        // failed "exit 0" now and then. (Pipes in the corpus, used before, are now skipped unopened.)
        using var run = ChildProcess.StartInterruptible("index", "--corpus", corpus, "--index", indexDir, outputOption);
        var stderrTask = run.StandardError.ReadToEndAsync();
        var stdoutTask = run.StandardOutput.ReadToEndAsync();
        var owner = Path.Combine(indexDir, "searchindex.owner");
        Assert.True(SpinWait.SpinUntil(() => File.Exists(owner) || run.HasExited, TimeSpan.FromMinutes(1)), "the run never took the lock");
        foreach (var signal in new[] { SigStop, stop, SigCont })
        {
            Assert.Equal(0, Kill(run.Id, signal));
        }

        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var stderr = await stderrTask;
        Assert.True(run.ExitCode == 130, $"exit {run.ExitCode}; stderr: {stderr}");
        Assert.Contains("interrupted", stderr);
        var stdout = await stdoutTask;
        Assert.Equal(outputOption == "--json", stdout.StartsWith("{\"interrupted\":true,\"message\":\"interrupted: ", StringComparison.Ordinal));
        var committed = IndexProbe.ArticleCount(indexDir);
        Assert.InRange(committed, 0, InterruptedArticles - 1); // what was finished, not the rest

        var (code, output, _) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir, "--json");
        Assert.Equal(0, code);
        Assert.Contains($"\"unchanged\":{committed}", output);
        Assert.Equal(InterruptedArticles, IndexProbe.ArticleCount(indexDir));
    }

    [Theory]
    [InlineData(SigTerm, 143)]
    [InlineData(SigInt, 130)]
    [InlineData(SigHup, 129)]
    public async Task A_search_waiting_on_standard_input_ends_at_once_on_a_stop_signal(int signal, int status)
    {
        // Only an index build stops at a commit point; anything else ends as any tool does. A search that kept
        // waiting on its input after SIGTERM would make docker or systemd escalate to SIGKILL.
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", temp.Combine("index"), "--quiet").ExitCode);
        using var run = ChildProcess.StartWithInput("search", "--index", temp.Combine("index"), "--queries-file", "-");
        var stderr = run.StandardError.ReadToEndAsync();
        Thread.Sleep(1500); // started and reading its (open, empty) input

        Assert.Equal(0, Kill(run.Id, signal));

        Assert.True(run.WaitForExit(TimeSpan.FromSeconds(20)), "still running after the signal");
        Assert.Equal(status, run.ExitCode);
        Assert.DoesNotContain("Exception", await stderr);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
