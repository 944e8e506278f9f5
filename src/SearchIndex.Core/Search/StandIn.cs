namespace SearchIndex.Core.Search;

/// <summary>
/// What stands in for one query word: the acronym of a long form typed in the query, or the joined word of two
/// words typed (<see cref="Terms"/>, with its <see cref="Weight"/>), or the long forms of an acronym typed
/// (<see cref="LongForms"/>, as phrases, in the title only). A paragraph that spells a long form out nearly always gives the acronym too (news defines
/// it in parentheses, then uses it), so there the acronym finds it; a headline has room for only one of the
/// two: "Tiga calon rektor UI" is remembered of "Kandidat Rektor Universitas Indonesia Mengerucut Tiga Nama".
/// Long forms in the paragraph text too were measured worse (docs/relevance.md, step 22).
/// </summary>
internal readonly record struct StandIn(IReadOnlyList<string> Terms, float Weight, IReadOnlyList<Acronym>? LongForms = null)
{
    public static StandIn None { get; } = new([], 0f);

    /// <summary>An acronym typed ("karhutla"): its long forms stand in for it in the title.</summary>
    public static StandIn LongFormsOf(IReadOnlyList<Acronym> longForms) => new([], 0f, longForms);

    /// <summary>
    /// The acronym is one word where the long form is several: each of them gets 1/n of its score, so the whole
    /// acronym scores about as one rare word, and the paragraph still holds every word of the long form.
    /// </summary>
    public static StandIn For(Acronym acronym) =>
        new(acronym.Terms, RankingWeights.AcronymStandIn / acronym.LongFormStems.Select(s => s.Stem).Distinct(StringComparer.Ordinal).Count());
}
