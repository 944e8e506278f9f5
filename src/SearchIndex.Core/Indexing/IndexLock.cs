using System.Diagnostics;
using System.Globalization;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Makes sure only one process writes an index. Lucene.Net's own <c>write.lock</c> is not exclusive between
/// processes on Linux, so a writer first takes this lock: a file opened with <see cref="FileShare.None"/>, which .NET
/// backs with <c>flock(LOCK_EX)</c>. The kernel drops it when the holder dies, so a crashed run never leaves a stale
/// lock; a live holder is named in the error from its owner file. Writers fail at once on a held lock; only the
/// first-run build of <c>search</c> waits for it, for a bounded time (<see cref="FirstRunBuild"/>). The folder itself is
/// locked too (<see cref="FolderLock"/>), so a lock file deleted under a run lets no second run in.
/// </summary>
public sealed class IndexLock : IDisposable
{
    /// <summary>The lock file inside the index folder.</summary>
    public const string LockFileName = "searchindex.lock";

    /// <summary>Who holds the lock (pid, start time), written after taking it, for the other run's error message.</summary>
    public const string OwnerFileName = "searchindex.owner";

    // What .NET reports when flock finds the file locked by another process: EWOULDBLOCK on Linux,
    // ERROR_SHARING_VIOLATION on Windows.
    private const int WouldBlock = 11;
    private const int SharingViolation = unchecked((int)0x80070020);

    /// <summary>
    /// How often a waiting run tries the lock again: .NET takes it only with <c>LOCK_NB</c>, so waiting means
    /// polling; a tenth of a second is nothing against a build and costs nothing while waiting.
    /// </summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How far a live process's start time may be from the one its owner file records, to the second, and still be
    /// the run that wrote it: .NET derives the start time from the boot time, read anew each time, so two readings
    /// of the same process can fall on either side of a second.
    /// </summary>
    private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(2);

    /// <summary>How long a run refused the lock waits for the holder's owner file, which follows the lock.</summary>
    private static readonly TimeSpan OwnerWriteGrace = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan OwnerPollInterval = TimeSpan.FromMilliseconds(20);

    private readonly FileStream _stream;
    private readonly FolderLock? _folder;
    private readonly string _ownerPath;

    private IndexLock(FileStream stream, FolderLock? folder, string ownerPath)
    {
        _stream = stream;
        _folder = folder;
        _ownerPath = ownerPath;
    }

    /// <summary>Takes the lock on <paramref name="indexDirectory"/> or fails at once, naming the run that holds it.</summary>
    /// <exception cref="SearchIndexException">Another live process holds the lock.</exception>
    public static IndexLock Acquire(string indexDirectory)
    {
        var ownerPath = Path.Combine(indexDirectory, OwnerFileName);
        var taken = TryTake(indexDirectory)
            ?? throw new SearchIndexException(ErrorKind.Index,
                $"index '{indexDirectory}' is being updated by another searchindex run ({DescribeOwner(ownerPath)}); wait for it to finish, then run again");
        return Owned(taken, indexDirectory, ownerPath);
    }

    /// <summary>
    /// Takes the lock on <paramref name="indexDirectory"/>, waiting up to <paramref name="limit"/> for the run that
    /// holds it to finish. <paramref name="onWait"/> is called once when waiting starts, with the holder's pid and
    /// start time (null if it has not written them yet).
    /// </summary>
    /// <exception cref="SearchIndexException">The lock is still held after <paramref name="limit"/>, or the wait was cancelled.</exception>
    public static IndexLock Acquire(string indexDirectory, TimeSpan limit, Action<string?> onWait, CancellationToken cancellation = default)
    {
        var ownerPath = Path.Combine(indexDirectory, OwnerFileName);
        var waited = Stopwatch.StartNew();
        var told = false;
        (FileStream Stream, FolderLock? Folder)? taken;
        while ((taken = TryTake(indexDirectory)) is null)
        {
            if (waited.Elapsed >= limit)
            {
                throw new SearchIndexException(ErrorKind.Index,
                    $"index '{indexDirectory}' is still being updated by another searchindex run ({DescribeOwner(ownerPath)}) after waiting {Describe(limit)}; wait for it to finish, then run again");
            }

            if (!told)
            {
                onWait(LiveOwner(ownerPath));
                told = true;
            }

            if (cancellation.WaitHandle.WaitOne(PollInterval))
            {
                throw new SearchIndexException(ErrorKind.Cancelled, $"interrupted while waiting for another searchindex run to finish with index '{indexDirectory}'");
            }
        }

        return Owned(taken.Value, indexDirectory, ownerPath);
    }

