namespace SearchIndex.Core.Evaluation;

/// <summary>
/// The result of <see cref="Evaluator.Evaluate"/>: summaries by article and (where paragraph judgments exist) by
/// paragraph, the count of queries that got no hit, and every per-query record in collection order.
/// </summary>
/// <param name="Queries">All queries run, judged or not.</param>
/// <param name="ZeroHitQueries">Queries for which the engine returned no hit.</param>
/// <param name="UnjudgedQueries">Queries with no relevant article (all judgments &lt;= 0); left out of the means.</param>
/// <param name="ByArticle">Null when no query has a relevant article.</param>
/// <param name="ByParagraph">Null when no query has a relevant paragraph-level judgment.</param>
/// <param name="Depth">How many hits were asked of the engine per query.</param>
/// <param name="PerQuery">One record per query, in collection order.</param>
public sealed record EvaluationReport(
    int Queries,
    int ZeroHitQueries,
    int UnjudgedQueries,
    MetricSummary? ByArticle,
    MetricSummary? ByParagraph,
    int Depth,
    IReadOnlyList<QueryEvaluation> PerQuery);
