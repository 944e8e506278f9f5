using System.CommandLine;
using SearchIndex.Cli.Commands;
using SearchIndex.Core;

namespace SearchIndex.Cli;

/// <summary>Declares the command tree and turns every outcome into an exit status, in one place.</summary>
public static class CliApp
{
    public const string Name = "searchindex";

    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Full-text search for Indonesian news: index articles, search ranked paragraphs.");
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            context.Error.WriteLine($"{Name}: {parsed.Errors[0].Message}");
            context.Error.WriteLine($"Try '{Name} --help'.");
            return ExitCodes.Error;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (SearchIndexException e)
        {
            context.Error.WriteLine($"{Name}: {e.Message}");
            return e.Kind == ErrorKind.Cancelled ? ExitCodes.Interrupted : ExitCodes.Error;
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            return ExitCodes.Success; // `| head` closed our output: end quietly, like grep
        }
    }

    private static bool IsBrokenPipe(IOException e) =>
        e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}
