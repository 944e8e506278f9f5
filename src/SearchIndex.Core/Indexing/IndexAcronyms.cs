using System.Text;
using Lucene.Net.Index;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// The acronyms an index's own paragraphs define (<see cref="IndexSchema.AcronymDefinitions"/>), kept by the rules the
/// shipped list was mined by (<c>tools/acronyms/mine-acronyms.py</c>), so that a corpus of another year or subject finds
/// its own (IKN, PPKM) as the shipped list finds those of the shared news corpus. Read when the index is committed
/// and kept in the commit's user data: reading the field takes 50–200 ms, too long for every search's start.
/// </summary>
public static class IndexAcronyms
{
    /// <summary>The commit user data key of the list: one <c>acronym TAB long form</c> per line.</summary>
    public const string UserDataKey = "searchindex.acronyms";

    /// <summary>Distinct definitions a pair needs: one text copied by several outlets is one.</summary>
    public const int MinDefinitions = 3;

    /// <summary>The least share of an acronym's definitions its long form must have: the main long form only.</summary>
    public const double MinShare = 0.5;

    /// <summary>
    /// The least share of an acronym's uses that its definitions must be: letters written thousands of times and
    /// defined three times mean something else nearly everywhere (PT as pengadilan tinggi; PT is mostly a company).
    /// </summary>
    public const double MinDefinedShare = 0.005;

    private const string NotAcronymsResource = "SearchIndex.Core.Search.Resources.not-acronyms.txt";
    private static readonly Lazy<HashSet<string>> LazyNotAcronyms = new(ReadNotAcronyms);

    /// <summary>
    /// The (acronym, long form) pairs the index's live paragraphs define often enough. Left out, unlike the shipped
    /// list: acronyms of one or two letters and those that are a root word (<c>as</c>, <c>ui</c>), which the shipped
    /// list keeps only after counting how often the corpus writes them in lower case, a count the index does not hold;
    /// hyphenated ones, which the index splits; and the letters on <c>not-acronyms.txt</c>.
    /// </summary>
    public static List<(string Acronym, string LongForm)> Read(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var definitions = new Dictionary<(string Acronym, string LongForm), int>();
        foreach (var term in LiveDefinitionTerms(reader))
        {
            if (AcronymDefinition.FromTerm(term) is { } definition && MayStandIn(definition.Acronym))
            {
                var pair = (definition.Acronym, definition.LongForm);
                definitions[pair] = definitions.GetValueOrDefault(pair) + 1; // one term per distinct context
            }
        }

        var perAcronym = definitions.GroupBy(d => d.Key.Acronym).ToDictionary(g => g.Key, g => g.Sum(d => d.Value), StringComparer.Ordinal);
        return [.. definitions
            .Where(d => d.Value >= MinDefinitions && d.Value >= MinShare * perAcronym[d.Key.Acronym])
            .Where(d => perAcronym[d.Key.Acronym] >= MinDefinedShare * Uses(reader, d.Key.Acronym))
            .Select(d => d.Key)
            .OrderBy(p => p.Acronym, StringComparer.Ordinal)
            .ThenBy(p => p.LongForm, StringComparer.Ordinal)];
    }

    /// <summary>The pairs as <see cref="UserDataKey"/>'s value.</summary>
    public static string Format(IEnumerable<(string Acronym, string LongForm)> pairs)
    {
        var text = new StringBuilder();
        foreach (var (acronym, longForm) in pairs)
        {
            text.Append(acronym).Append('\t').Append(longForm).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The pairs the commit recorded under <see cref="UserDataKey"/>, less any acronym denied since (a newer build's
    /// <c>not-acronyms.txt</c> holds for an index committed before it); none when it recorded none.
    /// </summary>
    public static List<(string Acronym, string LongForm)> FromUserData(IDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pairs = new List<(string, string)>();
        if (data.TryGetValue(UserDataKey, out var text))
        {
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Split('\t') is [var acronym, var longForm] && !IsDenied(acronym))
                {
                    pairs.Add((acronym, longForm));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Each definition term a live paragraph holds, once, streamed in term order: the merged terms of all segments,
    /// each checked by its own postings. Looking each term up anew (<see cref="LiveTerms.Has"/>) took 0.9 s for this
    /// field's terms on the shared corpus, and gathering them into a set would hold them all in memory at once.
    /// </summary>
    private static IEnumerable<string> LiveDefinitionTerms(IndexReader reader)
    {
        if (MultiFields.GetTerms(reader, IndexSchema.AcronymDefinitions)?.GetEnumerator() is not { } terms)
        {
            yield break;
        }

        var live = MultiFields.GetLiveDocs(reader);
        DocsEnum? docs = null;
        while (terms.MoveNext())
        {
            docs = terms.Docs(live, docs, DocsFlags.NONE);
            if (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                yield return terms.Term.Utf8ToString();
            }
        }
    }

    /// <summary>Whether an acronym is listed in <c>not-acronyms.txt</c> (the shipped list's miner leaves the same out).</summary>
    public static bool IsDenied(string acronym) => LazyNotAcronyms.Value.Contains(acronym);

    private static bool MayStandIn(string acronym) =>
        acronym.Length > 2 && !acronym.Contains('-', StringComparison.Ordinal) && !IsDenied(acronym) && !IndonesianLexicon.Default.IsRoot(acronym);

    /// <summary>How often the paragraphs write the acronym as a word (the surface field is lower case, with frequencies).</summary>
    private static long Uses(IndexReader reader, string acronym) => LiveStatistics.Of(reader).TotalTermFreq(new Term(IndexSchema.TextExact, acronym));

    private static HashSet<string> ReadNotAcronyms()
    {
        using var stream = typeof(IndexAcronyms).Assembly.GetManifestResourceStream(NotAcronymsResource)
            ?? throw new InvalidOperationException($"embedded resource {NotAcronymsResource} is missing from the build");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Split('#')[0].Trim();
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }
}
