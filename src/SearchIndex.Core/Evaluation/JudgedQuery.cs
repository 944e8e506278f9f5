namespace SearchIndex.Core.Evaluation;

/// <summary>
/// A query of an evaluation collection with its judgments. <see cref="Id"/> is the qid (for <c>query&lt;TAB&gt;article</c>
/// qrels, which have none, the query text itself).
/// </summary>
public sealed record JudgedQuery(string Id, string Text, IReadOnlyList<Judgment> Judgments)
{
    /// <summary>True when at least one paragraph-level judgment is relevant, so paragraph metrics apply.</summary>
    public bool HasParagraphJudgments => Judgments.Any(j => j.Paragraph is not null && j.Relevance > 0);
}
