using System.Globalization;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>
/// A note for a forgiving-syntax query of more distinct words and phrases than one query searches
/// (<see cref="RankingWeights.MaxQueryParts"/>): the builder leaves the rest out, and a pasted paragraph's last words
/// had gone unsearched without a word said. The note names the first word left out and counts the others.
/// </summary>
public static class WordCapHint
{
    /// <summary>One line when <paramref name="query"/> holds more words and phrases than are searched, or null.</summary>
    public static string? For(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length <= 2 * RankingWeights.MaxQueryParts)
        {
            return null; // every query runs this: one too short for 65 parts and their separators is not parsed again
        }

        // Counted as ForgivingQueryBuilder takes them: outlets aside, each distinct word or phrase once.
        var parts = ForgivingQueryParser.Parse(TextNormalizer.Normalize(query))
            .Where(p => p.Field != ForgivingQueryParser.SourceField)
            .Distinct()
            .ToList();
        if (parts.Count <= RankingWeights.MaxQueryParts)
        {
            return null;
        }

        var first = parts[RankingWeights.MaxQueryParts];
        var shown = TextElements.Shortened(first.IsPhrase ? $"\"{first.Text}\"" : first.Text, 40);
        var others = parts.Count - RankingWeights.MaxQueryParts - 1;
        return string.Create(CultureInfo.InvariantCulture,
            $"the query holds {parts.Count} words and phrases; only the first {RankingWeights.MaxQueryParts} are searched, so '{shown}'{(others == 0 ? " is" : $" and the {others} after it are")} left out");
    }
}
