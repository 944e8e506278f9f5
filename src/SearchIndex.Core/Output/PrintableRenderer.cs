using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Output;

/// <summary>
/// Replaces control characters with U+FFFD before another renderer marks the text. Scraped text can hold escape
/// sequences (<c>ESC]0;…BEL</c> retitles a terminal, <c>ESC[2J</c> clears it), and text output reaches terminals;
/// JSON escapes them instead and keeps the text exact. One character for one keeps every match range in place.
/// </summary>
public sealed class PrintableRenderer(IHighlightRenderer inner) : IHighlightRenderer
{
    public string Render(Highlight highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        return inner.Render(highlight with { Text = Printable(highlight.Text) });
    }

    public string Plain(string text) => inner.Plain(Printable(text));

    /// <summary><paramref name="text"/> with each C0 or C1 control character, DEL included, as U+FFFD.</summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') < 0 && text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') < 0
            ? text
            : string.Create(text.Length, text, (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    chars[i] = char.IsControl(source[i]) ? '\uFFFD' : source[i];
                }
            });
    }
}
