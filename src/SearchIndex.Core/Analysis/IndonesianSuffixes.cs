namespace SearchIndex.Core.Analysis;

/// <summary>The suffix layers of an Indonesian word, stripped outermost first.</summary>
internal static class IndonesianSuffixes
{
    /// <summary>A word with some suffix layers removed.</summary>
    /// <param name="Stem">What is left.</param>
    /// <param name="Removed">Suffixes removed, outermost first (<c>-kan</c>, <c>-nya</c>).</param>
    /// <param name="Derivational">The derivational suffix removed (<c>-kan -an -i</c>), if any: confixes depend on it.</param>
    internal sealed record State(string Stem, string[] Removed, string? Derivational);

    /// <summary>Shortest stem a suffix may leave (default 3): <c>buku-nya</c> yes, <c>i-kan</c> no.</summary>
    internal const int MinStemLength = 3;

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];

    /// <summary>
    /// The word, then the word after each further layer: particle, possessive, derivational. -kan also yields the
    /// -an reading (<c>masakan</c> is <c>masak-an</c>), so the last layer may have two states.
    /// </summary>
    internal static List<State> Strip(string word)
    {
        var states = new List<State>(5) { new(word, [], null) };
        var current = states[0];
        current = Layer(states, current, Particles) ?? current;
        current = Layer(states, current, Possessives) ?? current;

        var stem = current.Stem;
        if (stem.EndsWith("kan", StringComparison.Ordinal) && stem.Length - 3 >= MinStemLength)
        {
            states.Add(new State(stem[..^3], [.. current.Removed, "-kan"], "-kan"));
        }

        if (stem.EndsWith("an", StringComparison.Ordinal) && stem.Length - 2 >= MinStemLength)
        {
            states.Add(new State(stem[..^2], [.. current.Removed, "-an"], "-an"));
        }
        else if (stem.EndsWith('i') && stem.Length - 1 >= MinStemLength)
        {
            states.Add(new State(stem[..^1], [.. current.Removed, "-i"], "-i"));
        }

        return states;
    }

    private static State? Layer(List<State> states, State current, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (current.Stem.EndsWith(suffix, StringComparison.Ordinal) && current.Stem.Length - suffix.Length >= MinStemLength)
            {
                var next = new State(current.Stem[..^suffix.Length], [.. current.Removed, "-" + suffix], null);
                states.Add(next);
                return next;
            }
        }

        return null;
    }
}
