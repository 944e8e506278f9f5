using System.Text.RegularExpressions;

namespace SearchIndex.Core.Search;

/// <summary>
/// A note for a forgiving-syntax query that names a field it cannot search there. The forgiving syntax reads only
/// <c>title:</c> and <c>source:</c>; <c>date:2019-09-10</c> or <c>article:idsum-00815.txt</c> are words there
/// (matching <c>2019</c>, <c>txt</c>…), and a typo like <c>tittle:banjir</c> silently searches <c>tittle</c>.
/// </summary>
public static partial class FieldPrefixHint
{
    private static readonly string[] Forgiving = [ForgivingQueryParser.TitleField, ForgivingQueryParser.SourceField];
    private static readonly string[] StrictOnly = [.. StrictQueryParser.SearchableFields.Except(Forgiving, StringComparer.Ordinal)];

    // Other engines' names (Google's site: and intitle:) and the Indonesian words for ours.
    private static readonly Dictionary<string, string> KnownAliases = new(StringComparer.Ordinal)
    {
        ["site"] = ForgivingQueryParser.SourceField,
        ["sumber"] = ForgivingQueryParser.SourceField,
        ["intitle"] = ForgivingQueryParser.TitleField,
        ["judul"] = ForgivingQueryParser.TitleField,
    };

    /// <summary>One line for the first such field of <paramref name="query"/>, or null when there is none.</summary>
    public static string? For(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (Match match in Prefix().Matches(query))
        {
            var name = match.Groups["name"].Value;
            var lower = name.ToLowerInvariant();
            if (Forgiving.Contains(lower, StringComparer.Ordinal))
            {
                if (Empty().IsMatch(query, match.Index + match.Length))
                {
                    return lower == ForgivingQueryParser.SourceField
                        ? $"'{name}:' names no outlet (an empty variable?), so it is left out and no outlet is filtered"
                        : $"'{name}:' names no word (an empty variable?), so it is left out";
                }

                continue;
            }

            var end = match.Index + match.Length;
            if (end == query.Length || char.IsWhiteSpace(query[end]))
            {
                continue; // "Sumber: BPS", "JAKARTA: banjir": a label in text, no field meant
            }

            if (StrictOnly.Contains(lower, StringComparer.Ordinal))
            {
                var instead = lower switch
                {
                    "date" => "; or filter with --from/--to",
                    "article" => "; or filter with --article",
                    _ => "",
                };
                return $"'{name}:' is searched as words here: fields other than title: and source: need --syntax lucene{instead}";
            }

            if (KnownAliases.TryGetValue(lower, out var alias))
            {
                return $"'{name}:' is not a field, so it is searched as a word; did you mean '{alias}:'?";
            }

            // One edit only: at two, ordinary words glued to a name come close (Tipe:Avanza, Titik:Nol, Tito:Saya).
            if (name.Length >= 4 && Forgiving.FirstOrDefault(field => DidYouMean.EditDistance(lower, field) <= 1) is { } meant)
            {
                return $"'{name}:' is not a field, so it is searched as a word; did you mean '{meant}:'?";
            }
        }

        return null;
    }

    // Nothing right after a field's colon: source: at the end or before a space, source:"" or title:"  ".
    [GeneratedRegex(@"\G(?:\s|$|""\s*(?:""|$))")]
    private static partial Regex Empty();

    // A name typed right before a colon, at a word's start: "tittle:banjir", "date:2019", "source:" (checked for an
    // empty value above), not "Jakarta: ..." (only our fields are looked at before a space).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])(?<name>[A-Za-z_]+):(?=[^\s:]|\s|$)")]
    private static partial Regex Prefix();
}
