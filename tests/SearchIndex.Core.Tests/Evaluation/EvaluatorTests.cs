using SearchIndex.Core.Evaluation;

namespace SearchIndex.Core.Tests.Evaluation;

/// <summary>
/// A hand-made collection of four queries with fake ranked lists; every expected number is worked out by hand below.
/// log2(2) = 1, log2(3) = 1.5849625007211562 (1 / log2(3) = 0.6309297535714575), log2(4) = 2.
/// </summary>
public sealed class EvaluatorTests
{
    private const double Tolerance = 1e-9;
    private const double InvLog2Of3 = 0.6309297535714575;

    // q1: article-level, a.txt relevant (grade 1).
    // q2: paragraph-level, d.txt#1 grade 2 and e.txt#0 grade 1 (so articles d = 2, e = 1).
    // q3: article-level, g.txt and h.txt relevant.
    // q4: article-level, k.txt relevant; the engine finds nothing.
    private const string Qrels = """
        # hand-made TREC qrels
        q1 0 a.txt 1
        q2 0 d.txt#1 2
        q2 0 e.txt#0 1
        q3 0 g.txt 1
        q3 0 h.txt 1
        q4 0 k.txt 1
        """;

    private const string Queries = "q1\tputin korea\nq2\tbanjir jakarta\nq3\tharga cabai\nq4\tgempa lombok\n";

    private static readonly Dictionary<string, RankedHit[]> Rankings = new()
    {
        ["putin korea"] = [Hit("b.txt", 1), Hit("a.txt", 2), Hit("a.txt", 3), Hit("c.txt", 0)],
        ["banjir jakarta"] = [Hit("d.txt", 1), Hit("e.txt", 5), Hit("e.txt", 0), Hit("f.txt", 2)],
        ["harga cabai"] = [Hit("x.txt", 0), Hit("y.txt", 0), Hit("g.txt", 3)],
        ["gempa lombok"] = [],
    };

    private static RankedHit Hit(string article, int paragraph) => new(article, paragraph, 1f);

    private static EvaluationReport Run()
    {
        var texts = QrelsReader.ReadQueries(new StringReader(Queries), "queries.tsv");
        var queries = QrelsReader.Read(new StringReader(Qrels), "qrels.trec", texts);
        return Evaluator.Evaluate(queries, (q, k) => Rankings[q].Take(k).ToList());
    }

    [Fact]
    public void Article_level_scores_of_each_query_match_the_hand_computation()
    {
        var per = Run().PerQuery.ToDictionary(q => q.Id);

        // q1: hits b, a, a, c. First relevant hit at rank 2 -> RR 1/2. DCG = 1/log2(3); ideal = 1/log2(2) = 1.
        var q1 = per["q1"].ByArticle!;
        Assert.Equal(2, q1.FirstRelevantRank);
        Assert.Equal(0.5, q1.ReciprocalRankAt10, Tolerance);
        Assert.Equal(InvLog2Of3, q1.NdcgAt10, Tolerance);
        Assert.Equal(1.0, q1.RecallAt100, Tolerance);
        Assert.False(q1.SuccessAt1);
        Assert.True(q1.SuccessAt10);

        // q2: hits d, e, e (repeat: no gain), f. DCG = 2/1 + 1/log2(3) = ideal -> nDCG 1, RR 1.
        var q2 = per["q2"].ByArticle!;
        Assert.Equal(1, q2.FirstRelevantRank);
        Assert.Equal(1.0, q2.NdcgAt10, Tolerance);
        Assert.Equal(1.0, q2.RecallAt100, Tolerance);
        Assert.True(q2.SuccessAt1);

        // q3: hits x, y, g; h never found. RR 1/3. DCG = 1/log2(4) = 0.5; ideal = 1 + 1/log2(3).
        // nDCG = 0.5 / 1.6309297535714575 = 0.3065735963827292; recall 1/2.
        var q3 = per["q3"].ByArticle!;
        Assert.Equal(3, q3.FirstRelevantRank);
        Assert.Equal(1.0 / 3.0, q3.ReciprocalRankAt10, Tolerance);
        Assert.Equal(0.3065735963827292, q3.NdcgAt10, Tolerance);
        Assert.Equal(0.5, q3.RecallAt100, Tolerance);

        // q4: no hit at all -> everything 0.
        var q4 = per["q4"].ByArticle!;
        Assert.Null(q4.FirstRelevantRank);
        Assert.Equal(0.0, q4.ReciprocalRankAt10);
        Assert.Equal(0.0, q4.NdcgAt10);
        Assert.Equal(0.0, q4.RecallAt100);
        Assert.True(per["q4"].ZeroHits);
    }

    [Fact]
    public void Article_summary_averages_the_four_queries()
    {
        var s = Run().ByArticle!;

        // MRR = (1/2 + 1 + 1/3 + 0) / 4 = 0.4583333333333333
        // nDCG = (0.6309297535714575 + 1 + 0.3065735963827292 + 0) / 4 = 0.4843758374885467
        // S@1 = 1/4 (q2), S@10 = 3/4 (q1, q2, q3), Recall@100 = (1 + 1 + 0.5 + 0) / 4 = 0.625
        Assert.Equal(4, s.Queries);
        Assert.Equal(0.4583333333333333, s.MrrAt10, Tolerance);
        Assert.Equal(0.4843758374885467, s.NdcgAt10, Tolerance);
        Assert.Equal(0.25, s.SuccessAt1, Tolerance);
        Assert.Equal(0.75, s.SuccessAt10, Tolerance);
        Assert.Equal(0.625, s.RecallAt100, Tolerance);
    }

