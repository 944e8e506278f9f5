namespace SearchIndex.Core.Search;

/// <summary>A positive query word: as typed (lower-cased surface term) and its stem; for explanations and suggestions.</summary>
public sealed record QueryWord(string Word, string Stem)
{
    /// <summary>Acronym terms that stand in for the word where the query typed their long form (<see cref="AcronymTable"/>).</summary>
    public IReadOnlyList<string> StandIns { get; init; } = [];

    /// <summary>The stems of the two words the index also holds the word written as (<see cref="WordReadings.Apart"/>); empty when none.</summary>
    public IReadOnlyList<string> Apart { get; init; } = [];

    /// <summary>The stems of the word's other spellings (<see cref="SpellingVariants"/>: <c>karir</c> for <c>karier</c>); empty for most words.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The words of its root that the title field holds whole (<see cref="WordReadings.TitleWholeForms"/>), for a <c>title:</c> word; else empty.</summary>
    public IReadOnlyList<string> TitleWhole { get; init; } = [];

    /// <summary>The word as typed, lower-cased but not folded (<c>zzqéx</c> where <see cref="Word"/> is <c>zzqex</c>, <c>qur'ann</c>
    /// where it is <c>qurann</c>): what a message and the JSON's <c>missing</c> name.</summary>
    public string Typed { get; init; } = Word;
}
