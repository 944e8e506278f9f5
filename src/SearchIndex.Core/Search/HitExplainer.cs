using System.Globalization;
using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>Condenses Lucene's explanation tree to one line per matched term clause, highest first.</summary>
public static class HitExplainer
{
    /// <param name="cover">How much of the query the hit's article holds (<see cref="ArticleCoverage"/>).</param>
    /// <param name="ranked">The hit after <see cref="ArticleDiversity"/>: the better paragraphs of its article ranked before it, and the share of its score kept without the title.</param>
    public static HitExplanation Explain(Explanation explanation, ArticleCover cover, DiversifiedDoc ranked, IReadOnlyList<QueryWord> words, IReadOnlyList<WordMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var lines = new List<(float Value, string Line)>();
        var factors = new List<string>();
        Collect(explanation, lines, factors);
        if (cover.Factor < 1f)
        {
            factors.Add(string.Create(CultureInfo.InvariantCulture, $"×{cover.Factor:0.####} article-cover({cover.Held}/{cover.Words})"));
        }

        if (ranked.OwnShare < 1f)
        {
            factors.Add(string.Create(CultureInfo.InvariantCulture, $"×{ranked.OwnShare:0.####} title-counted-once"));
        }

        if (ranked.Repeat > 0)
        {
            factors.Add(string.Create(CultureInfo.InvariantCulture, $"×{ArticleDiversity.Factor(ranked.Repeat):0.####} article-repeat({ranked.Repeat})"));
        }

        var scoring = lines.OrderByDescending(l => l.Value).Select(l => l.Line).Concat(factors).ToList();
        var stemMatches = words
            .Select(w => new StemMatch(w.Word, w.Stem, matches
                .Where(m => m.Stem == w.Stem && m.Surface != w.Word)
                .Select(m => m.Surface).Distinct().ToList()))
            .Where(s => s.Forms.Count > 0)
            .ToList();
        return new HitExplanation(scoring, stemMatches);
    }

    /// <summary>
    /// Keeps the <c>weight(field:term in doc)</c> nodes, the per-term BM25 contributions, and the coordination factors
    /// below 1 that scale their sum (<c>×0.4444 coord(4/6)</c>: four of the query's six terms matched, a word's stem and
    /// its written form counting as two).
    /// </summary>
    private static void Collect(Explanation node, List<(float Value, string Line)> lines, List<string> factors)
    {
        const string Weight = "weight(";
        var description = node.Description ?? "";
        if (description.StartsWith("coord(", StringComparison.Ordinal))
        {
            if (node.Value is > 0f and < 1f)
            {
                factors.Add(string.Create(CultureInfo.InvariantCulture, $"×{node.Value:0.####} {description}"));
            }

            return;
        }

        if (node.IsMatch && description.StartsWith(Weight, StringComparison.Ordinal))
        {
            var end = description.IndexOf(" in ", StringComparison.Ordinal);
            var clause = end > Weight.Length ? description[Weight.Length..end] : description;
            lines.Add((node.Value, string.Create(CultureInfo.InvariantCulture, $"{node.Value:0.####} {clause}")));
            return;
        }

        foreach (var detail in node.GetDetails() ?? [])
        {
            Collect(detail, lines, factors);
        }
    }
}
