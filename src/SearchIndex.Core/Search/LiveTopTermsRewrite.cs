using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchIndex.Core.Search;

/// <summary>
/// A fuzzy word's rewrite: Lucene's scoring top-terms rewrite (the <paramref name="size"/> closest terms, the first in
/// term order among equals), over the terms the paragraphs an index holds now have (<see cref="LivePatternTerms"/>).
/// </summary>
internal sealed class LiveTopTermsRewrite(int size) : MultiTermQuery.RewriteMethod
{
    private readonly MultiTermQuery.TopTermsScoringBooleanQueryRewrite _lucene = new(size);

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        if (!LivePatternTerms.Needed(reader))
        {
            return _lucene.Rewrite(reader, query);
        }

        var top = LivePatternTerms.Reached(reader, query)
            .OrderByDescending(t => t.Value.Boost)
            .ThenBy(t => t.Key, BytesRef.UTF8SortedAsUnicodeComparer)
            .Take(Math.Min(size, BooleanQuery.MaxClauseCount))
            .OrderBy(t => t.Key, BytesRef.UTF8SortedAsUnicodeComparer);
        return LivePatternTerms.Scored(query, top);
    }
}
