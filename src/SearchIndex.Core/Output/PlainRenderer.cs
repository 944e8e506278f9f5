namespace SearchIndex.Core.Output;

/// <summary>No marks at all (<c>--highlight none</c>).</summary>
public sealed class PlainRenderer() : MarkRenderer("", "");
