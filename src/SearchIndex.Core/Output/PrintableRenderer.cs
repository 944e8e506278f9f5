using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Output;

/// <summary>
/// Replaces control characters with U+FFFD before another renderer marks the text. Scraped text can hold escape
/// sequences (<c>ESC]0;…BEL</c> retitles a terminal, <c>ESC[2J</c> clears it), and bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) that make a terminal show the rest of a line reordered, so that it reads
/// other than it is; text output reaches terminals. JSON output keeps the text exact, its control characters
/// escaped. One character for one keeps every match range in place.
/// </summary>
public sealed class PrintableRenderer(IHighlightRenderer inner) : IHighlightRenderer
{
    public string Render(Highlight highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        return inner.Render(highlight with { Text = Printable(highlight.Text, lineBreaksAsSpaces: true) });
    }

    public string Plain(string text) => inner.Plain(Printable(text));

    /// <summary>
    /// <paramref name="text"/> with each C0 or C1 control character, DEL included, and each bidirectional override,
    /// embedding or isolate as U+FFFD; but a tab, white space between words (a JSONL body's "Harga\tRp 10.000"), as a
    /// space, not as a character that reads as something lost. With <paramref name="lineBreaksAsSpaces"/>, for the text of
    /// a paragraph or title, a line break is white space between words too (<c>\n</c>, <c>\r</c>, U+2028, U+2029: a
    /// JSONL paragraph's "melanda\nkota"), so the words stay apart on the one line a hit or a CSV row takes; in a name
    /// or an id (a file named with a newline) it stays U+FFFD, visibly odd.
    /// </summary>
    public static string Printable(string text, bool lineBreaksAsSpaces = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        return span.IndexOfAnyInRange('\u0000', '\u001F') < 0 && span.IndexOfAnyInRange('\u007F', '\u009F') < 0
            && span.IndexOfAnyInRange('\u202A', '\u202E') < 0 && span.IndexOfAnyInRange('\u2066', '\u2069') < 0
            && !(lineBreaksAsSpaces && span.IndexOfAnyInRange('\u2028', '\u2029') >= 0)
            ? text
            : string.Create(text.Length, (text, lineBreaksAsSpaces), (chars, state) =>
            {
                var source = state.text;
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    chars[i] = c == '\t' || (state.lineBreaksAsSpaces && c is '\n' or '\r' or '\u2028' or '\u2029') ? ' '
                        : char.IsControl(c) || IsBidiControl(c) ? '\uFFFD'
                        : c;
                }
            });
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
