using System.Text.Json;
using SearchIndex.Core.Evaluation;

namespace SearchIndex.Core.Tests.Evaluation;

public sealed class EvaluationJsonTests
{
    private static EvaluationReport Report()
    {
        var queries = new List<JudgedQuery>
        {
            new("fq001", "Siapa \"pelatih\" Inggris?", [new Judgment("a.txt", 2, 1)]),
            new("fq002", "gempa", [new Judgment("k.txt", null, 1)]),
        };
        return Evaluator.Evaluate(queries, (q, _) => q == "gempa" ? [] : [new RankedHit("b.txt", 0, 3.5f), new RankedHit("a.txt", 2, 2.25f)]);
    }

    [Fact]
    public void Per_query_lines_are_one_json_object_per_query_with_both_levels()
    {
        var output = new StringWriter();
        EvaluationJson.WritePerQuery(output, Report());

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var r = first.RootElement;
        Assert.Equal("fq001", r.GetProperty("qid").GetString());
        Assert.Equal("Siapa \"pelatih\" Inggris?", r.GetProperty("query").GetString());
        Assert.Equal(2, r.GetProperty("hits").GetInt32());
        Assert.Equal(2, r.GetProperty("article").GetProperty("first_rank").GetInt32());
        Assert.Equal(0.5, r.GetProperty("paragraph").GetProperty("rr10").GetDouble());
        Assert.Equal("b.txt", r.GetProperty("ranking")[0].GetProperty("article").GetString());

        using var second = JsonDocument.Parse(lines[1]);
        Assert.True(second.RootElement.GetProperty("zero_hits").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("paragraph").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("article").GetProperty("first_rank").ValueKind);
    }

    [Fact]
    public void A_score_is_written_as_search_writes_it_not_widened_to_a_double()
    {
        var query = new JudgedQuery("q", "banjir", [new Judgment("a.txt", null, 1)]);
        var report = Evaluator.Evaluate([query], (_, _) => [new RankedHit("a.txt", 2, 16.791718f)]);
        var output = new StringWriter();
        EvaluationJson.WritePerQuery(output, report);

        Assert.Contains("\"score\":16.791718}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_is_one_object_with_article_and_paragraph_levels()
    {
        var output = new StringWriter();
        EvaluationJson.WriteSummary(output, Report());

        using var doc = JsonDocument.Parse(output.ToString());
        var r = doc.RootElement;
        Assert.Equal(2, r.GetProperty("queries").GetInt32());
        Assert.Equal(1, r.GetProperty("zero_hit_queries").GetInt32());
        Assert.Equal(0.25, r.GetProperty("article").GetProperty("mrr10").GetDouble());
        Assert.Equal(1, r.GetProperty("paragraph").GetProperty("queries").GetInt32());
    }
}
