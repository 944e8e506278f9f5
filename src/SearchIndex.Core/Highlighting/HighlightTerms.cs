namespace SearchIndex.Core.Highlighting;

/// <summary>
/// What to mark in a hit's text, taken from the parsed query (excluded words are never in it).
/// </summary>
/// <param name="Stems">Stemmed-chain terms: any word of the text with that stem is marked (<c>tangkap</c> marks <c>ditangkap</c>).</param>
/// <param name="Surfaces">Surface-chain terms (lower-cased words as written) marked wherever they occur.</param>
/// <param name="Phrases">Term sequences marked only where they occur at consecutive positions.</param>
/// <param name="Patterns">Term patterns (strict-syntax wildcards and the like) marking every word they accept.</param>
public sealed record HighlightTerms(
    IReadOnlySet<string> Stems,
    IReadOnlySet<string> Surfaces,
    IReadOnlyList<HighlightPhrase> Phrases,
    IReadOnlyList<HighlightPattern>? Patterns = null)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), new HashSet<string>(), []);

    public bool IsEmpty => Stems.Count == 0 && Surfaces.Count == 0 && Phrases.Count == 0 && (Patterns is null || Patterns.Count == 0);

    public bool NeedsStems => Stems.Count > 0 || Phrases.Any(p => p.Stemmed) || (Patterns?.Any(p => p.Stemmed) ?? false);

    /// <summary>Whether a word with this surface term and stem (null: a stopword) is one to mark, phrases aside.</summary>
    public bool Marks(string surface, string? stem) =>
        Surfaces.Contains(surface) || (stem is not null && Stems.Contains(stem))
        || (Patterns is not null && Patterns.Any(p => p.Stemmed ? stem is not null && p.Accepts(stem) : p.Accepts(surface)));

    /// <summary>These terms and <paramref name="more"/>'s: what to mark in a text two parts of a query searched.</summary>
    public HighlightTerms With(HighlightTerms more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return more.IsEmpty
            ? this
            : new(Stems.Union(more.Stems, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                Surfaces.Union(more.Surfaces, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                [.. Phrases, .. more.Phrases],
                [.. Patterns ?? [], .. more.Patterns ?? []]);
    }
}
