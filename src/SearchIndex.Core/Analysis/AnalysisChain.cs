using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// The single definition of how text becomes terms. Every field that is analyzed, at index time and at query time,
/// goes through <see cref="CreateAnalyzer"/>; highlighting re-runs the same chain to find the words to mark.
/// </summary>
/// <remarks>
/// Two chains: the <em>stemmed</em> chain (tokenize, lower-case, drop stopwords, reduce to the root) feeds the
/// ranking fields; the <em>surface</em> chain (tokenize, lower-case, nothing dropped) keeps the written word so
/// quoted phrases match exactly and exact-form matches can be preferred.
/// </remarks>
public static class AnalysisChain
{
    /// <summary>Lucene compatibility level of every component.</summary>
    public const LuceneVersion MatchVersion = LuceneVersion.LUCENE_48;

    /// <summary>Names this chain in the index's commit data; an index built by another chain is refused.</summary>
    public static string Identity => "lucene-indonesian/1";

    /// <summary>An analyzer that picks the stemmed or surface chain by field name.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var surface = CreateSurfaceAnalyzer();
        var stemmed = CreateStemmedAnalyzer();
        var perField = new Dictionary<string, Analyzer>
        {
            [Indexing.IndexSchema.TextExact] = surface,
            [Indexing.IndexSchema.TitleExact] = surface,
        };
        return new PerFieldAnalyzerWrapper(stemmed, perField);
    }

    /// <summary>Tokenize, lower-case, drop stopwords, stem.</summary>
    public static Analyzer CreateStemmedAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(MatchVersion, reader);
        TokenStream stream = new StandardFilter(MatchVersion, tokenizer);
        stream = new LowerCaseFilter(MatchVersion, stream);
        stream = new StopFilter(MatchVersion, stream, IndonesianAnalyzer.DefaultStopSet);
        stream = new IndonesianStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>Tokenize and lower-case only: the written word.</summary>
    public static Analyzer CreateSurfaceAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(MatchVersion, reader);
        TokenStream stream = new LowerCaseFilter(MatchVersion, tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
    });
}
