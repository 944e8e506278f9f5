namespace SearchIndex.Core.Highlighting;

/// <summary>A phrase to mark: its terms in order, from the stemmed chain or from the surface chain.</summary>
/// <param name="Slop">A strict-syntax phrase's slop (<c>"a b"~2</c>): how far its words may stand from their places, as
/// Lucene counts it, so in either order; 0: next to each other. Read only with <paramref name="Offsets"/>.</param>
/// <param name="Offsets">The places of the phrase's terms as the Lucene query holds them: a strict-syntax phrase's (a gap
/// where a stopword was dropped, which any word of the text may fill), or a word asked written apart, whose parts stand
/// next to each other; null: the terms in a row (in the stemmed chain, stopwords' gaps aside).</param>
public sealed record HighlightPhrase(IReadOnlyList<string> Terms, bool Stemmed, int Slop = 0, IReadOnlyList<int>? Offsets = null);
