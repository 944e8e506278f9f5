using System.CommandLine;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Cli.Commands;

/// <summary><c>searchindex search</c>: ranked, highlighted paragraphs for a query or a file of queries.</summary>
public static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var o = new SearchCommandOptions();
        var command = new Command("search", "Search the index: ranked paragraphs with the query's words highlighted (exit 0 hits, 1 none, 2 error)");
        o.AddTo(command);
        command.SetAction(parsed =>
        {
            var job = o.ToJob(parsed, context);
            job.Validate();
            AutoIndex(context, parsed, o, job.IndexDirectory);
            if (job.QueriesFile == "-" && context.InIsTerminal)
            {
                // As analyze says of its text: queries read from a terminal had waited without a word, as if hung.
                CliApp.WriteError(context.Error, "reading queries from standard input, one a line: type them, then Ctrl-D (or give --queries-file FILE)");
            }

            var tally = new SearchTally();
            try
            {
                return ExitCodes.Of(SearchRunner.Run(job, context.In, context.Out, context.Error, context.Cancellation, tally));
            }
            catch (IOException e) when (OutputWriter.IsBrokenPipe(e))
            {
                // The reader went away part-way (`| head`): the queries that ran decide, so a batch line that failed
                // still ends in 2 and a batch without a hit so far in 1, as they would have with every line read.
                return ExitCodes.Of(tally.Outcome);
            }
        });
        return command;
    }

    /// <summary>
    /// First run from a checkout: without <c>--index</c>, the default index is built from <c>corpus/</c> when it
    /// is missing or was built from it by another version, instead of failing (see <see cref="FirstRunBuild"/>).
    /// </summary>
    private static void AutoIndex(CliContext context, ParseResult parsed, SearchCommandOptions o, string indexDirectory)
    {
        if (parsed.GetResult(o.Index) is { Implicit: false })
        {
            return;
        }

        IndexCommand.Report(context, showProgress: true, progress =>
            FirstRunBuild.Run(Defaults.CorpusDirectory, indexDirectory, notice => CliApp.WriteError(context.Error, notice),
                progress, context.Cancellation));
    }
}
