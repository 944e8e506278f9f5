using System.Text.RegularExpressions;

namespace SearchIndex.Core.Corpus;

/// <summary>Reads reporter bylines such as <c>Laporan Wartawan Tribunnews.com Namira Yunia Lestanti</c>.</summary>
internal static partial class Bylines
{
    public static bool TryParse(string line, out string? outlet, out string? author)
    {
        outlet = author = null;
        var match = Byline().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var rest = match.Groups["rest"].Value.Trim();
        var firstWord = rest.Split(' ', 2);
        if (Outlets.IsDomainLike(firstWord[0]))
        {
            outlet = Outlets.Normalize(firstWord[0]);
            author = firstWord.Length > 1 ? firstWord[1].Trim(' ', ',') : null;
        }
        else if (rest.IndexOf(',') is var comma and > 0)
        {
            // "Laporan Wartawan Tribun Jogja, Nama Penulis"
            outlet = rest[..comma].Trim();
            author = rest[(comma + 1)..].Trim();
        }
        else
        {
            author = rest;
        }

        author = string.IsNullOrWhiteSpace(author) ? null : author;
        return true;
    }

    [GeneratedRegex(@"^Laporan\s+(?:Wartawan|Reporter|Koresponden|Kontributor|Jurnalis)\s+(?<rest>.{2,120})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
