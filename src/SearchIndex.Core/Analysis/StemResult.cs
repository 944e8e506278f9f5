namespace SearchIndex.Core.Analysis;

/// <summary>The outcome of stemming one word.</summary>
/// <param name="Root">The lower-case root the stemmed chain indexes.</param>
/// <param name="Path">
/// How the root was reached, for humans: <c>lexicon:root</c>, <c>affix:meN-+-kan</c>, <c>name:capitalized</c>,
/// <c>acronym</c>, <c>fallback:no-root</c>, ... Not a stable format; do not parse it.
/// </param>
/// <param name="Source">The coarse category of <paramref name="Path"/>.</param>
public sealed record StemResult(string Root, string Path, StemSource Source)
{
    /// <summary>
    /// A derivation the dictionary's flags do not license, only its root is known (<c>bekasi</c> read as
    /// <c>bekas</c> + <c>-i</c>): the reading may be wrong, and the word may be a name written in lower case.
    /// </summary>
    public bool Guessed { get; init; }
}
