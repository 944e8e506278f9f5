using System.Collections.Concurrent;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// The threads a build analyses on. The analyzer keeps its chains per thread, each stemmed chain with a root cache of
/// 11 MB, so every extra thread that analyses holds 22 MB more until the run ends.
/// </summary>
public class WorkerThreadTests
{
    [Fact]
    public void Articles_are_analysed_on_no_more_threads_than_there_are_workers()
    {
        using var temp = new TempFolder();
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        WriteArticles(temp, "unchanged", 40);
        new IndexBuilder(request).Run();
        WriteArticles(temp, "new", 4);

        // An update where a few new articles come between runs of unchanged ones, so the workers wait on an empty
        // queue again and again, with other work on the pool, as in any long build: a worker that waited went on on
        // whichever idle pool thread was woken, and by the end many of the pool's threads had analysed.
        GrowThePool(8);
        var threads = new ConcurrentDictionary<int, byte>();
        var update = new IndexBuilder(request) { AfterArticle = () => threads.TryAdd(Environment.CurrentManagedThreadId, 0) };
        using var stop = new CancellationTokenSource();
        var otherWork = KeepThePoolBusy(stop.Token);

        var summary = update.Run();

        stop.Cancel();
        otherWork.Join();
        Assert.Equal(Blocks * 4, summary.Added);
        Assert.InRange(threads.Count, 1, IndexBuilder.WorkerCount);
    }

    private const int Blocks = 40;

    /// <summary>Writes <paramref name="count"/> articles into each of the corpus's blocks (folders read in turn).</summary>
    private static void WriteArticles(TempFolder temp, string kind, int count)
    {
        for (var block = 0; block < Blocks; block++)
        {
            for (var i = 0; i < count; i++)
            {
                temp.Write($"corpus/{block:D2}/{kind}{i:D3}.txt", $"Judul Berita {kind} {block} {i}\nPolisi menangkap pelaku pencurian nomor {i} di Kediri.\n");
            }
        }
    }

    /// <summary>
    /// Leaves the pool with <paramref name="threads"/> idle threads, as a long build's pool grows to (its workers block
    /// while Lucene flushes a segment, and the pool adds threads).
    /// </summary>
    private static void GrowThePool(int threads)
    {
        ThreadPool.GetMinThreads(out var workerThreads, out var ioThreads);
        ThreadPool.SetMinThreads(Math.Max(workerThreads, threads), ioThreads);
        using var all = new Barrier(threads);
        Task.WaitAll([.. Enumerable.Range(0, threads).Select(_ => Task.Run(() => all.SignalAndWait(TimeSpan.FromSeconds(10))))]);
    }

    /// <summary>Short work items on the pool until stopped, as a host's timers and callbacks run.</summary>
    private static Thread KeepThePoolBusy(CancellationToken stop)
    {
        var thread = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Task.WaitAll([.. Enumerable.Range(0, 4).Select(_ => Task.Run(() => Thread.SpinWait(1000)))]);
                Thread.Sleep(1);
            }
        });
        thread.Start();
        return thread;
    }
}
