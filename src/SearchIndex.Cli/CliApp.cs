using System.CommandLine;
using System.CommandLine.Help;
using SearchIndex.Cli.Commands;
using SearchIndex.Core;

namespace SearchIndex.Cli;

/// <summary>Declares the command tree and turns every outcome into an exit status, in one place.</summary>
public static class CliApp
{
    public const string Name = "searchindex";

    public static int Run(string[] args, CliContext context)
    {
        // A plain Command named "searchindex" rather than RootCommand, whose name is the assembly's ("SearchIndex.Cli"),
        // so help says "Usage: searchindex ..."; it gets RootCommand's help and version options by hand.
        var root = new Command(Name, "Full-text search for Indonesian news: index articles, search ranked paragraphs.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));

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
