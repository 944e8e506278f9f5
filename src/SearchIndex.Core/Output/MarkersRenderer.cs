namespace SearchIndex.Core.Output;

/// <summary>
/// <c>[[match]]</c>: visible in any pipe or file, easy to grep. The text's own <c>[[</c> and <c>]]</c> are not escaped
/// (docs/cli/search.md, <c>--highlight</c>): JSON output has the exact ranges.
/// </summary>
public sealed class MarkersRenderer() : MarkRenderer(Open, Close)
{
    public const string Open = "[[";
    public const string Close = "]]";
}
