using Lucene.Net.Analysis;
using Lucene.Net.Index;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>An acronym the corpus defines (<c>menaker</c>) and the words it stands for (<c>menteri tenaga kerja</c>).</summary>
/// <param name="Terms">What the index holds for the acronym on the stemmed fields (<c>Menaker</c> and <c>MENAKER</c> kept whole).</param>
/// <param name="LongForm">The long form's words as the surface analyzer gives them, stopwords included.</param>
/// <param name="Written">The acronyms as the surface analyzer gives them (<c>menaker</c>; <c>kominfo</c>, <c>kemkominfo</c>).</param>
/// <param name="LongFormStems">The long form's stems with their positions (a stopword leaves a gap).</param>
public sealed record Acronym(IReadOnlyList<string> Terms, IReadOnlyList<string> LongForm, IReadOnlyList<string> Written, IReadOnlyList<(string Stem, int Position)> LongFormStems)
{
    /// <summary>
    /// The long form's stems written in Title Case, when the index holds that otherwise (null when not): a headline's
    /// <c>Kebakaran</c> is kept whole where running text's <c>kebakaran</c> is stemmed.
    /// </summary>
    public IReadOnlyList<(string Stem, int Position)>? TitleCaseStems { get; init; }
}

/// <summary>
/// Acronyms and their long forms, mined from Indonesian news by <c>tools/acronyms/mine-acronyms.py</c> (the
/// <c>Resources/acronyms.tsv</c> list). A headline writes "Menaker" where a reader remembers "menteri tenaga kerja";
/// <see cref="ForgivingQueryBuilder"/> lets the acronym stand in for each word of a long form typed in the query.
/// </summary>
public sealed class AcronymTable
{
    private const string ResourceName = "SearchIndex.Core.Search.Resources.acronyms.tsv";
    private static readonly Lazy<List<(string, string)>> LazyShipped = new(ReadResource);
    private static readonly Lazy<HashSet<(string, string)>> LazyShippedSet = new(() => [.. LazyShipped.Value]);
    private static readonly Lazy<AcronymTable> LazyDefault = new(() => new AcronymTable(LazyShipped.Value, AnalysisChain.CreateStemmedAnalyzer(), AnalysisChain.CreateSurfaceAnalyzer()));

    /// <summary>
    /// Entries by the long form's first word (<see cref="FirstWord"/>), and by each acronym as written. Each is analysed
    /// the first time a query word could match it: analysing the whole list cost every search 50 ms of start-up.
    /// </summary>
    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byAcronym = new(StringComparer.Ordinal);
    private readonly Analyzer _stemmed;
    private readonly Analyzer _surface;
    private readonly Analyzer _titleStemmed = AnalysisChain.CreateTitleAnalyzer();

    private AcronymTable(IEnumerable<(string Acronym, string LongForm)> pairs, Analyzer stemmed, Analyzer surface)
    {
        (_stemmed, _surface) = (stemmed, surface);
        // Several acronyms of one long form (kominfo, kemkominfo) stand in together.
        foreach (var group in pairs.GroupBy(p => p.LongForm, StringComparer.Ordinal))
        {
            var entry = new Entry([.. group.Select(p => p.Acronym).Distinct(StringComparer.Ordinal)], group.Key, this);
            Add(_byFirstWord, FirstWord(group.Key), entry);
            foreach (var acronym in entry.Written)
            {
                Add(_byAcronym, acronym, entry);
            }
        }
    }

    /// <summary>How many (acronym, long form) pairs the shipped list has.</summary>
    public static int ShippedPairs => LazyShipped.Value.Count;

    /// <summary>Whether the shipped list has the pair.</summary>
    public static bool IsShipped((string Acronym, string LongForm) pair) => LazyShippedSet.Value.Contains(pair);

    /// <summary>The shipped list, analysed by the index's chains.</summary>
    public static AcronymTable Default => LazyDefault.Value;

    /// <summary>
    /// The shipped list and the acronyms the index's own paragraphs define, as its last commit recorded them
    /// (<see cref="IndexAcronyms"/>): a corpus of another year or subject has acronyms the shipped list never saw.
    /// </summary>
    public static AcronymTable ForIndex(DirectoryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = LazyShipped.Value.Union(IndexAcronyms.FromUserData(reader.IndexCommit.UserData)).ToList();
        return new AcronymTable(pairs, AnalysisChain.CreateStemmedAnalyzer(), AnalysisChain.CreateSurfaceAnalyzer());
    }

