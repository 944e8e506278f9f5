namespace SearchIndex.Core.Output;

/// <summary><c>[[match]]</c>: visible in any pipe or file, easy to grep.</summary>
public sealed class MarkersRenderer() : MarkRenderer(Open, Close)
{
    public const string Open = "[[";
    public const string Close = "]]";
}
