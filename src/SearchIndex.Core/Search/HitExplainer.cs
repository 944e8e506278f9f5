using System.Globalization;
using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>Condenses Lucene's explanation tree to one line per matched term clause, highest first.</summary>
public static class HitExplainer
{
    /// <summary>The heading of the title-as-paragraph clause (<see cref="ScoreRecordingQuery.ExplainAs"/>); its terms print as <c>title-as-¶ title:word</c>.</summary>
    public const string TitleAsParagraph = "title as a paragraph of its article:";

    private const string TitleAsParagraphPrefix = "title-as-¶ ";

    /// <param name="cover">How much of the query the hit's article holds (<see cref="ArticleCoverage"/>).</param>
    /// <param name="ranked">The hit after <see cref="ArticleDiversity"/>: the better paragraphs of its article ranked before it, and the share of its score kept without the title.</param>
    public static HitExplanation Explain(Explanation explanation, ArticleCover cover, DiversifiedDoc ranked, IReadOnlyList<QueryWord> words, IReadOnlyList<WordMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var lines = new List<(float Value, string Line)>();
        var factors = new List<string>();
        Collect(explanation, lines, factors, 1f, "");
        if (cover.Factor < 1f)
        {
            var title = cover.TitleNamed
                ? ", title named"
                : string.Create(CultureInfo.InvariantCulture, $", ÷{1 + RankingWeights.TitleNamed:0.##} title not named");
            var headline = cover.TitleShare < 1
                ? string.Create(CultureInfo.InvariantCulture, $", ×{cover.TitleShareFactor:0.###} title {cover.TitleShare:0%} held")
                : "";
            factors.Add(string.Create(CultureInfo.InvariantCulture, $"×{cover.Factor:0.####} article-cover({cover.Held}/{cover.Words}{title}{headline})"));
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
        // Only a word the paragraph does not also hold as typed: one it holds matched as typed, whatever other forms
        // of its stem stand beside it ("tangkap" in a paragraph with "alat tangkap" and "ditangkap" is no stem match).
        // Another spelling's forms are other written forms of the word too (karirnya for "karier", SpellingVariants).
        var stemMatches = words
            .Where(w => !matches.Any(m => m.Surface == w.Word))
            .Select(w => new StemMatch(w.Word, w.Stem, matches
                .Where(m => (m.Stem == w.Stem || w.Variants.Contains(m.Stem)) && m.Surface != w.Word)
                .Select(m => m.Surface).Distinct().ToList()))
            .Where(s => s.Forms.Count > 0)
            .ToList();
        // "menteri" found as Menaker: which acronym or compound stood in for a word, as written in the paragraph.
        StemMatch StandingIn(QueryWord word, string term) =>
            new(word.Word, term, matches.Where(m => m.Stem == term).Select(m => m.Surface).Distinct().ToList()) { StandsIn = true };
        // Only for a word the paragraph does not hold itself: there the stand-in is what matched.
        stemMatches.AddRange(words
            .Where(w => !matches.Any(m => m.Stem == w.Stem || m.Surface == w.Word))
            .SelectMany(w => w.StandIns.Select(term => StandingIn(w, term)))
            .Where(s => s.Forms.Count > 0)
            .DistinctBy(s => (s.Word, s.Stem)));
        return new HitExplanation(scoring, stemMatches);
    }

    /// <summary>
    /// Keeps the <c>weight(field:term in doc)</c> nodes, the per-term BM25 contributions, each as it enters the score:
    /// times the coordination factor below 1 that scales the words' sum (<c>×0.4444 coord(4/6)</c>: four of the query's
    /// six terms matched, a word's stem and its written form counting as two; listed once, already in the lines). A disjunction (<c>max plus 0.3 times others of:</c>) counts its best branch
    /// in full and the others times the tie breaker, so the lines add up to the score the way Lucene summed it; the
    /// title-as-paragraph clause's terms are prefixed <c>title-as-¶</c>, as they repeat the title boost's terms.
    /// </summary>
    private static void Collect(Explanation node, List<(float Value, string Line)> lines, List<string> factors, float scale, string prefix)
    {
        const string Weight = "weight(";
        var description = node.Description ?? "";
        if (IsCoord(node))
        {
            return; // applied by its parent, below
        }

        if (node.IsMatch && description.StartsWith(Weight, StringComparison.Ordinal))
        {
            var end = description.IndexOf(" in ", StringComparison.Ordinal);
            var clause = end > Weight.Length ? description[Weight.Length..end] : description;
            var value = node.Value * scale;
            if (value <= 0f)
            {
                return; // a disjunction's branch that does not count (tie breaker 0)
            }

            lines.Add((value, string.Create(CultureInfo.InvariantCulture, $"{value:0.####} {prefix}{clause}")));
            return;
        }

        const string Constant = "ConstantScore(";
        if (node.IsMatch && description.StartsWith(Constant, StringComparison.Ordinal) && node.Value * scale > 0f)
        {
            // A strict-syntax date: (a range of day numbers), a query of excluded words only (every paragraph, *:*, but
            // those), or a pattern over too many terms to score one by one (EveryTermRewrite).
            var end = description.LastIndexOf(')');
            var clause = end > Constant.Length ? description[Constant.Length..end] : description;
            var why = clause.StartsWith(IndexSchema.DateDay + ":", StringComparison.Ordinal) ? "date: (constant)"
                : clause.Contains("+*:*", StringComparison.Ordinal) ? $"{clause} (constant: excluded words alone rank nothing)"
                : $"{clause} (constant: too many terms to score each)";
            var value = node.Value * scale;
            lines.Add((value, string.Create(CultureInfo.InvariantCulture, $"{value:0.####} {prefix}{why}")));
            return;
        }

        if (node.IsMatch && description.StartsWith("MatchAllDocsQuery", StringComparison.Ordinal) && node.Value * scale > 0f)
        {
            // A filter alone (--source, --article) or *:*: no word to score, so every paragraph scores alike and the
            // list keeps article, then paragraph order. Without a line, --explain printed nothing at all.
            var value = node.Value * scale;
            lines.Add((value, string.Create(CultureInfo.InvariantCulture, $"{value:0.####} {prefix}every paragraph (constant: no word to score; article, then paragraph order)")));
            return;
        }

        if (description == TitleAsParagraph)
        {
            prefix = TitleAsParagraphPrefix;
        }

        var details = node.GetDetails() ?? [];
        // A coordination factor multiplies its sibling (the words' sum): scale those lines by it, and show it once.
        if (details.FirstOrDefault(IsCoord) is { Value: > 0f and < 1f } coord)
        {
            factors.Add(string.Create(CultureInfo.InvariantCulture, $"×{coord.Value:0.####} {coord.Description}"));
            scale *= coord.Value;
        }

        var tie = TieBreaker(description);
        var best = tie is null ? null : details.Where(d => d.IsMatch).MaxBy(d => d.Value);
        foreach (var detail in details)
        {
            Collect(detail, lines, factors, tie is { } t && !ReferenceEquals(detail, best) ? scale * t : scale, prefix);
        }
    }

    private static bool IsCoord(Explanation node) => node.Description?.StartsWith("coord(", StringComparison.Ordinal) == true;

    /// <summary>
    /// The tie breaker of a disjunction's explanation (<c>max of:</c> is 0); null for any other node. Lucene.Net writes
    /// it in the current culture: <c>max plus 0,1 times others of:</c> under a comma-decimal culture (Indonesia's own,
    /// <c>id-ID</c>, is one), which the invariant culture alone did not read, so a library caller there saw every
    /// branch of a disjunction in full, lines that did not add up to the score (the CLI runs in the invariant culture).
    /// </summary>
    private static float? TieBreaker(string description)
    {
        if (description == "max of:")
        {
            return 0f;
        }

        const string Head = "max plus ";
        var end = description.IndexOf(" times others of:", StringComparison.Ordinal);
        return description.StartsWith(Head, StringComparison.Ordinal) && end > Head.Length
            && (float.TryParse(description[Head.Length..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var tie)
                || float.TryParse(description[Head.Length..end], NumberStyles.Float, CultureInfo.CurrentCulture, out tie))
            ? tie
            : null;
    }
}
