namespace SearchIndex.Cli;

/// <summary>
/// The process's outside world as the commands see it: output streams, whether they are terminals, the
/// environment and the current folder. Tests pass their own to run the CLI in-process.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>Environment variables (NO_COLOR, ...); defaults to the process environment.</summary>
    public Func<string, string?> GetEnvironment { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// Standard input (<c>--queries-file -</c>), as bytes: a reader would have decoded them already, invalid UTF-8
    /// replaced without a word; empty unless set.
    /// </summary>
    public Stream In { get; init; } = Stream.Null;

    /// <summary>Whether standard input is a terminal, where a command reading it waits for the user to type.</summary>
    public bool InIsTerminal { get; init; }

    /// <summary>The width of the terminal standard error writes to, in columns (80 when it cannot be told).</summary>
    public Func<int> ErrorColumns { get; init; } = () => 80;

    /// <summary>Cancelled on Ctrl-C or SIGTERM while an index build runs (<see cref="Interrupts"/>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The process's own world, <paramref name="output"/> and <paramref name="error"/> written to its descriptors 1 and 2.</summary>
    public static CliContext FromConsole(TextWriter output, TextWriter error, CancellationToken cancellation) =>
        new(output, new ErrorOutputWriter(error), !Console.IsOutputRedirected, !Console.IsErrorRedirected)
        {
            In = StandardInput.Open(),
            InIsTerminal = !Console.IsInputRedirected,
            Cancellation = cancellation,
            ErrorColumns = TerminalColumns,
        };

    /// <summary>
    /// The width of the terminal standard error is on (asked of file descriptor 2 itself: .NET's
    /// <see cref="Console.WindowWidth"/> asks stdout's or stdin's terminal, and says 80 when both are redirected);
    /// then <c>COLUMNS</c>, then 80.
    /// </summary>
    private static int TerminalColumns()
    {
        if (OperatingSystem.IsLinux() && StandardErrorSize.Columns() is > 0 and var columns)
        {
            return columns;
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : 80;
    }
}
