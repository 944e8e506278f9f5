using Lucene.Net.Analysis;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// The tokens of one text, analysed once and replayed on every <see cref="Reset"/>: an article's title is the same on
/// each of its paragraphs, so it goes through the analyzer once per article instead of once per paragraph. The
/// replayed attributes (term, position increment, offsets, and the end state) are exactly what the analyzer produced,
/// whatever the analyzer is, so the index is the same as if each paragraph had analysed the title itself.
/// </summary>
/// <remarks>Not thread-safe: one article's documents are inverted by one thread, one field after another.</remarks>
internal sealed class CachedTokenStream : TokenStream
{
    private readonly List<State> _tokens = [];
    private readonly State _end;
    private int _next;

    private CachedTokenStream(TokenStream source)
        : base(source.CloneAttributes())
    {
        var term = source.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        source.Reset();
        while (source.IncrementToken())
        {
            _tokens.Add(source.CaptureState());
            distinct.Add(term.ToString());
        }

        DistinctTerms = distinct.Count;

        source.End();
        _end = source.CaptureState();
    }

    /// <summary>Runs <paramref name="text"/> through <paramref name="analyzer"/> as field <paramref name="field"/>.</summary>
    public static CachedTokenStream Analyze(Analyzer analyzer, string field, string text)
    {
        using var source = analyzer.GetTokenStream(field, text);
        return new CachedTokenStream(source);
    }

    /// <summary>How many different terms the text gave.</summary>
    public int DistinctTerms { get; }

    public override bool IncrementToken()
    {
        if (_next == _tokens.Count)
        {
            return false;
        }

        RestoreState(_tokens[_next++]);
        return true;
    }

    public override void End() => RestoreState(_end);

    public override void Reset() => _next = 0;
}
