using System.Globalization;

namespace SearchIndex.Core.Evaluation;

/// <summary>
/// The eval summary for people: a line of counts, then one row per level (article, paragraph) with MRR@10, nDCG@10,
/// Success@1, Success@10 and Recall@100 to three decimals.
/// </summary>
/// <remarks>
/// <code>
/// queries 144, zero-hit 0, unjudged 0, depth 100
/// level      queries  MRR@10  nDCG@10     S@1    S@10  R@100
/// article        144   0.812    0.843   0.722   0.951  0.986
/// paragraph      144   0.716    0.753   0.632   0.868  0.951
/// </code>
/// A level with no judged query is left out.
/// </remarks>
public static class EvaluationText
{
    public static void Write(TextWriter output, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.WriteLine($"queries {report.Queries}, zero-hit {report.ZeroHitQueries}, unjudged {report.UnjudgedQueries}, depth {report.Depth}");
        output.WriteLine("level      queries  MRR@10  nDCG@10     S@1    S@10   R@100");
        Row(output, "article", report.ByArticle);
        Row(output, "paragraph", report.ByParagraph);
    }

    private static void Row(TextWriter output, string level, MetricSummary? s)
    {
        if (s is null)
        {
            return;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{level,-9} {s.Queries,8} {s.MrrAt10,7:0.000} {s.NdcgAt10,8:0.000} {s.SuccessAt1,7:0.000} {s.SuccessAt10,7:0.000} {s.RecallAt100,7:0.000}"));
    }
}
