namespace SearchIndex.Core.Search;

/// <summary>
/// A query word that matched the paragraph through its stem only: the forms written in the text. Or, when
/// <see cref="StandsIn"/>, through what stands in for it (an acronym, a compound written as one): <see cref="Stem"/> is
/// then that term.
/// </summary>
public sealed record StemMatch(string Word, string Stem, IReadOnlyList<string> Forms)
{
    public bool StandsIn { get; init; }
}
