using System.Text.RegularExpressions;

namespace SearchIndex.Core.Search;

/// <summary>
/// A note for a forgiving-syntax query that types a prefix's star inside quotes (<c>"kabut asap*"</c>): a phrase asks
/// for its words as written, so the star is left out and <c>kabut asapnya</c> is not found, while the user who typed it
/// expects every ending, and was told nothing.
/// </summary>
public static partial class PhraseStarHint
{
    /// <summary>One line when a quoted phrase of <paramref name="query"/> holds a word ending in <c>*</c>, or null.</summary>
    public static string? For(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var part in ForgivingQueryParser.Parse(query))
        {
            if (part.IsPhrase && StarredWord().Match(part.Text) is { Success: true } word)
            {
                return $"'*' is left out of \"{part.Text}\": a quoted phrase matches its words as written; to match every word that starts so, write it outside the quotes ({word.Value})";
            }
        }

        return null;
    }

    // A star that ends its word: inside one ("as*ap") it marks no prefix, and "write as* outside the quotes" named a
    // word not typed.
    [GeneratedRegex(@"[\p{L}\p{N}]+\*(?=\**(?![\p{L}\p{N}]))")]
    private static partial Regex StarredWord();
}
