namespace SearchIndex.Cli.Tests;

/// <summary>Runs the CLI in-process over string writers, as if from a pipe (not a terminal) unless told otherwise.</summary>
internal sealed record CliRun(int Exit, string Out, string Error)
{
    public static CliRun Of(string[] args, string stdin = "", bool terminal = false, Dictionary<string, string>? environment = null) =>
        WithInput(args, System.Text.Encoding.UTF8.GetBytes(stdin), terminal, environment);

    /// <summary>Runs with these bytes as standard input, which need not be text.</summary>
    public static CliRun WithInput(string[] args, byte[] stdin, bool terminal = false, Dictionary<string, string>? environment = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, terminal, terminal)
        {
            In = new MemoryStream(stdin, writable: false),
            InIsTerminal = terminal,
            GetEnvironment = name => environment?.GetValueOrDefault(name),
        };
        var exit = CliApp.Run(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs with no stdin and an empty environment; returns the exit code and both outputs.</summary>
    public static (int ExitCode, string Out, string Error) Invoke(params string[] args)
    {
        var run = Of(args);
        return (run.Exit, run.Out, run.Error);
    }
}
