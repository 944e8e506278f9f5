using Lucene.Net.Analysis;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>
/// Words news writes two ways (<c>karier</c> and <c>karir</c>, <c>risiko</c> and <c>resiko</c>, <c>salat</c> and
/// <c>shalat</c>): a query word of one spelling also asks the others, as the same word. The stemmer keeps each spelling
/// a root of its own, as the gold stem list does, so they are joined here, at query time, by their stems: a derived
/// form (<c>berkarier</c>) finds the other spelling's forms too. The pairs are the embedded
/// <c>spelling-variants.tsv</c>.
/// </summary>
internal sealed class SpellingVariants
{
    private const string ResourceName = "SearchIndex.Core.Search.Resources.spelling-variants.tsv";

    private static readonly Lazy<IReadOnlyList<(string Standard, string Variant)>> Pairs = new(ReadResource);

    private readonly Dictionary<string, List<string>> _othersByStem = new(StringComparer.Ordinal);

    /// <param name="stemmed">The index's stemmed chain: the table is kept in its terms.</param>
    public SpellingVariants(Analyzer stemmed)
        : this(stemmed, Pairs.Value)
    {
    }

    internal SpellingVariants(Analyzer stemmed, IEnumerable<(string Standard, string Variant)> pairs)
    {
        foreach (var (standard, variant) in pairs)
        {
            var (a, b) = (TokenReader.Terms(stemmed, standard).FirstOrDefault(), TokenReader.Terms(stemmed, variant).FirstOrDefault());
            if (a is null || b is null || a == b)
            {
                continue; // a stopword, or the stemmer already joins them
            }

            Join(a, b);
        }
    }

    /// <summary>The stems of the other spellings of the word whose stem is <paramref name="stem"/>; empty for most words.</summary>
    public IReadOnlyList<string> Of(string stem) => _othersByStem.TryGetValue(stem, out var others) ? others : [];

    /// <summary>Puts two spellings in one group (<c>salat</c>, <c>shalat</c>, <c>sholat</c>): each then lists all the others.</summary>
    private void Join(string a, string b)
    {
        var group = new HashSet<string>(StringComparer.Ordinal) { a, b };
        group.UnionWith(Of(a));
        group.UnionWith(Of(b));
        foreach (var stem in group)
        {
            _othersByStem[stem] = group.Where(other => other != stem).Order(StringComparer.Ordinal).ToList();
        }
    }

    private static List<(string, string)> ReadResource()
    {
        using var stream = typeof(SpellingVariants).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('#', 2)[0].Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2)
            {
                pairs.Add((fields[0], fields[1]));
            }
        }

        return pairs;
    }
}
