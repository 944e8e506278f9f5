namespace SearchIndex.Core.Evaluation;

/// <summary>
/// One hit of a ranked list as the evaluator sees it, in rank order: the article's file name (relative to the corpus
/// root, e.g. <c>clickid-kompas-00807.txt</c>), the 0-based paragraph ordinal within the article, and the engine's
/// score (higher is better; the evaluator uses the list order, never the score). The score stays the float Lucene
/// computed: widened to a double, <c>--per-query</c> would write 16.791717529296875 where <c>search</c>'s JSON writes
/// 16.791718 for the same hit, and a script joining the two would find them unequal.
/// </summary>
public sealed record RankedHit(string Article, int Paragraph, float Score);