    /// <summary>The lock, once its owner file is written; the lock is let go when that fails.</summary>
    private static IndexLock Owned((FileStream Stream, FolderLock? Folder) taken, string indexDirectory, string ownerPath)
    {
        try
        {
            WriteOwner(indexDirectory, ownerPath);
            return new IndexLock(taken.Stream, taken.Folder, ownerPath);
        }
        catch
        {
            taken.Stream.Dispose();
            taken.Folder?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The locked lock file and folder, or null when another process holds either: the folder's lock is held alone
    /// when the lock file was deleted under its holder, and this run has just made and locked a new one.
    /// </summary>
    /// <exception cref="SearchIndexException">The folder cannot be written.</exception>
    private static (FileStream Stream, FolderLock? Folder)? TryTake(string indexDirectory)
    {
        var stream = TryTakeFile(indexDirectory);
        if (stream is null)
        {
            return null;
        }

        if (FolderLock.HeldElsewhere(indexDirectory, out var folder))
        {
            stream.Dispose();
            return null;
        }

        return (stream, folder);
    }

    /// <summary>The locked lock file, or null when another process holds it.</summary>
    /// <exception cref="SearchIndexException">The folder cannot be written.</exception>
    private static FileStream? TryTakeFile(string indexDirectory)
    {
        try
        {
            return new FileStream(Path.Combine(indexDirectory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult is WouldBlock or SharingViolation)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException(ErrorKind.Index,
                $"--index: cannot write to '{indexDirectory}' ({e.Message.Split(" : ")[0]}); choose a writable folder");
        }
    }

    private static string Describe(TimeSpan limit) =>
        limit.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{limit.TotalMinutes:0.#} minutes")
            : string.Create(CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.#} seconds");

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only informational; the next holder overwrites it. Thrown from a using's Dispose, it would hide the
            // error that ended the run, and keep the lock's stream open.
        }
        finally
        {
            _stream.Dispose();
            _folder?.Dispose();
        }
    }

    /// <exception cref="SearchIndexException">The folder cannot be written (the lock file already existed there).</exception>
    private static void WriteOwner(string indexDirectory, string ownerPath)
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId}, started {process.StartTime.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC"));
        }
        catch (IOException)
        {
            // Only informational (a full disk must not stop us here: the writer reports that properly).
        }
        catch (UnauthorizedAccessException e)
        {
            // A folder made read-only after the lock file was created there: no run can update this index.
            throw new SearchIndexException(ErrorKind.Index,
                $"--index: cannot write to '{indexDirectory}' ({e.Message.Split(" : ")[0]}); choose a writable folder");
        }
    }

    /// <summary>
    /// The pid and start time of the run holding the lock on <paramref name="indexDirectory"/>, from its owner file,
    /// when that process is alive; null otherwise. Read-only: the lock itself is not tried, so a reader asking never
    /// makes a starting writer fail. (An owner file left by a killed run names a dead pid and is ignored, and so is one
    /// whose pid a later process has taken: that process started at another time than the file says.)
    /// </summary>
    public static string? LiveHolder(string indexDirectory) => LiveOwner(Path.Combine(indexDirectory, OwnerFileName));

    /// <summary>The owner file's pid and start time when that process is alive (<see cref="LiveHolder"/>); null otherwise.</summary>
    private static string? LiveOwner(string ownerPath)
    {
        var owner = ReadOwner(ownerPath);
        var first = owner?.Split(',')[0] ?? "";
        if (owner is null || !first.StartsWith("pid ", StringComparison.Ordinal)
            || !int.TryParse(first[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || !StartedAsRecorded(owner, process) ? null : owner;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null; // no such process any more
        }
    }

    /// <summary>
    /// Whether <paramref name="process"/> started when the owner file says its writer did (to the second it records,
    /// give or take <see cref="StartTolerance"/>); true when either cannot be read, as the pid is all there is then.
    /// </summary>
    private static bool StartedAsRecorded(string owner, Process process)
    {
        var at = owner.IndexOf(", started ", StringComparison.Ordinal);
        if (at < 0 || !DateTime.TryParseExact(owner[(at + ", started ".Length)..], "yyyy-MM-dd HH:mm:ss 'UTC'",
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var recorded))
        {
            return true;
        }

        try
        {
            return (process.StartTime.ToUniversalTime() - recorded).Duration() <= StartTolerance;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true;
        }
    }

    /// <summary>
    /// The holder's pid and start time for an error. The holder writes them just after it takes the lock, so a run
    /// that fails on the lock in between (one in twenty of twenty runs started at once) waits for them a little,
    /// rather than saying "owner unknown" of a live run; a holder that writes none (flock(1)) costs that wait. Until
    /// then the file may still be a killed run's, naming a dead pid: only a live process is named.
    /// </summary>
    private static string DescribeOwner(string ownerPath)
    {
        var waited = Stopwatch.StartNew();
        string? owner;
        while ((owner = LiveOwner(ownerPath)) is null && waited.Elapsed < OwnerWriteGrace)
        {
            Thread.Sleep(OwnerPollInterval);
        }

        return owner ?? "owner unknown";
    }

    /// <summary>The holder's pid and start time; null before it has written them (or after it is gone).</summary>
    private static string? ReadOwner(string ownerPath)
    {
        try
        {
            // Empty while the holder is writing it: the file is created before its text is written.
            var owner = File.Exists(ownerPath) ? File.ReadAllText(ownerPath).Trim() : "";
            return owner.Length == 0 ? null : owner;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // written by another user with a restrictive umask: the message says "owner unknown"
        }
    }
}
