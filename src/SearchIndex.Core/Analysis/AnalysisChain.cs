using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// The single definition of how text becomes terms. Every field that is analyzed, at index time and at query time,
/// goes through <see cref="CreateAnalyzer"/>; highlighting re-runs the same chain to find the words to mark.
/// </summary>
/// <remarks>
/// Two chains: the <em>stemmed</em> chain (tokenize, drop function words, reduce to the lower-case root) feeds the
/// ranking fields; the <em>surface</em> chain (tokenize, lower-case, nothing dropped) keeps the written word so
/// quoted phrases match exactly and exact-form matches can be preferred. See docs/analysis.md.
/// </remarks>
public static class AnalysisChain
{
    /// <summary>Lucene compatibility level of every component.</summary>
    public const LuceneVersion MatchVersion = LuceneVersion.LUCENE_48;

    /// <summary>Version of the stemmed chain's code; bump it whenever a change alters the terms it produces.</summary>
    public const string ChainVersion = "id-morph/21";

    private static readonly Lazy<string> LazyIdentity = new(() => ComputeIdentity(IndonesianLexicon.Default));
    private static readonly Lazy<IndonesianStemmer> Stemmer = new(() => new IndonesianStemmer(IndonesianLexicon.Default));
    private static readonly Lazy<IndonesianStemmer> TitleStemmer = new(() => new IndonesianStemmer(IndonesianLexicon.Default, commonWhenCapitalised: false));
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> TitleWholeForms = new(StringComparer.Ordinal);

    /// <summary>
    /// Names this chain in the index's commit data, e.g. <c>id-morph/10+lex:521fe559f669</c>: the chain version and
    /// the hash of the lexicon resource, so an index built by another chain or lexicon is refused.
    /// </summary>
    public static string Identity => LazyIdentity.Value;

    /// <summary>The identity of this chain running with <paramref name="lexicon"/>.</summary>
    public static string ComputeIdentity(IndonesianLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return $"{ChainVersion}+lex:{lexicon.Hash}";
    }

    /// <summary>Whether the stemmed chain's root for <paramref name="word"/>, as written, is a guess (<see cref="StemResult.Guessed"/>).</summary>
    public static bool RootIsGuessed(string word) => Stemmer.Value.StemToken(word).Guessed;

