using System.Diagnostics;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// Killing an index run at any moment leaves the last commit intact and searchable; Ctrl-C stops at a commit point;
/// the next run completes the update. Runs the real CLI as a child process on a generated corpus.
/// </summary>
public class CrashSafetyTests
{
    private const int BaseArticles = 600;
    private const int AddedArticles = 600;
    private const int Changed = 50;
    private const int InterruptedArticles = 6_000;

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

    [Fact]
    public void Ctrl_c_commits_finished_articles_and_exits_130()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("corpus");
        var indexDir = temp.Combine("index");
        GeneratedCorpus.Write(corpus, 0, InterruptedArticles);

        using var run = ChildProcess.Start("index", "--corpus", corpus, "--index", indexDir, "--quiet");
        // The owner file appears once the lock is taken, before any article is read. The corpus is big enough (about
        // 2.6 s of indexing on a quiet 2-core machine; with 1,200 articles, 1.3 s, the signal sometimes came too late)
        // that the signal lands mid-run.
        var clock = Stopwatch.StartNew();
        WaitForFile(Path.Combine(indexDir, IndexLock.OwnerFileName));
        var locked = clock.Elapsed;
        using (var kill = ChildProcess.StartProgram("kill", "-INT", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            kill.WaitForExit();
        }

        var signalled = clock.Elapsed;
        var stderr = run.StandardError.ReadToEnd();
        run.WaitForExit();
        Assert.True(run.ExitCode == 130,
            $"exit {run.ExitCode}; lock taken after {locked.TotalMilliseconds:F0} ms, signal sent at {signalled.TotalMilliseconds:F0} ms, "
            + $"exit at {clock.Elapsed.TotalMilliseconds:F0} ms; stderr: {stderr}");
        Assert.Contains("interrupted", stderr);
        var committed = IndexProbe.ArticleCount(indexDir);
        var (code, output, _) = ChildProcess.Run("index", "--corpus", corpus, "--index", indexDir, "--json");
        Assert.Equal(0, code);
        Assert.Contains($"\"unchanged\":{committed}", output);
        Assert.Equal(InterruptedArticles, IndexProbe.ArticleCount(indexDir));
    }

    private static void WaitForFile(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(path))
        {
            Assert.True(DateTime.UtcNow < deadline, path + " did not appear within 30 s");
            Thread.Sleep(20);
        }
    }
}
