namespace SearchIndex.Core.Evaluation;

/// <summary>
/// Runs the queries of a collection through any search function and scores the ranked lists. It knows nothing of
/// the engine: <c>search(queryText, depth)</c> returns hits in rank order.
/// </summary>
/// <remarks>
/// <para>Conventions, at both levels (the unit is the article, or the (article, paragraph) pair):</para>
/// <list type="bullet">
/// <item>Ranks are positions in the engine's hit list (1-based), so by article the first hit whose article is
/// relevant decides MRR@10 and Success@1/10, as in the peers' <c>score</c>.</item>
/// <item>A unit earns its gain once: later hits of the same article (other paragraphs) add nothing to nDCG or recall
/// but still take a rank.</item>
/// <item>nDCG@10 uses linear gain (the grade) and a log2(rank + 1) discount; the ideal list is all relevant units by
/// grade. Recall@100 counts distinct relevant units in the first 100 hits.</item>
/// <item>An article's grade is the highest of its article-level and paragraph-level judgments; paragraph metrics
/// use only paragraph-level judgments and only for queries that have a relevant one.</item>
/// <item>Grades &lt;= 0 are not relevant. A query with no relevant article is run and reported per query but left
/// out of the means (<see cref="EvaluationReport.UnjudgedQueries"/>).</item>
/// </list>
/// </remarks>
public static class Evaluator
{
    /// <summary>Hits asked per query by default: 100, the depth Recall@100 needs.</summary>
    public const int DefaultDepth = RankingMetrics.RecallCutoff;

    /// <summary>Runs every query (in order) and scores it; <paramref name="depth"/> hits are asked of the engine.</summary>
    /// <exception cref="SearchIndexException"><paramref name="depth"/> is less than 1 (<see cref="ErrorKind.BadArgument"/>).</exception>
    public static EvaluationReport Evaluate(
        IReadOnlyList<JudgedQuery> queries,
        Func<string, int, IReadOnlyList<RankedHit>> search,
        int depth = DefaultDepth,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(search);
        if (depth < 1)
        {
            throw new SearchIndexException(ErrorKind.BadArgument, $"evaluation depth must be at least 1, got {depth}");
        }

        var perQuery = new List<QueryEvaluation>(queries.Count);
        foreach (var query in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hits = search(query.Text, depth);
            perQuery.Add(Score(query, hits.Count > depth ? hits.Take(depth).ToList() : hits));
        }

        return new EvaluationReport(
            perQuery.Count,
            perQuery.Count(q => q.ZeroHits),
            perQuery.Count(q => q.ByArticle is null),
            MetricSummary.Average(perQuery.Where(q => q.ByArticle is not null).Select(q => q.ByArticle!).ToList()),
            MetricSummary.Average(perQuery.Where(q => q.ByParagraph is not null).Select(q => q.ByParagraph!).ToList()),
            depth,
            perQuery);
    }

    /// <summary>Scores one ranked list against one query's judgments (all of <paramref name="hits"/> is used).</summary>
    public static QueryEvaluation Score(JudgedQuery query, IReadOnlyList<RankedHit> hits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);

        var articleGrades = new Dictionary<string, int>(StringComparer.Ordinal);
        var paragraphGrades = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var j in query.Judgments.Where(j => j.Relevance > 0))
        {
            articleGrades[j.Article] = Math.Max(j.Relevance, articleGrades.GetValueOrDefault(j.Article));
            if (j.Paragraph is int p)
            {
                var key = ParagraphKey(j.Article, p);
                paragraphGrades[key] = Math.Max(j.Relevance, paragraphGrades.GetValueOrDefault(key));
            }
        }

        var byArticle = articleGrades.Count > 0
            ? RankingMetrics.Score(hits.Select(h => h.Article).ToList(), articleGrades)
            : null;
        var byParagraph = paragraphGrades.Count > 0
            ? RankingMetrics.Score(hits.Select(h => ParagraphKey(h.Article, h.Paragraph)).ToList(), paragraphGrades)
            : null;
        return new QueryEvaluation(query.Id, query.Text, hits, byArticle, byParagraph);
    }

    private static string ParagraphKey(string article, int paragraph) => $"{article}#{paragraph}";
}
