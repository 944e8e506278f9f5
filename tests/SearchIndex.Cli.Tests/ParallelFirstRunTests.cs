using System.Diagnostics;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// Searches started together on a fresh checkout (a script firing queries in parallel): one builds the index, the
/// others wait for it and search its commit; an explicit <c>index</c> run still fails fast (see <see cref="IndexLockTests"/>).
/// </summary>
public class ParallelFirstRunTests
{
    private const string Waiting = "waiting for another run";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Searches_started_together_build_the_index_once_and_all_search_it(bool outdatedIndex)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("corpus"));
        File.Copy(Path.Combine(RepositoryPaths.SampleCorpus, "tribunnews-kim-putin.txt"), temp.Combine("corpus", "a.txt"));
        var indexDir = temp.Combine("index");
        Directory.CreateDirectory(indexDir);
        if (outdatedIndex)
        {
            Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", indexDir, "--quiet").ExitCode);
            AutoIndexTests.MarkAsBuiltBy(indexDir, IndexSchema.Version - 1, temp.Combine("corpus"));
        }

        var runs = new List<Run>();
        try
        {
            // The test holds the lock like a first run still building: both searches must find it held, so neither
            // can finish (nor build) before both have said they wait. No timing is involved.
            using (IndexLock.Acquire(indexDir))
            {
                runs.Add(Run.Start(temp.Path));
                runs.Add(Run.Start(temp.Path));
                foreach (var run in runs)
                {
                    await run.UntilWaiting().WaitAsync(TimeSpan.FromMinutes(1));
                }
            }

            // Released: one search takes the lock and builds; the other waits on, then searches what it built.
            foreach (var run in runs)
            {
                await run.Finish().WaitAsync(TimeSpan.FromMinutes(2));
            }
        }
        finally
        {
            runs.ForEach(r => r.Dispose());
        }

        var built = outdatedIndex ? "rebuilding it from corpus/" : "no index yet; indexing corpus/ first";
        Assert.All(runs, run =>
        {
            Assert.True(run.ExitCode == ExitCodes.Success, $"exit {run.ExitCode}; stderr: {run.Error}");
            Assert.Contains($"{Waiting} (pid {Environment.ProcessId}", run.Error);
            Assert.Single(run.Error.Split('\n'), line => line.Contains(Waiting, StringComparison.Ordinal));
            Assert.Contains("Putin", run.Out);
        });
        Assert.Single(runs, run => run.Error.Contains(built, StringComparison.Ordinal));
        Assert.Equal(runs[0].Out, runs[1].Out);
    }

    /// <summary>A <c>search Putin</c> child process in a checkout-like folder, its output read as it comes.</summary>
    private sealed class Run(Process process) : IDisposable
    {
        private readonly Task<string> _out = process.StandardOutput.ReadToEndAsync();
        private string _errorBeforeWaiting = "";

        public int ExitCode { get; private set; }
        public string Out { get; private set; } = "";
        public string Error { get; private set; } = "";

        public static Run Start(string folder) => new(ChildProcess.StartIn(folder, "search", "Putin"));

        /// <summary>Reads stderr until the run says it waits; fails if it ends without saying so.</summary>
        public async Task UntilWaiting()
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                _errorBeforeWaiting += line + "\n";
                if (line.Contains(Waiting, StringComparison.Ordinal))
                {
                    return;
                }
            }

            await process.WaitForExitAsync();
            Assert.Fail($"the search ended (exit {process.ExitCode}) without waiting; stderr: {_errorBeforeWaiting}");
        }

        public async Task Finish()
        {
            Error = _errorBeforeWaiting + await process.StandardError.ReadToEndAsync();
            Out = await _out;
            await process.WaitForExitAsync();
            ExitCode = process.ExitCode;
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }
    }
}
