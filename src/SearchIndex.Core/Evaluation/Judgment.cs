namespace SearchIndex.Core.Evaluation;

/// <summary>
/// One relevance judgment of a query: an article, or one paragraph of it when <see cref="Paragraph"/> is set
/// (TREC docid <c>article#paragraph</c>), with a graded relevance (&lt;= 0 means judged not relevant).
/// </summary>
public sealed record Judgment(string Article, int? Paragraph, int Relevance)
{
    /// <summary>
    /// The docid as the qrels wrote it. <c>feed.jsonl#a#0</c> is read as paragraph 0 of <c>feed.jsonl#a</c> unless the
    /// index holds a record with id <c>a#0</c>, so the text is kept for <see cref="DocIds.Resolve"/> to decide.
    /// </summary>
    public string DocId { get; init; } = Paragraph is null ? Article : $"{Article}#{Paragraph}";
}
