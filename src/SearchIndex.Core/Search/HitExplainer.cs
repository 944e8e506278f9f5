using System.Globalization;
using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>Condenses Lucene's explanation tree to one line per matched term clause, highest first.</summary>
public static class HitExplainer
{
    public static HitExplanation Explain(Explanation explanation, IReadOnlyList<QueryWord> words, IReadOnlyList<WordMatch> matches)
    {
        var lines = new List<(float Value, string Line)>();
        Collect(explanation, lines);
        var scoring = lines.OrderByDescending(l => l.Value).Select(l => l.Line).ToList();
        var stemMatches = words
            .Select(w => new StemMatch(w.Word, w.Stem, matches
                .Where(m => m.Stem == w.Stem && m.Surface != w.Word)
                .Select(m => m.Surface).Distinct().ToList()))
            .Where(s => s.Forms.Count > 0)
            .ToList();
        return new HitExplanation(scoring, stemMatches);
    }

    /// <summary>Keeps the <c>weight(field:term in doc)</c> nodes: the per-term BM25 contributions that sum to the score.</summary>
    private static void Collect(Explanation node, List<(float Value, string Line)> lines)
    {
        const string Weight = "weight(";
        var description = node.Description ?? "";
        if (node.IsMatch && description.StartsWith(Weight, StringComparison.Ordinal))
        {
            var end = description.IndexOf(" in ", StringComparison.Ordinal);
            var clause = end > Weight.Length ? description[Weight.Length..end] : description;
            lines.Add((node.Value, string.Create(CultureInfo.InvariantCulture, $"{node.Value:0.####} {clause}")));
            return;
        }

        foreach (var detail in node.GetDetails() ?? [])
        {
            Collect(detail, lines);
        }
    }
}
