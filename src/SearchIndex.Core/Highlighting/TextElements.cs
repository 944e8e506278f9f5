using System.Globalization;

namespace SearchIndex.Core.Highlighting;

/// <summary>
/// Text elements (extended grapheme clusters): what a reader sees as one character, such as a surrogate pair, a letter
/// with its combining marks, or an emoji with its modifiers. A cut inside one shows half a character (U+FFFD).
/// </summary>
internal static class TextElements
{
    /// <summary>
    /// <paramref name="text"/> as quoted in a message or a fallback title: whole when it has at most
    /// <paramref name="maxChars"/> UTF-16 units, else cut before the character at that point, plus "…". A cut at a raw
    /// index could split a surrogate pair, which prints as U+FFFD and is invalid UTF-16 in JSON.
    /// </summary>
    public static string Shortened(string text, int maxChars) =>
        text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, At(text, maxChars).Start), "…");

    /// <summary>
    /// The element holding <paramref name="index"/> (a 0-based UTF-16 index); at the text's end, the empty range there.
    /// </summary>
    public static TextRange At(string text, int index)
    {
        var at = KnownBoundaryBefore(text, index);
        while (true)
        {
            var next = at + StringInfo.GetNextTextElementLength(text, at);
            if (next > index || next == at)
            {
                return new TextRange(at, next);
            }

            at = next;
        }
    }

    /// <summary>
    /// A boundary at or before <paramref name="index"/> to start segmenting from, so a long paragraph is not walked from
    /// its start: two ASCII characters other than CR LF always have one between them (they are never marks, joiners,
    /// or regional indicators, the only characters whose clustering looks further back). Text with no two ASCII
    /// characters in a row before <paramref name="index"/> (Chinese or Thai without spaces) is still walked from its
    /// start: linear per call, so a caller that asks about many places in such a text looks near each one instead.
    /// </summary>
    private static int KnownBoundaryBefore(string text, int index)
    {
        for (var p = Math.Min(index, text.Length - 1); p > 0; p--)
        {
            if (char.IsAscii(text[p - 1]) && char.IsAscii(text[p]) && !(text[p - 1] == '\r' && text[p] == '\n'))
            {
                return p;
            }
        }

        return 0;
    }
}
