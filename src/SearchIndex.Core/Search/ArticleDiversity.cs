using Lucene.Net.Search;

namespace SearchIndex.Core.Search;

/// <summary>
/// A hit after <see cref="ArticleDiversity"/>: its document and score, how many better paragraphs of its article
/// precede it, and the share of its score kept without the title (1 unless <see cref="Repeat"/> &gt; 0).
/// </summary>
public readonly record struct DiversifiedDoc(int Doc, float Score, int Repeat, float OwnShare = 1f);

/// <summary>
/// Keeps one article from filling a page: each paragraph's score is multiplied by
/// <see cref="RankingWeights.ArticleRepeat"/> once for every better-scoring paragraph of the same article, then the
/// list is re-sorted. An article's paragraphs keep their order among themselves, and a second paragraph still comes
/// before another article's best when it scores clearly higher. Nothing is dropped (unlike <c>--per-article</c>)
/// but a paragraph left with nothing of its own: the lead, found through the title, of an article already listed.
/// </summary>
/// <remarks>
/// Titles add score to every paragraph of their article, so without this the top ten for a remembered headline were
/// often six paragraphs of one wrong article, pushing the right article off the page (docs/relevance.md, step 14).
/// </remarks>
public static class ArticleDiversity
{
    /// <summary>
    /// Re-ranks <paramref name="docs"/> (best first) and drops paragraphs beyond <paramref name="perArticle"/> per
    /// article (0 = no cap). <paramref name="articleOf"/> names a document's article. A paragraph after its article's
    /// best keeps only its own share of the score (<paramref name="ownShare"/>, from <see cref="TitleCredit"/>): the
    /// title counted once, on the best paragraph.
    /// </summary>
    public static List<DiversifiedDoc> Rerank(IReadOnlyList<ScoreDoc> docs, Func<int, string> articleOf, int perArticle, Func<ScoreDoc, float>? ownShare = null)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(articleOf);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<(DiversifiedDoc Doc, int Order)>(docs.Count);
        for (var i = 0; i < docs.Count; i++)
        {
            var article = articleOf(docs[i].Doc);
            var repeat = seen.GetValueOrDefault(article);
            seen[article] = repeat + 1;
            if (perArticle == 0 || repeat < perArticle)
            {
                var own = repeat > 0 && ownShare is not null ? ownShare(docs[i]) : 1f;
                if (own > 0f)
                {
                    kept.Add((new DiversifiedDoc(docs[i].Doc, docs[i].Score * own * Factor(repeat), repeat, own), i));
                }

                // else: the lead of an article already listed, matched only through its title, which the better
                // paragraph took: nothing of the query in its text and a score of 0, so it is not listed at all.
            }
        }

        // Equal scores keep the incoming order (the deterministic tie order of the search).
        kept.Sort((a, b) => a.Doc.Score != b.Doc.Score ? b.Doc.Score.CompareTo(a.Doc.Score) : a.Order.CompareTo(b.Order));
        return kept.ConvertAll(k => k.Doc);
    }

    /// <summary>The factor on the score of a paragraph that follows <paramref name="repeat"/> better ones of its article.</summary>
    public static float Factor(int repeat) => MathF.Pow(RankingWeights.ArticleRepeat, repeat);
}
