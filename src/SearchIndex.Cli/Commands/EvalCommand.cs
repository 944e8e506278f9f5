using System.CommandLine;
using SearchIndex.Core.Evaluation;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Cli.Commands;

/// <summary><c>searchindex eval</c>: ranking quality of the index against relevance judgments (docs/relevance.md).</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var qrels = new Option<string>("--qrels") { Description = "Judgments: TREC 'qid 0 article[#paragraph] rel', or 'query<TAB>article', or 'qid<TAB>query<TAB>article'", Required = true }.Path("the judgments file");
        var queries = new Option<string?>("--queries") { Description = "'qid<TAB>query' lines (needed with TREC qrels)" }.Path("the queries file");
        var index = IndexOption.Create();
        var top = new Option<int>("--top", "-n") { Description = "Hits asked per query (Recall@100 needs 100)", DefaultValueFactory = _ => Evaluator.DefaultDepth }.WholeNumber();
        var format = new Option<string>("--format") { Description = "Summary: text (a table) or json (one object)", DefaultValueFactory = _ => "text" }.OneOf("text", "json");
        var perQuery = new Option<string?>("--per-query") { Description = "Also write one JSON line per query (ranks, scores, top hits) to FILE" }.Path("a file to write");
        var offset = new Option<int>("--paragraph-offset") { Description = "Add N to judged paragraph ordinals: -1 for qrels that count the title line as paragraph 0 (tests/relevance)" }.WholeNumber();
        var all = new Option<bool>("--all") { Description = "Search with every word required (default: any word)" };

        var command = new Command("eval", "Evaluate ranking against judgments: MRR@10, nDCG@10, Success@1/10, Recall@100 by article and paragraph (exit 0, or 2 on error)")
        {
            qrels, queries, index, top, format, perQuery, offset, all,
        };
        command.SetAction(parsed =>
        {
            var job = new EvaluationJob(
                parsed.GetValue(index)!,
                parsed.GetValue(qrels)!,
                parsed.GetValue(queries),
                parsed.GetValue(top),
                parsed.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text,
                parsed.GetValue(perQuery))
            {
                ParagraphOffset = parsed.GetValue(offset),
                Options = new SearchOptions(Mode: parsed.GetValue(all) ? MatchMode.All : MatchMode.Any),
            };
            EvaluationRunner.Run(job, context.Out, context.Error, context.Cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
