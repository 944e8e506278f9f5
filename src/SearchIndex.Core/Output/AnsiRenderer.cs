namespace SearchIndex.Core.Output;

/// <summary>Bold red matches for a colour terminal (SGR 1;31, reset with SGR 0).</summary>
public sealed class AnsiRenderer() : MarkRenderer(Open, Close)
{
    public const string Open = "\u001b[1;31m";
    public const string Close = "\u001b[0m";
}
