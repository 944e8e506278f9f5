using System.Text.RegularExpressions;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Reads the dateline that opens a lead: <c>TRIBUNNEWS.COM, MOSKOW – </c>, <c>JAKARTA, KOMPAS.com - </c>,
/// <c>Jakarta, CNN Indonesia -- </c>, <c>Rimanews - </c>, <c>Jakarta (ANTARA News) - </c>. The paragraph keeps its
/// words; only metadata is taken.
/// </summary>
internal static partial class Datelines
{
    private const int MaxWordsPerPart = 4;

    public static bool TryParse(string paragraph, out string? outlet, out string? place)
    {
        outlet = place = null;
        var match = Head().Match(paragraph);
        if (!match.Success)
        {
            return false;
        }

        if (InParentheses().Match(match.Groups["head"].Value) is { Success: true } wire)
        {
            // "Jakarta (ANTARA News) -": a known outlet only, for a team or a role in parentheses opens other leads.
            outlet = Outlets.KnownName(wire.Groups["outlet"].Value);
            place = outlet is null ? null : wire.Groups["place"].Value.Trim().TrimEnd(',').TrimEnd();
            return outlet is not null && IsNameLike(place!);
        }

        var parts = match.Groups["head"].Value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !parts.All(IsNameLike))
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (outlet is null && (Outlets.IsDomainLike(part) || Outlets.IsKnown(part)))
            {
                outlet = Outlets.Normalize(part);
            }
            else if (place is null && (parts.Length == 2 || IsAllCaps(part)))
            {
                place = part;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The paragraph without its dateline, for display where the dateline is noise (fallback titles).</summary>
    public static string StripDateline(string paragraph) =>
        TryParse(paragraph, out _, out _) ? paragraph[Head().Match(paragraph).Length..] : paragraph;

    private static bool IsNameLike(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWordsPerPart && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    private static bool IsAllCaps(string part) =>
        part.Count(char.IsLetter) >= 3 && !part.Any(char.IsLower);

    // A single dash between a word and a letter or digit is a hyphen within a name or a word, not a dateline's: read as
    // one, "PDI-P Tangsel: Kami …" (a headline) had been a lead filed from "PDI", titled "P Tangsel: Kami …", "DHC
    // 6-400" a place, and "Detik-detik Tabrakan Bus" (the moments of) an outlet "Detik". A dash the scrape left
    // before a comma ("TEMPO.CO, Jakarta-, baru saja …") still ends a dateline, and so does an em dash, which joins no
    // word ("WASHINGTON—The …", as the Wall Street Journal writes it).
    [GeneratedRegex(@"^(?<head>[\p{L}\d][\p{L}\d .,'’()]{1,60}?)(?:\s*--|\s*—|\s+[-–]|[-–](?![\p{L}\d]))\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Head();

    [GeneratedRegex(@"^(?<place>[^()]+?)\s*\((?<outlet>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex InParentheses();
}
