namespace SearchIndex.Cli;

/// <summary>
/// Whether a stop signal (Ctrl-C, SIGTERM) is the command's to handle rather than the end of the process: only while
/// an index build runs, which stops at its next commit point and keeps what it finished. Any other command (a search
/// or <c>analyze --words -</c> waiting on standard input, a batch, eval) is ended by the signal as any tool is, at once
/// and quietly (the shell's 130 or 143): it holds nothing to save, and a supervisor sends SIGTERM only once.
/// </summary>
internal static class Interrupts
{
    private static int _builds;

    /// <summary>An index build is running.</summary>
    public static bool Handled => Volatile.Read(ref _builds) > 0;

    /// <summary>Marks an index build as running until disposed.</summary>
    public static IDisposable DuringBuild()
    {
        Interlocked.Increment(ref _builds);
        return new Build();
    }

    private sealed class Build : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Interlocked.Decrement(ref _builds);
            }
        }
    }
}
