using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchIndex.Core.Highlighting;

/// <summary>Runs an analyzer over a text and returns its tokens with positions and offsets.</summary>
public static class TokenReader
{
    /// <summary>The field name analyzers are asked for; our chains do not depend on it.</summary>
    private const string AnyField = "text";

    public static List<AnalyzedToken> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(AnyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(position, term.ToString(), new TextRange(offset.StartOffset, offset.EndOffset)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>The terms of a short text (a query word), in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string text) => Read(analyzer, text).ConvertAll(t => t.Term);
}
