using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using SearchIndex.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // During an index build, the first Ctrl-C stops it at the next commit point; a second one, or any Ctrl-C of
    // another command, ends the process at once (Interrupts).
    if (Interrupts.Handled && !interrupt.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupt.Cancel();
    }
};

// SIGTERM (docker stop, systemd, kill) is asked to stop the same way: what a build finished is committed. So is SIGHUP,
// which a build started by hand gets when its ssh session drops or its terminal closes: it ended at once, committing
// nothing of what it had finished.
void StopAtCommitPoint(PosixSignalContext context)
{
    if (Interrupts.Handled && !interrupt.IsCancellationRequested)
    {
        context.Cancel = true;
        interrupt.Cancel();
    }
}

using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopAtCommitPoint);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, StopAtCommitPoint);

// stdout as a buffered stream on fd 1 rather than Console.Out: Console flushes every write (one syscall per hit line)
// and silently drops EPIPE, so `search ... | head` would run the whole batch. Here a closed pipe raises IOException,
// which CliApp turns into a quiet exit.
// A regular file is the exception: FileStream writes it with pwrite at its own offset and leaves the shared file
// offset alone, so `{ searchindex a; searchindex b; } > out` would let b overwrite a. Files get the console stream.
var fd1 = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
using var stdout = new StreamWriter(fd1.CanSeek ? Console.OpenStandardOutput() : fd1, new UTF8Encoding(false), 1 << 16);
var status = CliApp.Run(args, CliContext.FromConsole(interrupt.Token) with { Out = stdout });
try
{
    stdout.Flush();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // CliApp flushes a run that succeeded, and reports a failed write; output left here follows an error already
    // reported (or a reader that went away), and cannot change the exit status.
}

return status;
