namespace SearchIndex.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, as if stdout and stderr were pipes.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Out, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(output, error, OutIsTerminal: false, ErrorIsTerminal: false));
        return (code, output.ToString(), error.ToString());
    }
}
