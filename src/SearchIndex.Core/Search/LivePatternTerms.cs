using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// The index terms a pattern (prefix, wildcard, regular expression, range, fuzzy word) reaches in the paragraphs an
/// index holds now. An update leaves its replaced paragraphs in their segments until Lucene merges them away, and
/// their words in the terms dictionary, where Lucene's rewrites find them: a word only a corrected paragraph held was
/// named on stderr as missing (<c>pen*</c>: "no paragraph has 'penyabab'"), took one of a fuzzy word's 50 places
/// from a word the index holds, and counted toward the 1,024 terms beyond which a prefix scores at one constant score
/// (<see cref="EveryTermRewrite"/>). Asked only of an index with deletions: without, Lucene's own rewrites find the same.
/// </summary>
internal static class LivePatternTerms
{
    /// <summary>Whether <paramref name="reader"/> holds deleted paragraphs, whose words a pattern must pass over.</summary>
    public static bool Needed(IndexReader reader) => LiveStatistics.Of(reader).HasDeletions;

    /// <summary>
    /// The distinct terms <paramref name="query"/> reaches that a paragraph not deleted holds, each with the boost the
    /// pattern gives it (a fuzzy word's closeness; 1 otherwise), in term order; at most <paramref name="stopAt"/>,
    /// the first found.
    /// </summary>
    public static SortedDictionary<BytesRef, float> Reached(IndexReader reader, MultiTermQuery query, int stopAt = int.MaxValue)
    {
        var found = new SortedDictionary<BytesRef, float>(BytesRef.UTF8SortedAsUnicodeComparer);
        DocsEnum? docs = null;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetTerms(query.Field) is not { } terms)
            {
                continue;
            }

            var termsEnum = query.GetTermsEnum(terms);
            var boost = termsEnum.Attributes.AddAttribute<IBoostAttribute>();
            var live = segment.LiveDocs;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term;
                if (found.ContainsKey(term))
                {
                    continue;
                }

                if (live is not null)
                {
                    docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
                    if (docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        continue; // held by deleted paragraphs only, in this segment
                    }
                }

                found[BytesRef.DeepCopyOf(term)] = boost.Boost;
                if (found.Count >= stopAt)
                {
                    return found;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The terms as Lucene's scoring top-terms rewrite adds them: one SHOULD clause each, without coordination, boosted
    /// by the query's boost times the term's, in term order.
    /// </summary>
    public static BooleanQuery Scored(MultiTermQuery query, IEnumerable<KeyValuePair<BytesRef, float>> terms)
    {
        var scored = new BooleanQuery(disableCoord: true);
        foreach (var (bytes, boost) in terms)
        {
            scored.Add(new TermQuery(new Term(query.Field, bytes)) { Boost = query.Boost * boost }, Occur.SHOULD);
        }

        return scored;
    }
}
