namespace SearchIndex.Core.Highlighting;

/// <summary>A phrase to mark: its terms in order, from the stemmed chain or from the surface chain.</summary>
public sealed record HighlightPhrase(IReadOnlyList<string> Terms, bool Stemmed);
