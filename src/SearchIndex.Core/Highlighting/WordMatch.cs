namespace SearchIndex.Core.Highlighting;

/// <summary>A matched word of a text: where it is, the word as written (lower-cased) and its stem when known.</summary>
public readonly record struct WordMatch(TextRange Range, string Surface, string? Stem);
