using System.Buffers;
using System.Text;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Rewrites text typed or pasted in other Unicode spellings into the usual one, before it is indexed, stored or
/// searched: an ASCII letter plus combining accent (<c>e</c> + U+0301, as macOS pastes it) becomes the composed letter
/// (<c>é</c>, <see cref="LatinComposition"/>), full-width letters and digits (<c>ｐｕｔｉｎ</c>) become ASCII, and invisible
/// characters that split or join words without showing (zero-width space and joiners, word joiner, byte-order mark,
/// soft hyphen, bidirectional marks and controls) are dropped, so <c>put&#x200B;in</c> is one word. Applied to the paragraphs and titles an index stores and
/// to every query, so offsets and highlights refer to the stored (normalized) text. Text without these characters,
/// nearly all news text, is returned as is after one vectorized scan.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Characters that show nothing and are dropped: soft hyphen, zero-width space and (non-)joiner, word joiner, BOM,
    /// and the bidirectional marks, embeddings, overrides and isolates (U+200E/F, U+061C, U+202A–E, U+2066–9), which
    /// scraped pages leave glued to words (<c>Habibie</c> + U+200E: 88 times in 70 articles of the shared corpus) and which the
    /// tokenizer keeps inside the word, so it matched no query.
    /// </summary>
    private const string Invisible = "\u00AD\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    private static readonly SearchValues<char> Special = SearchValues.Create(Chars());

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        if (first > 0 && text[first] is >= '\u0300' and <= '\u036F')
        {
            first--; // a combining mark composes with the letter before it
        }

        var output = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            var c = text[i];
            if (Invisible.Contains(c, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                output.Append((char)(c - 0xFEE0)); // the full-width block mirrors ASCII 0x21-0x7E
                i++;
                continue;
            }

            // A letter and the combining marks after it: the first mark composed onto an ASCII letter (NFC for these).
            var end = i + 1;
            while (end < text.Length && text[end] is >= '\u0300' and <= '\u036F')
            {
                end++;
            }

            var k = i + 1;
            while (k < end && LatinComposition.Compose(c, text[k]) is { } composed)
            {
                c = composed;
                k++;
            }

            output.Append(c).Append(text, k, end - k);
            i = end;
        }

        return output.ToString();
    }

    private static string Chars()
    {
        var chars = new StringBuilder(Invisible);
        for (var c = '\u0300'; c <= '\u036F'; c++)
        {
            chars.Append(c);
        }

        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            chars.Append(c);
        }

        return chars.ToString();
    }
}
