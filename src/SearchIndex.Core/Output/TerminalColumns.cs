using System.Globalization;
using System.Text;

namespace SearchIndex.Core.Output;

/// <summary>
/// Columns a terminal gives text, as <c>wcwidth</c> counts them: two for an East Asian wide or full-width character
/// (水, 초) and an emoji, none for a combining mark (an Arabic vowel over its letter) or a format character, one for
/// anything else. A text element (a letter and its marks, an emoji and its modifier) takes the columns of its widest part.
/// </summary>
internal static class TerminalColumns
{
    /// <summary>The columns of <paramref name="text"/>.</summary>
    public static int Of(string text)
    {
        var columns = 0;
        foreach (var element in Elements(text))
        {
            columns += Of(text.AsSpan(element.Start, element.Length));
        }

        return columns;
    }

    /// <summary><paramref name="text"/> with spaces after it to fill <paramref name="columns"/> (none when it takes more).</summary>
    public static string PadRight(string text, int columns) => text + new string(' ', Math.Max(0, columns - Of(text)));

    /// <summary><paramref name="text"/> with spaces before it to fill <paramref name="columns"/> (none when it takes more).</summary>
    public static string PadLeft(string text, int columns) => new string(' ', Math.Max(0, columns - Of(text))) + text;

    /// <summary>The text elements of <paramref name="text"/>, as (start, length) in UTF-16 units, in order.</summary>
    public static IEnumerable<(int Start, int Length)> Elements(string text)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        for (var i = 0; i < starts.Length; i++)
        {
            yield return (starts[i], (i + 1 < starts.Length ? starts[i + 1] : text.Length) - starts[i]);
        }
    }

    /// <summary>The columns of one text element.</summary>
    public static int Of(ReadOnlySpan<char> element)
    {
        var columns = 0;
        foreach (var rune in element.EnumerateRunes())
        {
            columns = Math.Max(columns, Of(rune));
        }

        return columns;
    }

    private static int Of(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? 0
        : IsWide(rune.Value) ? 2
        : 1;

    /// <summary>East Asian Wide and Fullwidth blocks, and the emoji blocks.</summary>
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xA960 and <= 0xA97F) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE10 and <= 0xFE19) or (>= 0xFE30 and <= 0xFE6F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F1E6 and <= 0x1F1FF) or (>= 0x1F300 and <= 0x1F64F) or (>= 0x1F680 and <= 0x1F6FF)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x1FA70 and <= 0x1FAFF) or (>= 0x20000 and <= 0x3FFFD);
}
