namespace SearchIndex.Core.Highlighting;

/// <summary>Helpers over lists of <see cref="TextRange"/>.</summary>
public static class TextRanges
{
    /// <summary>
    /// Sorts and merges ranges so renderers never nest marks: overlapping or touching ranges become one.
    /// <c>[0,3) [3,5)</c> → <c>[0,5)</c>; <c>[0,4) [2,6)</c> → <c>[0,6)</c>; <c>[0,2) [3,5)</c> stays as is; empty ranges drop.
    /// </summary>
    public static IReadOnlyList<TextRange> Normalize(IEnumerable<TextRange> ranges)
    {
        var sorted = ranges.Where(r => r.End > r.Start).OrderBy(r => r.Start).ThenBy(r => r.End).ToList();
        var merged = new List<TextRange>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
