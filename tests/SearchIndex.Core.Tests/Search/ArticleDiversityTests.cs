using Lucene.Net.Search;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

public sealed class ArticleDiversityTests
{
    // Documents 0-2 belong to article "a", 3-4 to "b".
    private static string ArticleOf(int doc) => doc < 3 ? "a" : "b";

    [Fact]
    public void A_second_paragraph_of_one_article_yields_to_another_articles_best_unless_clearly_better()
    {
        ScoreDoc[] docs = [new(0, 10f), new(1, 9f), new(2, 8.5f), new(3, 8f), new(4, 5f)];

        var ranked = ArticleDiversity.Rerank(docs, ArticleOf, perArticle: 0);

        // a0 10, a1 9 x 0.8 = 7.2, a2 8.5 x 0.64 = 5.44, b3 8, b4 5 x 0.8 = 4
        Assert.Equal([0, 3, 1, 2, 4], ranked.Select(d => d.Doc));
        Assert.Equal([10f, 8f, 7.2f, 5.44f, 4f], ranked.Select(d => d.Score), new ToleranceComparer(1e-4f));
        Assert.Equal([0, 0, 1, 2, 1], ranked.Select(d => d.Repeat));
    }

    [Fact]
    public void A_clearly_better_second_paragraph_stays_ahead_and_the_per_article_cap_drops_the_rest()
    {
        ScoreDoc[] docs = [new(0, 10f), new(1, 9f), new(2, 8.5f), new(3, 5f)];

        var ranked = ArticleDiversity.Rerank(docs, ArticleOf, perArticle: 2);

        Assert.Equal([0, 1, 3], ranked.Select(d => d.Doc));
    }

    [Fact]
    public void A_later_paragraph_keeps_only_its_own_share_of_the_score_and_the_best_keeps_all()
    {
        ScoreDoc[] docs = [new(0, 10f), new(1, 9f), new(3, 5f)];
        var ownShares = new Dictionary<int, float> { [0] = 0.1f, [1] = 0.5f, [3] = 0.2f };

        var ranked = ArticleDiversity.Rerank(docs, ArticleOf, perArticle: 0, d => ownShares[d.Doc]);

        // a0 10 (its article's best: the title is credited here), b3 5 (also a best), a1 9 x 0.5 x 0.8 = 3.6
        Assert.Equal([0, 3, 1], ranked.Select(d => d.Doc));
        Assert.Equal([10f, 5f, 3.6f], ranked.Select(d => d.Score), new ToleranceComparer(1e-4f));
        Assert.Equal([1f, 1f, 0.5f], ranked.Select(d => d.OwnShare));
    }

    [Fact]
    public void A_later_paragraph_with_no_share_of_its_own_is_not_listed()
    {
        // a2: the lead of article a, matched only through the title that a0 already took.
        ScoreDoc[] docs = [new(0, 10f), new(3, 5f), new(2, 4f)];
        var ownShares = new Dictionary<int, float> { [0] = 0.1f, [3] = 1f, [2] = 0f };

        var ranked = ArticleDiversity.Rerank(docs, ArticleOf, perArticle: 0, d => ownShares[d.Doc]);

        Assert.Equal([0, 3], ranked.Select(d => d.Doc));
    }

    private sealed class ToleranceComparer(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