    /// <summary>A table of (acronym, long form) pairs, analysed by the given chains.</summary>
    public static AcronymTable From(IEnumerable<(string Acronym, string LongForm)> pairs, Analyzer stemmed, Analyzer surface)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return new AcronymTable(pairs.Select(p => (p.Acronym.ToLowerInvariant(), p.LongForm.ToLowerInvariant())).ToList(), stemmed, surface);
    }

    /// <summary>
    /// The long forms in a run of words (surface terms), left to right, the longest where several start at one word,
    /// never overlapping: the index of each long form's first word and the acronym.
    /// </summary>
    public List<(int Start, Acronym Acronym)> LongFormsIn(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<(int, Acronym)>();
        for (var i = 0; i < words.Count; i++)
        {
            var match = _byFirstWord.GetValueOrDefault(FirstWord(words[i]), [])
                .Select(e => e.Acronym)
                .OfType<Acronym>()
                .Where(a => a.LongForm.Count <= words.Count - i && a.LongForm.Select((w, k) => w == words[i + k]).All(same => same))
                .MaxBy(a => a.LongForm.Count);
            if (match is not null)
            {
                found.Add((i, match));
                i += match.LongForm.Count - 1;
            }
        }

        return found;
    }

    /// <summary>The long forms of an acronym typed as a word (surface term); none for any other word.</summary>
    public IReadOnlyList<Acronym> LongFormsOf(string word) =>
        [.. _byAcronym.GetValueOrDefault(word, []).Select(e => e.Acronym).OfType<Acronym>().Where(a => a.Written.Contains(word, StringComparer.Ordinal))];

    /// <summary>
    /// The letters and digits a text starts with: of a long form as listed and of the surface term that starts it
    /// alike, however the surface chain splits a hyphenated word (<c>undang-undang</c>), and with accents folded as the
    /// chains fold them: a long form the corpus defines is kept as written (<c>médecins sans frontières</c>), a query's
    /// words come folded (<c>medecins</c>).
    /// </summary>
    private static string FirstWord(string text) => new([.. AccentFolding.Fold(text).TakeWhile(char.IsLetterOrDigit)]);

    private static void Add(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(entry);
    }

    /// <summary>One long form and its acronyms, analysed on first use; null when it cannot stand in.</summary>
    private Acronym? Analyse(IReadOnlyList<string> acronyms, string longForm)
    {
        var words = TokenReader.Terms(_surface, longForm);
        var stems = TokenReader.Read(_stemmed, longForm).ConvertAll(t => (t.Term, t.Position));
        // As the index holds an acronym: written in capitals, or capitalised, it is kept whole as a name. One that is
        // a stopword ("di") has no term and stands in for nothing.
        var written = acronyms.Where(a => TokenReader.Terms(_surface, a).Count == 1).ToList();
        var terms = WordForms.IndexTerms(_stemmed, written.SelectMany(a => new[] { a.ToUpperInvariant(), WordForms.Capitalised(a) }));
        if (words.Count < 2 || stems.Count < 2 || terms.Count == 0)
        {
            return null;
        }

        var titleCase = string.Join(' ', longForm.Split(' ').Select(WordForms.Capitalised));
        var titleStems = TokenReader.Read(_titleStemmed, titleCase).ConvertAll(t => (t.Term, t.Position));
        return new Acronym(terms, words, written, stems) { TitleCaseStems = titleStems.SequenceEqual(stems) ? null : titleStems };
    }

    private static List<(string, string)> ReadResource()
    {
        using var stream = typeof(AcronymTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && !line.StartsWith('#'))
            {
                pairs.Add((fields[0], fields[1]));
            }
        }

        return pairs;
    }

    private sealed class Entry(IReadOnlyList<string> written, string longForm, AcronymTable table)
    {
        private readonly Lazy<Acronym?> _acronym = new(() => table.Analyse(written, longForm));

        public IReadOnlyList<string> Written => written;

        public Acronym? Acronym => _acronym.Value;
    }
}
