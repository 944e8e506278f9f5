namespace SearchIndex.Core.Evaluation;

/// <summary>
/// Metrics averaged over the <see cref="Queries"/> queries that have at least one relevant unit at this level
/// (arithmetic mean of the per-query values; Success@k is the share of queries with a relevant hit in the top k).
/// </summary>
public sealed record MetricSummary(
    int Queries,
    double MrrAt10,
    double NdcgAt10,
    double SuccessAt1,
    double SuccessAt10,
    double RecallAt100)
{
    internal static MetricSummary? Average(IReadOnlyList<QueryScores> scores)
    {
        if (scores.Count == 0)
        {
            return null;
        }

        double n = scores.Count;
        return new MetricSummary(
            scores.Count,
            scores.Sum(s => s.ReciprocalRankAt10) / n,
            scores.Sum(s => s.NdcgAt10) / n,
            scores.Count(s => s.SuccessAt1) / n,
            scores.Count(s => s.SuccessAt10) / n,
            scores.Sum(s => s.RecallAt100) / n);
    }
}
