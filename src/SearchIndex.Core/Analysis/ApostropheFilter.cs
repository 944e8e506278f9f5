using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Writes every apostrophe inside a token as <c>'</c>. The tokenizer keeps <c>Ma’ruf</c> and <c>Ma'ruf</c> whole, but
/// as two different words: web pages and word processors type the curly one (U+2019, or U+2018 and U+02BC), people
/// the straight one, and each found a tenth of the other's hits. Only the terms change: the stored text keeps its
/// typography and offsets stay exact, since one character replaces one.
/// </summary>
public sealed class ApostropheFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (IsApostrophe(buffer[i]))
            {
                buffer[i] = '\'';
            }
        }

        return true;
    }

    /// <summary>The same change on a string: what <c>analyze</c> shows as the token's terms.</summary>
    public static string Straighten(string token) =>
        token.AsSpan().IndexOfAny('\u2019', '\u2018', '\u02BC') < 0
            ? token
            : string.Create(token.Length, token, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = IsApostrophe(source[i]) ? '\'' : source[i];
                }
            });

    private static bool IsApostrophe(char c) => c is '\u2019' or '\u2018' or '\u02BC';
}
