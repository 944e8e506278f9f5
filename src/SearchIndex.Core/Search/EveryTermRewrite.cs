using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchIndex.Core.Search;

/// <summary>
/// How a strict-syntax wildcard, prefix, regular expression or range becomes index terms: every matching paragraph is
/// found. Below <see cref="RankingWeights.MaxTermExpansions"/> terms, each is scored as a typed word would be; from
/// there the pattern matches at a constant score, as Lucene's and Elasticsearch's defaults do. (Lucene's top-terms
/// rewrite alone kept the first terms in term order and dropped the rest: <c>article:idsum*</c> found 256 articles
/// of 3,463, and <c>total</c> was short.) In an index with deleted paragraphs, only the terms the paragraphs it holds
/// now have count, as in a fresh build of its corpus (<see cref="LivePatternTerms"/>).
/// </summary>
public sealed class EveryTermRewrite : MultiTermQuery.RewriteMethod
{
    public static EveryTermRewrite Instance { get; } = new();

    private static readonly MultiTermQuery.TopTermsScoringBooleanQueryRewrite Scored = new(RankingWeights.MaxTermExpansions);

    private EveryTermRewrite()
    {
    }

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        if (LivePatternTerms.Needed(reader))
        {
            var live = LivePatternTerms.Reached(reader, query, stopAt: RankingWeights.MaxTermExpansions);
            return live.Count < RankingWeights.MaxTermExpansions
                ? LivePatternTerms.Scored(query, live)
                : MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE.Rewrite(reader, query);
        }

        var scored = Scored.Rewrite(reader, query);
        return scored is BooleanQuery { Clauses.Count: < RankingWeights.MaxTermExpansions }
            ? scored
            : MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE.Rewrite(reader, query);
    }
}
