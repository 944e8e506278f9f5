namespace SearchIndex.Core.Evaluation;

/// <summary>
/// One hit of a ranked list as the evaluator sees it, in rank order: the article's file name (relative to the corpus
/// root, e.g. <c>clickid-kompas-00807.txt</c>), the 0-based paragraph ordinal within the article, and the engine's
/// score (higher is better; the evaluator uses the list order, never the score).
/// </summary>
public sealed record RankedHit(string Article, int Paragraph, double Score);
