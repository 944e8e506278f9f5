using System.Text.RegularExpressions;

namespace SearchIndex.Core.Search;

/// <summary>
/// A note for a forgiving-syntax query that types Lucene's <c>~</c> after a phrase (<c>"banjir bandang"~3</c>, words
/// apart) or a word (<c>banjr~1</c>, fuzzy): the forgiving syntax leaves it out (<see cref="ForgivingQueryParser"/>), and
/// a user who typed it expects it to count.
/// </summary>
public static partial class TildeHint
{
    /// <summary>One line when <paramref name="query"/> types a tilde after a phrase or a word, or null.</summary>
    public static string? For(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Typed().Match(query) is { Success: true } tilde
            ? tilde.Groups["phrase"].Success
                ? $"'{tilde.Groups["tilde"].Value}' lets a phrase's words stand apart only under --syntax lucene; here it is left out, and the phrase matches its words next to each other"
                : $"'{tilde.Groups["tilde"].Value}' makes a word fuzzy only under --syntax lucene; here it is left out, and the word matches as any word does"
            : null;
    }

    /// <summary>A tilde and an optional number, as Lucene writes a phrase's slop or a word's edits: <c>~</c>, <c>~2</c>, <c>~0.8</c>.</summary>
    private const string TildePattern = @"~(?:\d+(?:\.\d+)?)?";

    /// <summary>The tilde at the start of <paramref name="text"/>'s tail from <paramref name="at"/>, when it ends there or before a boost or a space.</summary>
    internal static int LengthAt(string text, int at)
    {
        var tilde = Tilde().Match(text, at);
        return tilde.Success && tilde.Index == at ? tilde.Length : 0;
    }

    [GeneratedRegex(@"\G" + TildePattern + @"(?=\^|\s|$)")]
    private static partial Regex Tilde();

    // After a letter (a word: "30~35" is a span of numbers, not a fuzzy 30) or a closing quote, and before a boost, a
    // space or the end.
    [GeneratedRegex(@"(?:(?<phrase>(?<=[""”‟]))|(?<=\p{L}))(?<tilde>" + TildePattern + @")(?=\^|\s|$)")]
    private static partial Regex Typed();
}
