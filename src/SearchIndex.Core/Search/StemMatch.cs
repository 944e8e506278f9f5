namespace SearchIndex.Core.Search;

/// <summary>A query word that matched the paragraph through its stem only: the forms written in the text.</summary>
public sealed record StemMatch(string Word, string Stem, IReadOnlyList<string> Forms);
