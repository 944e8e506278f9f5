using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// A word typed with a trailing <c>*</c> (<c>korup*</c>) finds every word that starts so, as SQLite FTS5, Xapian and
/// PostgreSQL (<c>korup:*</c>) read it: <c>korupsi</c>, <c>koruptor</c>, <c>korup</c>. Like a plain word it is two
/// clauses, the roots that start so on <c>text</c> (which also reach <c>dikorupsi</c>) and the forms as written on
/// <c>text_exact</c> (weight <see cref="RankingWeights.TextExact"/>), either enough: one query of two optional clauses,
/// as <see cref="QueryClauses.Word"/> builds, which a ranked list flattens into its terms and <c>--all</c> requires whole
/// (requiring each clause would drop <c>dikorupsi</c>, whose root starts so but whose written form does not).
/// Each matching term is scored as a typed word while the prefix expands to fewer than
/// <see cref="RankingWeights.MaxTermExpansions"/> terms, at a constant score beyond (<see cref="EveryTermRewrite"/>).
/// </summary>
internal static class PrefixWord
{
    /// <summary>
    /// The lower-cased prefix of <paramref name="text"/> when it is one word followed by <c>*</c>; else null.
    /// Punctuation after the star ends the word as a space would: <c>korup*,</c> in a list typed with commas, or
    /// <c>(korup* OR suap*)</c> typed as Lucene groups it, is a prefix, not the word <c>korup</c>.
    /// </summary>
    public static string? Of(Analyzer surface, string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] != '*' && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        var stripped = text[..end].TrimEnd('*');
        if (stripped.Length == end || stripped.Length == 0)
        {
            return null;
        }

        // A dot before the star (B.J.*, initials typed as written) ends the word the analysis reads (b.j).
        var wordEnd = stripped.Length;
        while (wordEnd > 0 && !char.IsLetterOrDigit(stripped[wordEnd - 1]))
        {
            wordEnd--;
        }

        var tokens = TokenReader.Read(surface, stripped);
        return tokens.Count == 1 && tokens[0].Range.End == wordEnd ? tokens[0].Term : null;
    }

    public static Query Query(QueryBuildState state, string prefix, bool isTitle, bool highlight)
    {
        var (stems, surfaces) = isTitle ? (IndexSchema.Title, IndexSchema.TitleExact) : (IndexSchema.Text, IndexSchema.TextExact);
        if (highlight)
        {
            (isTitle ? state.TitlePrefixes : state.Prefixes).Add(prefix);
            var patterns = isTitle ? state.TitlePatterns : state.Patterns;
            patterns.Add(new HighlightPattern(StartsWith(prefix), Stemmed: true));
            patterns.Add(new HighlightPattern(StartsWith(prefix), Stemmed: false));
            if (!isTitle)
            {
                state.TitleBoost.Add(Prefix(IndexSchema.Title, prefix, RankingWeights.Title), Occur.SHOULD);
            }
        }

        return new BooleanQuery(disableCoord: true)
        {
            { Prefix(stems, prefix, 1f), Occur.SHOULD },
            { Prefix(surfaces, prefix, isTitle ? RankingWeights.TitleExact : RankingWeights.TextExact), Occur.SHOULD },
        };
    }

    private static Predicate<string> StartsWith(string prefix) => term => term.StartsWith(prefix, StringComparison.Ordinal);

    private static PrefixQuery Prefix(string field, string prefix, float boost) =>
        new(new Term(field, prefix)) { MultiTermRewriteMethod = EveryTermRewrite.Instance, Boost = boost };
}
