using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Evaluation;

/// <summary>One run of the eval command: which index, which judgments, how deep, how to print.</summary>
/// <param name="IndexDirectory">The index to evaluate.</param>
/// <param name="QrelsPath">Judgments: TREC <c>qid 0 docid rel</c>, <c>query&lt;TAB&gt;article</c> or <c>qid&lt;TAB&gt;query&lt;TAB&gt;article</c>.</param>
/// <param name="QueriesPath"><c>qid&lt;TAB&gt;query</c> lines; required for TREC qrels.</param>
/// <param name="Depth">Hits asked per query (at least 100 for a full Recall@100).</param>
/// <param name="Format"><see cref="OutputFormat.Text"/> (a table) or <see cref="OutputFormat.Json"/> (one object).</param>
/// <param name="PerQueryPath">When set, one JSON line per query is written to this file (<see cref="EvaluationJson"/>).</param>
public sealed record EvaluationJob(
    string IndexDirectory,
    string QrelsPath,
    string? QueriesPath = null,
    int Depth = Evaluator.DefaultDepth,
    OutputFormat Format = OutputFormat.Text,
    string? PerQueryPath = null)
{
    /// <summary>
    /// Added to every judged paragraph ordinal before scoring. SearchIndex numbers an article's paragraphs from 0
    /// without the title line; qrels written by the peers' corpus rules count the title line as paragraph 0, so they
    /// need -1 (the dev collections in tests/relevance do). Default 0.
    /// </summary>
    public int ParagraphOffset { get; init; }

    /// <summary>How each query is searched (syntax, match mode); top and offset are set by the runner.</summary>
    public SearchOptions Options { get; init; } = new();
}
