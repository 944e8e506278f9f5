namespace SearchIndex.Core.Output;

/// <summary>The renderer for a <see cref="HighlightStyle"/>, which never passes a control character through.</summary>
public static class HighlightRenderers
{
    public static IHighlightRenderer For(HighlightStyle style) => new PrintableRenderer(style switch
    {
        HighlightStyle.Ansi => new AnsiRenderer(),
        HighlightStyle.Markers => new MarkersRenderer(),
        HighlightStyle.Html => new HtmlRenderer(),
        _ => new PlainRenderer(),
    });
}
