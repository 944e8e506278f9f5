using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Output;

/// <summary>Turns highlight data into display text; the only place that knows how a mark looks.</summary>
public interface IHighlightRenderer
{
    /// <summary>The text with every match marked.</summary>
    string Render(Highlight highlight);

    /// <summary>Unmarked text (titles, context) made safe for the same output (HTML escapes it).</summary>
    string Plain(string text);
}
