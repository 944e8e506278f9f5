using System.Diagnostics;

namespace SearchIndex.Cli.Tests;

/// <summary>Runs the real <c>searchindex</c> CLI (this build's SearchIndex.Cli.dll) as a separate process.</summary>
internal static class ChildProcess
{
    public static string CliDll => typeof(CliApp).Assembly.Location;

    public static Process Start(params string[] args) => StartProgram("dotnet", [CliDll, .. args]);

    /// <summary>Starts the CLI with <paramref name="folder"/> as its current folder, where it finds <c>corpus/</c> and <c>index/</c>.</summary>
    public static Process StartIn(string folder, params string[] args) => Launch("dotnet", [CliDll, .. args], folder);

    public static Process StartProgram(string program, params string[] args) => Launch(program, args, workingDirectory: null);

    /// <summary>Starts the CLI with a standard input the test writes to (or holds open, writing nothing).</summary>
    public static Process StartWithInput(params string[] args) => Launch("env", [.. DefaultInterrupt, "dotnet", CliDll, .. args], workingDirectory: null, redirectInput: true);

    /// <summary>
    /// Starts the CLI with SIGINT handled by default, whatever this process inherited: a job started in the
    /// background by a non-interactive shell (<c>nohup … &amp;</c>, some CI runners) ignores SIGINT, its children too,
    /// and the runtime keeps a signal ignored that was ignored at start. Tests of Ctrl-C start the CLI this way.
    /// </summary>
    public static Process StartInterruptible(params string[] args) => StartProgram("env", [.. DefaultInterrupt, "dotnet", CliDll, .. args]);

    private static readonly string[] DefaultInterrupt = ["--default-signal=INT"];

    private static Process Launch(string program, string[] args, string? workingDirectory, bool redirectInput = false)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    /// <summary>Runs the CLI to the end and returns its exit code and output.</summary>
    public static (int ExitCode, string Out, string Error) Run(params string[] args) => WaitFor(Start(args), args);

    /// <summary>
    /// Runs the CLI from <c>sh</c>: <paramref name="script"/> sets up the process's files and runs the CLI as
    /// <c>"$@"</c> (e.g. <c>exec "$@" &gt; /dev/full</c>); returns the shell's exit code and output.
    /// </summary>
    public static (int ExitCode, string Out, string Error) RunInShell(string script, params string[] args) =>
        WaitFor(StartProgram("sh", ["-c", script, "sh", "dotnet", CliDll, .. args]), args);

    /// <summary>Runs another program (which may run the CLI) to the end and returns its exit code and output.</summary>
    public static (int ExitCode, string Out, string Error) RunProgram(string program, params string[] args) =>
        WaitFor(StartProgram(program, args), args);

    private static (int ExitCode, string Out, string Error) WaitFor(Process process, string[] args)
    {
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("searchindex " + string.Join(' ', args) + " did not finish in 2 minutes");
            }

            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
