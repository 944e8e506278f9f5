namespace SearchIndex.Core.Evaluation;

/// <summary>
/// One relevance judgment of a query: an article, or one paragraph of it when <see cref="Paragraph"/> is set
/// (TREC docid <c>article#paragraph</c>), with a graded relevance (&lt;= 0 means judged not relevant).
/// </summary>
public sealed record Judgment(string Article, int? Paragraph, int Relevance);