    /// <summary>An analyzer that picks the stemmed or surface chain by field name.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var surface = CreateSurfaceAnalyzer();
        var stemmed = CreateStemmedAnalyzer();
        var perField = new Dictionary<string, Analyzer>
        {
            [Indexing.IndexSchema.TextExact] = surface,
            [Indexing.IndexSchema.TitleExact] = surface,
            [Indexing.IndexSchema.Title] = CreateTitleAnalyzer(),
        };
        return new PerFieldAnalyzerWrapper(stemmed, perField);
    }

    /// <summary>
    /// Tokenize, then drop stopwords (case-insensitively, as written) and reduce every other token to its lower-case
    /// root, both in <see cref="IndonesianRootFilter"/>. It runs before any lower-casing because it reads
    /// capitalisation to leave names and acronyms alone.
    /// </summary>
    public static Analyzer CreateStemmedAnalyzer() => Stemmed(Stemmer);

    /// <summary>
    /// The stemmed chain of the title field: a Title Case headline capitalises every word, so the lexicon's capitalised
    /// common words (<see cref="IndonesianLexicon.IsCommonWhenCapitalised"/>) stay whole there, as before id-morph/16.
    /// Stemmed in titles too, they let many more headlines hold most of a question's or a remembered headline's words
    /// ("Data Penumpang" for <c>penumpang</c>), and ranking lost on every kind of test set (docs/relevance.md,
    /// "Nineteenth session"); a lower-case query still reaches them through the words capitalised.
    /// </summary>
    public static Analyzer CreateTitleAnalyzer() => Stemmed(TitleStemmer);

    /// <summary>
    /// The words of <paramref name="root"/> that the title field holds whole where paragraph text gives the root
    /// (<c>kebakaran</c> for <c>bakar</c>, <c>kesehatan</c> for <c>sehat</c>): a Title Case headline's <c>Kebakaran</c>
    /// is kept whole (<see cref="CreateTitleAnalyzer"/>), so a <c>title:</c> search for the root must name the word to
    /// find it, as a search of the paragraphs finds <c>kebakaran</c> by <c>bakar</c>. Lower-case; empty for most roots.
    /// </summary>
    public static IReadOnlyList<string> TitleWholeFormsOf(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return TitleWholeForms.GetOrAdd(root, WholeInTitles);
    }

    /// <summary>
    /// The lexicon's capitalised common words that the title chain keeps whole and paragraph text reduces to
    /// <paramref name="root"/>. Only words holding the root past its first letter are stemmed (meN- and peN- drop
    /// that letter: <c>penangkapan</c> for <c>tangkap</c>), so a query stems a handful, not all 1,901 (60 ms cold).
    /// </summary>
    private static IReadOnlyList<string> WholeInTitles(string root) => root.Length < 2 ? []
        : [.. IndonesianLexicon.Default.CapitalisedWords
            .Where(word => word != root && word.Contains(root.AsSpan(1), StringComparison.Ordinal))
            .Where(word => Stemmer.Value.Stem(word).Root == root && IsKeptWholeInTitles(word))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Whether <paramref name="word"/> (lower-case) is a licensed derivation of <paramref name="root"/> that a Title
    /// Case headline keeps whole, as a name (<c>kebanjiran</c> for <c>banjir</c>, <c>pengawas</c> for <c>awas</c>), so
    /// the title field holds the word where paragraph text in lower case gives the root.
    /// </summary>
    public static bool IsTitleWholeFormOf(string word, string root)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(root);
        return word != root && Stemmer.Value.Stem(word) is { Guessed: false } read && read.Root == root && IsKeptWholeInTitles(word);
    }

    private static bool IsKeptWholeInTitles(string word) =>
        TitleStemmer.Value.StemToken(char.ToUpperInvariant(word[0]) + word[1..]).Root == word;

    private static Analyzer Stemmed(Lazy<IndonesianStemmer> stemmer) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(MatchVersion, reader);
        var stream = new IndonesianRootFilter(AccentFolding.Filter(new ApostropheFilter(new GluedWordFilter(tokenizer))), stemmer.Value, IndonesianStopwords.Contains);
        return new TokenStreamComponents(tokenizer, stream);
    }, (_, reader) => SymbolWords.Filter(reader));

    /// <summary>Tokenize, fold accents and lower-case only: the written word.</summary>
    public static Analyzer CreateSurfaceAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(MatchVersion, reader);
        TokenStream stream = new LowerCaseFilter(MatchVersion, AccentFolding.Filter(new ApostropheFilter(new GluedWordFilter(tokenizer))));
        return new TokenStreamComponents(tokenizer, stream);
    }, (_, reader) => SymbolWords.Filter(reader));

    /// <summary>
    /// Shows, token by token, what both chains make of <paramref name="text"/>: surface form, position, offsets, the
    /// surface and stemmed terms, and the rule or lexicon path behind the stemmed term. For the <c>analyze</c> command.
    /// </summary>
    /// <param name="asTitle">
    /// Stem as the title field does (<see cref="CreateTitleAnalyzer"/>), which keeps the lexicon's capitalised common
    /// words whole: without it a headline's <c>Penangkapan</c> showed <c>tangkap</c>, which the title field never holds.
    /// </param>
    public static IReadOnlyList<ExplainedToken> Explain(string text, bool asTitle = false) => [.. ExplainEach(text, asTitle)];

    /// <summary>
    /// <see cref="Explain"/>'s tokens one at a time, as they are read: held in a list, a 15 MB text's took 500 MB and
    /// a 200 MB one's 5.5 GB, where a writer needs only the token at hand.
    /// </summary>
    public static IEnumerable<ExplainedToken> ExplainEach(string text, bool asTitle = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokens(TextNormalizer.Normalize(text), asTitle);
    }

    private static IEnumerable<ExplainedToken> Tokens(string text, bool asTitle)
    {
        using var tokenizer = new StandardTokenizer(MatchVersion, SymbolWords.Filter(new StringReader(text)));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        tokenizer.Reset();
        var position = -1;
        while (tokenizer.IncrementToken())
        {
            var token = term.ToString();
            var (start, end) = (offset.StartOffset, offset.EndOffset);
            // A symbol read as a word (SymbolWords: % as persen) is not written as the token reads, so it is not split.
            var pieces = end - start == token.Length ? GluedWordFilter.Pieces(token, increment.PositionIncrement) : null;
            foreach (var (partStart, partLength, partIncrement) in pieces ?? [(0, token.Length, increment.PositionIncrement)])
            {
                position += partIncrement;
                var read = token.Substring(partStart, partLength);
                var (partFrom, partTo) = pieces is null ? (start, end) : (start + partStart, start + partStart + partLength);
                var surface = AccentFolding.Fold(ApostropheFilter.Read(read));
                var surfaceTerm = surface.ToLowerInvariant();
                var result = IndonesianStopwords.Contains(surface) ? null : (asTitle ? TitleStemmer : Stemmer).Value.StemToken(surface);
                yield return new ExplainedToken(text[partFrom..partTo], position, partFrom, partTo,
                    surfaceTerm, result?.Root, result?.Path ?? "stopword");
            }
        }

        tokenizer.End();
    }
}
