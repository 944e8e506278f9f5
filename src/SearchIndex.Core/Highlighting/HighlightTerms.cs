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

    /// <summary>
    /// Stems of the query's excluded words: never marked, though a word typed too, a prefix, a spelling or an acronym
    /// reaches them. The paragraphs listed never hold them, but their titles may (<c>jakarta banjir -banjir</c> lists
    /// what <c>jakarta -banjir</c> lists, and had marked <c>banjir</c> in 17 of its first 100 titles).
    /// </summary>
    public IReadOnlySet<string> ExcludedStems { get; init; } = new HashSet<string>();

    /// <summary>Excluded words as written (a stopword has no stem: <c>yang dia -yang</c>).</summary>
    public IReadOnlySet<string> ExcludedSurfaces { get; init; } = new HashSet<string>();

    public bool IsEmpty => Stems.Count == 0 && Surfaces.Count == 0 && Phrases.Count == 0 && (Patterns is null || Patterns.Count == 0);

    public bool NeedsStems => Stems.Count > 0 || Phrases.Any(p => p.Stemmed) || (Patterns?.Any(p => p.Stemmed) ?? false);

    /// <summary>Whether a word with this surface term and stem (null: a stopword) is one to mark, phrases aside.</summary>
    public bool Marks(string surface, string? stem) =>
        !ExcludedSurfaces.Contains(surface) && (stem is null || !ExcludedStems.Contains(stem))
        && (Surfaces.Contains(surface) || (stem is not null && Stems.Contains(stem))
        || (Patterns is not null && Patterns.Any(p => p.Stemmed ? stem is not null && p.Accepts(stem) : p.Accepts(surface))));

    /// <summary>
    /// These terms and <paramref name="more"/>'s: what to mark in a text two parts of a query searched. What
    /// <paramref name="more"/> asks for itself is not excluded by these terms' exclusions (<c>title:roket -roket</c>
    /// marks the title's roket: only the paragraphs were to be without it).
    /// </summary>
    public HighlightTerms With(HighlightTerms more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return more.IsEmpty
            ? this
            : new(Stems.Union(more.Stems, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                Surfaces.Union(more.Surfaces, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                [.. Phrases, .. more.Phrases],
                [.. Patterns ?? [], .. more.Patterns ?? []])
            {
                ExcludedStems = ExcludedStems.Except(more.Stems, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
                ExcludedSurfaces = ExcludedSurfaces.Except(more.Surfaces, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
            };
    }
}
