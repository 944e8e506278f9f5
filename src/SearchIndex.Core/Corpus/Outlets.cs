using System.Text.RegularExpressions;

namespace SearchIndex.Core.Corpus;

/// <summary>Recognises news outlet names in bylines and datelines and gives them one spelling.</summary>
internal static partial class Outlets
{
    // Outlets that sign datelines without a domain ("Jakarta, CNN Indonesia --", "Rimanews -").
    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CNN Indonesia", "Antara", "Rimanews", "Kumparan", "Poskota", "Suara", "DailySocial", "Okezone", "Sindonews",
        "Tempo", "Kompas", "Wowkeren", "Fimela", "Kapanlagi", "Posmetro", "Tribunnews", "Merdeka", "Juara", "Detik",
        "Republika", "Liputan6", "Bisnis", "Kontan", "Viva", "Bola", "Goal Indonesia", "Tirto", "Katadata",
    };

    public static bool IsKnown(string name) => KnownNames.Contains(name);

    /// <summary>
    /// The known outlet <paramref name="name"/> spells in a wire dateline, ignoring case, spaces and a trailing
    /// "News": <c>ANTARA News</c> and <c>ANTARANews</c> are Antara, <c>Pos Kota</c> is Poskota. Null for others.
    /// </summary>
    public static string? KnownName(string name)
    {
        var key = Spaceless(name);
        if (BySpacelessName.TryGetValue(key, out var known))
        {
            return known; // Tribunnews, Rimanews: "news" is part of the name
        }

        return key.EndsWith("news", StringComparison.OrdinalIgnoreCase) && BySpacelessName.TryGetValue(key[..^4], out known) ? known : null;
    }

    private static readonly Dictionary<string, string> BySpacelessName =
        KnownNames.ToDictionary(Spaceless, name => name, StringComparer.OrdinalIgnoreCase);

    private static string Spaceless(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    public static bool IsDomainLike(string word) => Domain().IsMatch(word);

    /// <summary><c>TRIBUNNEWS.COM</c> and <c>Tribunnews.com</c> are one outlet: shouted domains are re-cased.</summary>
    public static string Normalize(string name)
    {
        if (!IsDomainLike(name))
        {
            return name;
        }

        var dot = name.IndexOf('.');
        var host = name[..dot];
        var hostCased = host.Any(char.IsLower) ? host : char.ToUpperInvariant(host[0]) + host[1..].ToLowerInvariant();
        return hostCased + name[dot..].ToLowerInvariant();
    }

    [GeneratedRegex(@"^[\p{L}\d-]+(?:\.(?:com|co|net|id|org|tv))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Domain();
}
