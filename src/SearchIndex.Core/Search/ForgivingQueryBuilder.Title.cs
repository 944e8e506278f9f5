using Lucene.Net.Search;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>What the article's title adds to a paragraph's score, and when it answers the query by itself.</summary>
public sealed partial class ForgivingQueryBuilder
{
    /// <summary>
    /// Title clauses never make a paragraph match, with one exception below. Every title word adds a little
    /// (<see cref="RankingWeights.Title"/>); and when the title holds most of the query's words
    /// (<see cref="RankingWeights.TitleCoverage"/>), the query is taken as a search for that article: the article's
    /// lead paragraph matches even without the words (when <paramref name="leadMayMatch"/>), and a matching paragraph
    /// scores the larger of its own score and the title's (weighted <see cref="RankingWeights.TitleAsParagraph"/>), plus <see cref="RankingWeights.TitleTieBreaker"/>
    /// times the smaller, so the title counts like one more paragraph of the article and the paragraphs' own words
    /// still order the paragraphs of one article. The words as written add to the title's score then (not to its
    /// coverage), as they do in a paragraph: each word's typed form (<see cref="RankingWeights.TextExact"/>), so
    /// "Jelang" prefers the title with <c>Jelang</c> to one with <c>Menjelang</c>, and the query's stopwords in full:
    /// in a short title-like query ("Kami Lihat Tidak") they are part of what was remembered.
    /// </summary>
    private static Query WithTitleBoost(BooleanQuery match, QueryBuildState state, bool leadMayMatch)
    {
        if (state.TitleBoost.Clauses.Count == 0)
        {
            return match;
        }

        var boosted = new BooleanQuery(disableCoord: true) { { match, Occur.MUST }, { state.TitleBoost, Occur.SHOULD } };
        var titleWords = state.TitleWords;
        var title = new BooleanQuery(disableCoord: true)
        {
            MinimumNumberShouldMatch = (int)Math.Ceiling(TitleCoverage(state) * titleWords.Clauses.Count),
            Boost = RankingWeights.TitleAsParagraph / RankingWeights.Title,
        };
        titleWords.Clauses.ToList().ForEach(c => title.Add((Query)c.Query.Clone(), Occur.SHOULD));
        // The paragraph must match by itself, or be the article's lead: an article whose body never repeats its
        // title's words (a TV synopsis titled "Sinopsis Sinetron 'ORANG KETIGA' Tayang Kamis") is still found by it.
        // The gate only decides whether a paragraph matches, so it is the word clauses alone (the proximity pairs
        // never change that), and constant-scored: the paragraph's words are not scored a second time.
        Query gate = new ConstantScoreQuery((Query)state.Match.Clone());
        if (leadMayMatch)
        {
            var lead = NumericRangeQuery.NewInt32Range(IndexSchema.Ordinal, 0, 0, true, true);
            gate = new BooleanQuery(disableCoord: true) { { gate, Occur.SHOULD }, { lead, Occur.SHOULD } };
        }

        gate.Boost = 0f;
        var titleScore = new BooleanQuery(disableCoord: true) { { title, Occur.MUST } };
        foreach (var clause in state.TitleAsWritten.Clauses)
        {
            var written = (Query)clause.Query.Clone();
            written.Boost *= RankingWeights.TitleAsParagraph;
            titleScore.Add(written, Occur.SHOULD);
        }

        var articleMatch = new BooleanQuery(disableCoord: true) { { gate, Occur.MUST }, { new ScoreRecordingQuery(titleScore, state.TitleScores, HitExplainer.TitleAsParagraph), Occur.MUST } };
        return new DisjunctionMaxQuery(RankingWeights.TitleTieBreaker) { boosted, articleMatch };
    }

    /// <summary>
    /// The share of the query's words a title must hold to count as a paragraph. A query of several words that is not
    /// a question is most likely a headline remembered in the reader's own words ("bukalapak hilang dari play store"
    /// for "Aplikasi Bukalapak Lenyap dari Play Store"), so half of them will do; a shorter query is a keyword
    /// search, where a title holding two common words of three must not beat a paragraph holding all three.
    /// </summary>
    private static float TitleCoverage(QueryBuildState state) =>
        !state.Question && state.TitleWords.Clauses.Count >= RankingWeights.HeadlineMinWords
            ? RankingWeights.HeadlineCoverage
            : RankingWeights.TitleCoverage;
}
