using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Writes a letter with a diacritic as its plain letter in the terms of both chains (<c>Nestlé</c> → <c>nestle</c>,
/// <c>Viñales</c> → <c>vinales</c>), as SQLite FTS5's default tokenizer and Elasticsearch's <c>asciifolding</c> do.
/// People type the names of brands and foreign athletes without the accents a news page prints: in the shared corpus
/// <c>nestle</c> found 3 of the 14 paragraphs naming Nestlé, <c>tresemme</c> none of 14, and an accent typed found
/// only the accented spellings. Only the terms change: the stored text keeps its letters, and offsets stay the
/// tokenizer's.
/// </summary>
public static class AccentFolding
{
    /// <summary>The filter, for the analysis chains.</summary>
    public static TokenStream Filter(TokenStream input) => new ASCIIFoldingFilter(input);

    /// <summary>The same change on a string: what <c>analyze</c> shows as the token's terms.</summary>
    public static string Fold(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!token.Any(c => c >= '\u0080'))
        {
            return token;
        }

        // One character folds to at most four (Lucene's own bound for its output buffer).
        var folded = new char[token.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(token.ToCharArray(), 0, folded, 0, token.Length);
        return new string(folded, 0, length);
    }
}
