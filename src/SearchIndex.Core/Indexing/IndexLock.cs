using System.Diagnostics;
using System.Globalization;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Makes sure only one process writes an index. Lucene.Net's own <c>write.lock</c> is not exclusive between
/// processes on Linux, so a writer first takes this lock: a file opened with <see cref="FileShare.None"/>, which .NET
/// backs with <c>flock(LOCK_EX)</c>. The kernel drops it when the holder dies, so a crashed run never leaves a stale
/// lock; a live holder is named in the error from its owner file.
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

    private readonly FileStream _stream;
    private readonly string _ownerPath;

    private IndexLock(FileStream stream, string ownerPath)
    {
        _stream = stream;
        _ownerPath = ownerPath;
    }

    /// <summary>Takes the lock on <paramref name="indexDirectory"/> or fails at once, naming the run that holds it.</summary>
    /// <exception cref="SearchIndexException">Another live process holds the lock.</exception>
    public static IndexLock Acquire(string indexDirectory)
    {
        var lockPath = Path.Combine(indexDirectory, LockFileName);
        var ownerPath = Path.Combine(indexDirectory, OwnerFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult is WouldBlock or SharingViolation)
        {
            throw new SearchIndexException(ErrorKind.Index,
                $"index '{indexDirectory}' is being updated by another searchindex run ({DescribeOwner(ownerPath)}); wait for it to finish, then run again");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException(ErrorKind.Index,
                $"--index: cannot write to '{indexDirectory}' ({e.Message.Split(" : ")[0]}); choose a writable folder");
        }

        WriteOwner(ownerPath);
        return new IndexLock(stream, ownerPath);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // Only informational; the next holder overwrites it.
        }

        _stream.Dispose();
    }

    private static void WriteOwner(string ownerPath)
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
    }

    private static string DescribeOwner(string ownerPath)
    {
        try
        {
            return File.Exists(ownerPath) ? File.ReadAllText(ownerPath).Trim() : "owner unknown";
        }
        catch (IOException)
        {
            return "owner unknown";
        }
    }
}
