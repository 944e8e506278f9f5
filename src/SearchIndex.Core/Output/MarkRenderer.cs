using System.Text;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Output;

/// <summary>Renders matches by wrapping them in an opening and a closing string, escaping all text in between.</summary>
public abstract class MarkRenderer(string open, string close) : IHighlightRenderer
{
    public string Render(Highlight highlight)
    {
        var text = highlight.Text;
        var result = new StringBuilder(text.Length + highlight.Matches.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var match in highlight.Matches)
        {
            result.Append(Plain(text[at..match.Start])).Append(open).Append(Plain(text[match.Start..match.End])).Append(close);
            at = match.End;
        }

        return result.Append(Plain(text[at..])).ToString();
    }

    public virtual string Plain(string text) => text;
}
