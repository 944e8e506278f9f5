using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>Two index runs on one index, the second started while the first still holds the lock.</summary>
public class WriterRaceTests
{
    [Fact]
    public void A_run_that_scanned_while_another_built_the_index_is_refused_as_another_corpus()
    {
        using var temp = new TempFolder();
        temp.Write("archive/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("archive/b.txt", "Judul B\nIsi artikel B.\n");
        temp.Write("daily/c.txt", "Judul C\nIsi artikel C.\n");
        var index = temp.Combine("index");
        var first = new IndexBuilder(new IndexRequest([temp.Combine("archive"), temp.Combine("daily")], index));
        // The daily folder alone, started while the first build ran: it found no index to guard, and once the
        // first run let go of the lock it removed the archive's two articles.
        var second = new IndexBuilder(new IndexRequest([temp.Combine("daily")], index)) { AfterScan = () => first.Run() };

        var refused = Assert.Throws<SearchIndexException>(() => second.Run());

        Assert.Contains("would remove 2 articles", refused.Message);
        Assert.Equal(3, IndexInfo.Read(index).Articles);
    }

    [Fact]
    public void A_run_refused_just_after_another_took_the_lock_names_it()
    {
        using var temp = new TempFolder();
        // The holder has the lock but has not written its owner file yet, as in the moment after it takes it. (A
        // thread of its own: the pool's may all be busy with other tests.)
        using var held = new FileStream(temp.Combine(IndexLock.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var owner = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId}, started {self.StartTime.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC"); // a live run
        var writesOwner = new Thread(() =>
        {
            Thread.Sleep(100);
            File.WriteAllText(temp.Combine(IndexLock.OwnerFileName), owner);
        });
        writesOwner.Start();

        var refused = Assert.Throws<SearchIndexException>(() => IndexLock.Acquire(temp.Path));

        writesOwner.Join();
        Assert.Contains($"another searchindex run ({owner})", refused.Message);
    }
}
