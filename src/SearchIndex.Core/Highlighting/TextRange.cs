namespace SearchIndex.Core.Highlighting;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units (.NET string indices) in a text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}
