using System.Text.Json;
using SearchIndex.Core.Output;

namespace SearchIndex.Core.Evaluation;

/// <summary>
/// Writes evaluation results as JSON: the per-query records as JSON Lines (<c>--per-query</c>) and the summary as one
/// object (<c>--format json</c>). Fields may be added over time; none will change meaning.
/// </summary>
/// <remarks>
/// <para>Per-query line (one per query, collection order):</para>
/// <code>
/// {"qid":"fq001","query":"...","hits":3,"zero_hits":false,
///  "article":{"first_rank":2,"rr10":0.5,"ndcg10":0.63,"recall100":1,"relevant":1},
///  "paragraph":null,
///  "ranking":[{"article":"a.txt","paragraph":4,"score":7.1}, ...]}
/// </code>
/// <para><c>first_rank</c> is the 1-based rank of the first relevant hit or null; <c>article</c>/<c>paragraph</c>
/// are null when the query has no relevant unit at that level; <c>ranking</c> holds at most
/// <c>rankingLimit</c> hits (default 10).</para>
/// <para>Summary object: <c>{"queries","zero_hit_queries","unjudged_queries","depth","article","paragraph"}</c>,
/// where each level is null or <c>{"queries","mrr10","ndcg10","s1","s10","recall100"}</c>.</para>
/// </remarks>
public static class EvaluationJson
{
    /// <summary>Hits listed per query in the per-query lines by default.</summary>
    public const int DefaultRankingLimit = 10;

    /// <summary>Writes one JSON line per query.</summary>
    public static void WritePerQuery(TextWriter output, EvaluationReport report, int rankingLimit = DefaultRankingLimit)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var q in report.PerQuery)
        {
            output.Write(JsonText.Serialize(w =>
            {
                w.WriteStartObject();
                w.WriteString("qid", q.Id);
                w.WriteString("query", q.Text);
                w.WriteNumber("hits", q.Hits.Count);
                w.WriteBoolean("zero_hits", q.ZeroHits);
                WriteScores(w, "article", q.ByArticle);
                WriteScores(w, "paragraph", q.ByParagraph);
                w.WriteStartArray("ranking");
                foreach (var h in q.Hits.Take(rankingLimit))
                {
                    w.WriteStartObject();
                    w.WriteString("article", h.Article);
                    w.WriteNumber("paragraph", h.Paragraph);
                    w.WriteNumber("score", h.Score);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }));
            output.Write('\n');
        }
    }

    /// <summary>Writes the summary as one JSON object followed by a newline.</summary>
    public static void WriteSummary(TextWriter output, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.Write(JsonText.Serialize(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("queries", report.Queries);
            w.WriteNumber("zero_hit_queries", report.ZeroHitQueries);
            w.WriteNumber("unjudged_queries", report.UnjudgedQueries);
            w.WriteNumber("depth", report.Depth);
            WriteSummary(w, "article", report.ByArticle);
            WriteSummary(w, "paragraph", report.ByParagraph);
            w.WriteEndObject();
        }));
        output.Write('\n');
    }

    private static void WriteScores(Utf8JsonWriter w, string name, QueryScores? s)
    {
        if (s is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        if (s.FirstRelevantRank is int r)
        {
            w.WriteNumber("first_rank", r);
        }
        else
        {
            w.WriteNull("first_rank");
        }

        w.WriteNumber("rr10", s.ReciprocalRankAt10);
        w.WriteNumber("ndcg10", s.NdcgAt10);
        w.WriteNumber("recall100", s.RecallAt100);
        w.WriteNumber("relevant", s.RelevantCount);
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, string name, MetricSummary? s)
    {
        if (s is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("queries", s.Queries);
        w.WriteNumber("mrr10", s.MrrAt10);
        w.WriteNumber("ndcg10", s.NdcgAt10);
        w.WriteNumber("s1", s.SuccessAt1);
        w.WriteNumber("s10", s.SuccessAt10);
        w.WriteNumber("recall100", s.RecallAt100);
        w.WriteEndObject();
    }
}
