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
    /// pattern gives it (a fuzzy word's closeness; 1 otherwise) and its state in each segment where a live paragraph
    /// holds it (what Lucene's rewrites hand their term queries, sparing them a look-up per segment), in term order;
    /// the enumeration stops at <paramref name="stopAt"/> terms, the first found.
    /// </summary>
    public static SortedDictionary<BytesRef, (float Boost, TermContext States)> Reached(IndexReader reader, MultiTermQuery query, int stopAt = int.MaxValue)
    {
        var found = new SortedDictionary<BytesRef, (float Boost, TermContext States)>(BytesRef.UTF8SortedAsUnicodeComparer);
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
                if (live is not null)
                {
                    docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
                    if (docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        continue; // held by deleted paragraphs only, in this segment
                    }
                }

                var term = termsEnum.Term;
                if (!found.TryGetValue(term, out var entry))
                {
                    if (found.Count >= stopAt)
                    {
                        return found;
                    }

                    entry = (boost.Boost, new TermContext(reader.Context));
                    found[BytesRef.DeepCopyOf(term)] = entry;
                }

                entry.States.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }

        return found;
    }

    /// <summary>
    /// The terms as Lucene's scoring top-terms rewrite adds them: one SHOULD clause each, without coordination, boosted
    /// by the query's boost times the term's, in term order.
    /// </summary>
    public static BooleanQuery Scored(MultiTermQuery query, IEnumerable<KeyValuePair<BytesRef, (float Boost, TermContext States)>> terms)
    {
        var scored = new BooleanQuery(disableCoord: true);
        foreach (var (bytes, (boost, states)) in terms)
        {
            scored.Add(new TermQuery(new Term(query.Field, bytes), states) { Boost = query.Boost * boost }, Occur.SHOULD);
        }

        return scored;
    }
}
