using System.Text;

namespace SearchIndex.Core.Output;

/// <summary><c>&lt;mark&gt;match&lt;/mark&gt;</c>; every other character of the text is HTML-escaped.</summary>
public sealed class HtmlRenderer() : MarkRenderer(Open, Close)
{
    public const string Open = "<mark>";
    public const string Close = "</mark>";

    public override string Plain(string text) => Escape(text);

    /// <summary>Escapes the five characters that matter in HTML text and attributes; leaves other Unicode as is.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
