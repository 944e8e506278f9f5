using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using SearchIndex.Cli;

// The answers must not depend on the machine's locale. The app is built for invariant globalization, but the
// environment turns that off (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false, which the .NET SDK's Alpine images set), and
// the process then took LANG's culture: Lucene.Net wrote its explanations' numbers in it ("max plus 0,1 times others
// of:" under de_DE, tr_TR or ar_SA), and --explain showed a disjunction's lesser branches in full, lines that no longer
// added up to the score.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

using var interrupt = new CancellationTokenSource();

// During an index build, the first Ctrl-C (SIGINT), and SIGTERM (docker stop, systemd, kill), stop it at the next
// commit point; a second one, or one during any other command, ends the process at once, by the signal's default
// action (Interrupts). SIGHUP, which a build started by hand gets when its ssh session drops or its terminal closes,
// is asked to stop the same way: it ended at once, committing nothing of what it had finished. Ctrl-C is caught here
// rather than with Console.CancelKeyPress, which starts the .NET console and with it the terminal escape that
// DescriptorStream tells of.
void StopAtCommitPoint(PosixSignalContext context)
{
    if (Interrupts.Handled && !interrupt.IsCancellationRequested)
    {
        context.Cancel = true;
        interrupt.Cancel();
    }
}

using var controlC = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopAtCommitPoint);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopAtCommitPoint);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, StopAtCommitPoint);

// stdout as a buffered stream on fd 1 rather than Console.Out: Console flushes every write (one syscall per hit line)
// and silently drops EPIPE, so `search ... | head` would run the whole batch. Here a closed pipe raises IOException,
// which CliApp turns into a quiet exit. Both descriptors are written with write(2) (DescriptorStream says why);
// Windows, which has no such descriptors, keeps the console's streams.
var windows = OperatingSystem.IsWindows();
using var stdout = new StreamWriter(windows ? Console.OpenStandardOutput() : new DescriptorStream(1), new UTF8Encoding(false), 1 << 16);
var stderr = new StreamWriter(windows ? Console.OpenStandardError() : new DescriptorStream(2), new UTF8Encoding(false), 256) { AutoFlush = true };
var status = CliApp.Run(args, CliContext.FromConsole(stdout, stderr, interrupt.Token));
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
