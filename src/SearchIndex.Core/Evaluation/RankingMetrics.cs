namespace SearchIndex.Core.Evaluation;

/// <summary>
/// The metric arithmetic over one ranked list of unit keys (an article name, or <c>article#paragraph</c>) and the
/// graded relevant units of a query. Pure functions; see <see cref="Evaluator"/> for the conventions.
/// </summary>
internal static class RankingMetrics
{
    /// <summary>The cut-off of MRR, nDCG and Success@10.</summary>
    public const int TopCutoff = 10;

    /// <summary>The cut-off of recall.</summary>
    public const int RecallCutoff = 100;

    /// <param name="ranked">Unit key of every hit in rank order; a key may repeat (several paragraphs of one article).</param>
    /// <param name="grades">Relevant units (grade &gt; 0 only) and their grades; must not be empty.</param>
    public static QueryScores Score(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        int? first = null;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (grades.ContainsKey(ranked[i]))
            {
                first = i + 1;
                break;
            }
        }

        var rr = first is int r && r <= TopCutoff ? 1.0 / r : 0.0;
        return new QueryScores(first, rr, Ndcg(ranked, grades), Recall(ranked, grades), grades.Count);
    }

    /// <summary>
    /// DCG@10 = sum over ranks i &lt;= 10 of grade / log2(i + 1), where only the first hit of a unit earns its grade
    /// (a repeat is a wasted slot); divided by the DCG of the ideal list (all relevant units by grade, descending).
    /// </summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(TopCutoff, ranked.Count); i++)
        {
            if (seen.Add(ranked[i]) && grades.TryGetValue(ranked[i], out var g))
            {
                dcg += g / Math.Log2(i + 2);
            }
        }

        var ideal = grades.Values.OrderByDescending(g => g).Take(TopCutoff).ToList();
        var idcg = 0.0;
        for (var i = 0; i < ideal.Count; i++)
        {
            idcg += ideal[i] / Math.Log2(i + 2);
        }

        return idcg > 0 ? dcg / idcg : 0.0;
    }

    /// <summary>Distinct relevant units among the first 100 hits, over all relevant units.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var found = ranked.Take(RecallCutoff).Where(grades.ContainsKey).Distinct(StringComparer.Ordinal).Count();
        return grades.Count > 0 ? (double)found / grades.Count : 0.0;
    }
}