    [Fact]
    public void Paragraph_level_applies_only_where_paragraph_judgments_exist()
    {
        var report = Run();

        // Only q2 has paragraph judgments. Units in rank order: d#1 (grade 2), e#5 (not judged), e#0 (grade 1), f#2.
        // RR = 1. DCG = 2/log2(2) + 1/log2(4) = 2.5; ideal = 2 + 1/log2(3) = 2.6309297535714575;
        // nDCG = 2.5 / 2.6309297535714575 = 0.9502344167898356; recall 2/2.
        Assert.Null(report.PerQuery.Single(q => q.Id == "q1").ByParagraph);
        var p = report.ByParagraph!;
        Assert.Equal(1, p.Queries);
        Assert.Equal(1.0, p.MrrAt10, Tolerance);
        Assert.Equal(0.9502344167898356, p.NdcgAt10, Tolerance);
        Assert.Equal(1.0, p.SuccessAt1, Tolerance);
        Assert.Equal(1.0, p.RecallAt100, Tolerance);
    }

    [Fact]
    public void Report_counts_zero_hit_queries_and_the_depth_asked()
    {
        var report = Run();

        Assert.Equal(4, report.Queries);
        Assert.Equal(1, report.ZeroHitQueries);
        Assert.Equal(0, report.UnjudgedQueries);
        Assert.Equal(Evaluator.DefaultDepth, report.Depth);
    }

    [Fact]
    public void A_relevant_hit_past_rank_10_counts_for_recall_but_not_for_mrr()
    {
        var query = new JudgedQuery("q", "q", [new Judgment("z.txt", null, 1)]);
        var hits = Enumerable.Range(0, 10).Select(i => Hit($"n{i}.txt", 0)).Append(Hit("z.txt", 0)).ToList();

        var s = Evaluator.Score(query, hits).ByArticle!;

        Assert.Equal(11, s.FirstRelevantRank);
        Assert.Equal(0.0, s.ReciprocalRankAt10);
        Assert.Equal(0.0, s.NdcgAt10);
        Assert.False(s.SuccessAt10);
        Assert.Equal(1.0, s.RecallAt100);
    }

    [Fact]
    public void A_query_judged_only_not_relevant_is_left_out_of_the_means()
    {
        var queries = new List<JudgedQuery>
        {
            new("q1", "satu", [new Judgment("a.txt", null, 1)]),
            new("q2", "dua", [new Judgment("b.txt", null, 0)]),
        };

        var report = Evaluator.Evaluate(queries, (_, _) => [Hit("a.txt", 0)]);

        Assert.Equal(1, report.UnjudgedQueries);
        Assert.Equal(1, report.ByArticle!.Queries);
        Assert.Equal(1.0, report.ByArticle.MrrAt10, Tolerance);
        Assert.Null(report.ByParagraph);
    }

    [Fact]
    public void A_unit_judged_twice_keeps_its_higher_grade_whatever_the_order()
    {
        // b.txt judged 1 and 2 (pooled qrels merged by hand), a.txt 1: the ideal list is b (2), a (1).
        var queries = new List<JudgedQuery>
        {
            new("first", "q", [new Judgment("b.txt", null, 1), new Judgment("a.txt", null, 1), new Judgment("b.txt", null, 2)]),
            new("last", "q", [new Judgment("b.txt", null, 2), new Judgment("a.txt", null, 1), new Judgment("b.txt", null, 1)]),
        };

        var report = Evaluator.Evaluate(queries, (_, _) => [Hit("a.txt", 0), Hit("b.txt", 0)]);

        // Linear gains: DCG = 1 / log2(2) + 2 / log2(3); ideal = 2 / log2(2) + 1 / log2(3).
        Assert.All(report.PerQuery, q => Assert.Equal((1 + (2 * InvLog2Of3)) / (2 + InvLog2Of3), q.ByArticle!.NdcgAt10, Tolerance));
    }

    [Fact]
    public void The_engine_is_asked_for_the_depth_and_longer_lists_are_cut()
    {
        var asked = 0;
        var query = new JudgedQuery("q", "q", [new Judgment("c.txt", null, 1)]);

        var report = Evaluator.Evaluate([query], (_, k) =>
        {
            asked = k;
            return [Hit("a.txt", 0), Hit("b.txt", 0), Hit("c.txt", 0)];
        }, depth: 2);

        Assert.Equal(2, asked);
        Assert.Equal(2, report.PerQuery[0].Hits.Count);
        Assert.Null(report.PerQuery[0].ByArticle!.FirstRelevantRank);
    }

    [Fact]
    public void A_depth_below_one_is_a_bad_argument()
    {
        var e = Assert.Throws<SearchIndexException>(() => Evaluator.Evaluate([], (_, _) => [], depth: 0));
        Assert.Equal(ErrorKind.BadArgument, e.Kind);
    }
}
