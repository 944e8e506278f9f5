namespace SearchIndex.Core.Search;

/// <summary>A neighbouring paragraph of a hit (<c>--context</c>), unhighlighted.</summary>
public sealed record ContextParagraph(int Paragraph, string Text);
