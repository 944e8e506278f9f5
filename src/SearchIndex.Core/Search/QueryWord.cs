namespace SearchIndex.Core.Search;

/// <summary>A positive query word: as typed (lower-cased surface term) and its stem; for explanations and suggestions.</summary>
public sealed record QueryWord(string Word, string Stem);
