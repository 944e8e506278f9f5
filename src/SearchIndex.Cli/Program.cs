using System.Text;
using SearchIndex.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl-C: stop at the next commit point; a second one ends the process at once.
    if (!interrupt.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupt.Cancel();
    }
};

return CliApp.Run(args, CliContext.FromConsole(interrupt.Token));
