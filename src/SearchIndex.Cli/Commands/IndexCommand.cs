using System.CommandLine;
using SearchIndex.Core;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Output;

namespace SearchIndex.Cli.Commands;

/// <summary><c>searchindex index</c>: build or update an index from a corpus.</summary>
public static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string[]>("--corpus", "-c")
        {
            Description = "Folders (searched recursively) or files of articles: .txt (one article each) or .jsonl (one per line); a folder's metadata.tsv gives outlet, date, url, title by file",
            DefaultValueFactory = _ => [Defaults.CorpusDirectory],
            AllowMultipleArgumentsPerToken = true,
        }.Path("a folder or a .txt/.jsonl file");
        var index = IndexOption.Create();
        var rebuild = new Option<bool>("--rebuild") { Description = "Start from an empty index instead of updating the existing one" };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object on stdout" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary line (with --json the JSON object is still printed)" };

        var command = new Command("index", "Index a corpus of news articles, paragraph by paragraph (updates an existing index in place)")
        {
            corpus, index, rebuild, json, quiet,
        };
        command.SetAction(parsed =>
        {
            var request = new IndexRequest(
                parsed.GetValue(corpus)!,
                parsed.GetValue(index)!,
                parsed.GetValue(rebuild));
            IndexSummary summary;
            try
            {
                summary = Run(context, request, showProgress: !parsed.GetValue(quiet) && !parsed.GetValue(json));
            }
            catch (SearchIndexException e) when (e.Kind == ErrorKind.Cancelled && parsed.GetValue(json))
            {
                // A script asked for JSON: it gets an object saying so, not an empty stdout; stderr and 130 follow.
                IndexSummaryWriter.WriteInterruptedJson(context.Out, e.Message);
                throw;
            }

            if (parsed.GetValue(json))
            {
                IndexSummaryWriter.WriteJson(context.Out, summary);
            }
            else if (!parsed.GetValue(quiet))
            {
                IndexSummaryWriter.WriteText(context.Out, summary);
            }

            return ExitCodes.Of(summary);
        });
        return command;
    }

    /// <summary>Runs the build, with a progress bar on a terminal, and reports skipped files on stderr.</summary>
    internal static IndexSummary Run(CliContext context, IndexRequest request, bool showProgress) =>
        Report(context, showProgress, progress => new IndexBuilder(request, progress).Run(context.Cancellation))!;

    /// <summary>Runs <paramref name="build"/> (null: nothing was built) with a progress bar on a terminal, and reports skipped files on stderr.</summary>
    internal static IndexSummary? Report(CliContext context, bool showProgress, Func<IProgress<IndexProgress>?, IndexSummary?> build)
    {
        using var bar = showProgress && context.ErrorIsTerminal ? new ProgressBar(context.Error, context.ErrorColumns) : null;
        using var stoppable = Interrupts.DuringBuild();
        var summary = build(bar);
        bar?.Dispose();
        foreach (var error in summary?.Errors ?? [])
        {
            CliApp.WriteError(context.Error, error.ToString());
        }

        return summary;
    }
}
