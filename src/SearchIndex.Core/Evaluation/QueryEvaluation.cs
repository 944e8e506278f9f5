namespace SearchIndex.Core.Evaluation;

/// <summary>
/// The per-query record of an evaluation run (one line of <c>--per-query</c> JSONL, see
/// <see cref="EvaluationJson"/>). <see cref="ByArticle"/> is null when no article is judged relevant for the query;
/// <see cref="ByParagraph"/> is null when the query has no relevant paragraph-level judgment.
/// </summary>
/// <param name="Id">The query id.</param>
/// <param name="Text">The query text as sent to the engine.</param>
/// <param name="Hits">The ranked list the engine returned (at most the evaluated depth), kept for error analysis.</param>
/// <param name="ByArticle">Article-level scores, or null.</param>
/// <param name="ByParagraph">Paragraph-level scores, or null.</param>
public sealed record QueryEvaluation(
    string Id,
    string Text,
    IReadOnlyList<RankedHit> Hits,
    QueryScores? ByArticle,
    QueryScores? ByParagraph)
{
    /// <summary>The engine returned no hit at all.</summary>
    public bool ZeroHits => Hits.Count == 0;
}
