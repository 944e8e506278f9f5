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
            var outcome = SearchRunner.Run(job, context.In, context.Out, context.Error, context.Cancellation);
            return outcome.Failed > 0 ? ExitCodes.Error
                : outcome.QueriesWithHits > 0 ? ExitCodes.Success
                : ExitCodes.NoMatch;
        });
        return command;
    }

    /// <summary>
    /// First run from a checkout: no <c>--index</c>, no index in the default folder, but a <c>corpus/</c> beside it:
    /// build the index, then search, instead of failing with "no index". Likewise after an upgrade, when the default
    /// index was built from this <c>corpus/</c> by a searchindex with another schema or analyzer: rebuild it. An
    /// index built from anything else is never replaced behind the user's back; opening it reports the mismatch.
    /// </summary>
    private static void AutoIndex(CliContext context, ParseResult parsed, SearchCommandOptions o, string indexDirectory)
    {
        var explicitIndex = parsed.GetResult(o.Index) is { Implicit: false };
        if (explicitIndex || !Directory.Exists(Defaults.CorpusDirectory))
        {
            return;
        }

        var hasIndex = Directory.Exists(indexDirectory) && Directory.EnumerateFiles(indexDirectory, "segments*").Any();
        if (!hasIndex)
        {
            context.Error.WriteLine($"{CliApp.Name}: no index yet; indexing {Defaults.CorpusDirectory}/ first");
            IndexCommand.Run(context, new IndexRequest([Defaults.CorpusDirectory], indexDirectory), showProgress: true);
            return;
        }

        var metadata = IndexOpener.ReadMetadata(indexDirectory);
        if (metadata is { IsCompatible: false } && metadata.CorpusRoots == Path.GetFullPath(Defaults.CorpusDirectory))
        {
            context.Error.WriteLine($"{CliApp.Name}: {indexDirectory}/ was built by another version of searchindex; rebuilding it from {Defaults.CorpusDirectory}/");
            IndexCommand.Run(context, new IndexRequest([Defaults.CorpusDirectory], indexDirectory, Rebuild: true), showProgress: true);
        }
    }
}
