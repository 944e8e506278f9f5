namespace SearchIndex.Core.Output;

/// <summary>How matches are shown in text output.</summary>
public enum HighlightStyle
{
    Ansi,
    Markers,
    Html,
    None,
}
