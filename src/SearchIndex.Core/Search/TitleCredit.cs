namespace SearchIndex.Core.Search;

/// <summary>
/// How much of a hit's score is its own, and how much the title-as-paragraph clause gave it. That clause scores the
/// article's title as one more paragraph, and every matching paragraph of the article receives it;
/// <see cref="ArticleDiversity"/> credits it to the article's best paragraph only, so the article's other paragraphs
/// rank by their own words instead of filling the page under one title (docs/relevance.md, "Choices", step 16).
/// </summary>
public static class TitleCredit
{
    /// <summary>
    /// The share of a hit's <paramref name="score"/>, in [0, 1], left without the title clause's
    /// <paramref name="title"/> (recorded while searching, <see cref="ParsedQuery.TitleScores"/>; 0 when it did not
    /// match). The match scores <c>max(p, t) + tie × min(p, t)</c> for the paragraph's own score <c>p</c> and the
    /// title's <c>t</c> (a <see cref="Lucene.Net.Search.DisjunctionMaxQuery"/>), so <c>p</c> follows from the two.
    /// </summary>
    public static float OwnShare(float score, float title)
    {
        const float tie = RankingWeights.TitleTieBreaker;
        if (title <= 0f || score <= 0f)
        {
            return 1f;
        }

        var own = score >= (1f + tie) * title ? score - (tie * title) : (score - title) / tie;
        return Math.Clamp(own / score, 0f, 1f);
    }
}
