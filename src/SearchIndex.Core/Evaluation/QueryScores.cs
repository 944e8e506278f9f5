namespace SearchIndex.Core.Evaluation;

/// <summary>
/// The metrics of one query at one level (article or paragraph); see <see cref="Evaluator"/> for the definitions.
/// </summary>
/// <param name="FirstRelevantRank">1-based rank of the first relevant hit within the evaluated depth, or null.</param>
/// <param name="ReciprocalRankAt10">1 / <paramref name="FirstRelevantRank"/> when it is at most 10, else 0.</param>
/// <param name="NdcgAt10">nDCG@10 with linear graded gain and log2(rank + 1) discount, in [0, 1].</param>
/// <param name="RecallAt100">Share of the relevant units found in the first 100 hits, in [0, 1].</param>
/// <param name="RelevantCount">Number of relevant units (articles or paragraphs) judged for the query.</param>
public sealed record QueryScores(
    int? FirstRelevantRank,
    double ReciprocalRankAt10,
    double NdcgAt10,
    double RecallAt100,
    int RelevantCount)
{
    /// <summary>The first hit is relevant.</summary>
    public bool SuccessAt1 => FirstRelevantRank == 1;

    /// <summary>A relevant hit is among the first 10.</summary>
    public bool SuccessAt10 => FirstRelevantRank is <= 10;
}
