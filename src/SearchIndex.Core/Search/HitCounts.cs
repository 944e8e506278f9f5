using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// Every paragraph a query matches, counted by year, month, day or outlet, with the articles they belong to: how
/// often a subject was written about over time, or where, as a researcher asks Elasticsearch's date histogram or
/// terms aggregation. The matches are read per segment without scoring; the day, outlet and article come from the
/// field cache and doc values, never from stored text, so counting 100,000 paragraphs takes about as long as finding them.
/// </summary>
public static class HitCounts
{
    /// <param name="span">
    /// The days asked for (<c>--from</c> and <c>--to</c>, both given): every year, month or day of it gets a group, a
    /// period without a match counting 0, as Elasticsearch's histogram gives with <c>extended_bounds</c>, so the
    /// counts of two queries line up row by row and a gap in coverage shows as a 0 rather than a missing line.
    /// </param>
    /// <returns>The groups: by date in time order (undated last), by outlet the largest first (no outlet last).</returns>
    public static CountedHits Count(IndexReader reader, Query query, CountBy by, (DateOnly From, DateOnly To)? span = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (by == CountBy.None)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "nothing to count by");
        }

        var articles = MultiDocValues.GetSortedValues(reader, IndexSchema.Article);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var none = new Group();
        var allArticles = new HashSet<int>();
        var paragraphs = 0;
        // Rewritten over the whole index first, as a search of hits is: a filter rewrites per segment, where a fuzzy
        // word's 50 closest terms are each segment's own (ber~2: 2,789 paragraphs counted, 1,974 found).
        var filter = new QueryWrapperFilter(new IndexSearcher(reader).Rewrite(query));
        foreach (var leaf in reader.Leaves)
        {
            if (filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator() is not { } docs)
            {
                continue;
            }

            var keyOf = KeyReader(leaf.AtomicReader, by);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                var article = articles is null ? -1 : DocValueOrdinals.Of(articles, leaf.DocBase + doc);
                var key = keyOf(doc);
                var group = key is null ? none : groups.TryGetValue(key, out var found) ? found : groups[key] = new Group();
                group.Paragraphs++;
                group.Articles.Add(article);
                allArticles.Add(article);
                paragraphs++;
            }
        }

        var named = groups.Select(g => (Key: by == CountBy.Source ? OutletNames.NameOf(reader, articles, g.Key) : g.Key, Group: g.Value));
        var ordered = by == CountBy.Source
            ? named.OrderByDescending(g => g.Group.Paragraphs).ThenBy(g => g.Key, StringComparer.Ordinal)
            : named.OrderBy(g => g.Key, StringComparer.Ordinal);
        var buckets = ordered.Select(g => new CountBucket(g.Key, g.Group.Paragraphs, g.Group.Articles.Count)).ToList();
        if (span is { } days && by != CountBy.Source)
        {
            var held = buckets.ToDictionary(b => b.Key!, StringComparer.Ordinal);
            buckets = Periods(reader, days.From, days.To, by).Select(key => held.GetValueOrDefault(key) ?? new CountBucket(key, 0, 0)).ToList();
        }

        if (none.Paragraphs > 0)
        {
            buckets.Add(new CountBucket(null, none.Paragraphs, none.Articles.Count));
        }

        return new CountedHits(paragraphs, allArticles.Count, buckets);
    }

    /// <summary>
    /// The distinct articles of every paragraph <paramref name="query"/> matches: with <c>--per-article</c> the list
    /// holds about one entry per article, so the paragraphs' total alone overstated how far it pages (a reviewer paged
    /// to "showing 214-215" of "471 matching paragraphs" from 215 articles).
    /// </summary>
    public static int Articles(IndexReader reader, Query query)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (MultiDocValues.GetSortedValues(reader, IndexSchema.Article) is not { } articles)
        {
            return 0;
        }

        var seen = new FixedBitSet(articles.ValueCount);
        var filter = new QueryWrapperFilter(new IndexSearcher(reader).Rewrite(query)); // rewritten whole, as in Count
        foreach (var leaf in reader.Leaves)
        {
            var docs = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
            for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
            {
                seen.Set(DocValueOrdinals.Of(articles, leaf.DocBase + doc));
            }
        }

        return seen.Cardinality;
    }

    /// <summary>
    /// The keys of every year, month or day from <paramref name="from"/> to <paramref name="to"/>, in order, within the
    /// index's own dates: beyond them nothing was indexed to count, and <c>--from 0001-01-01 --to 9999-12-31</c> (every
    /// dated article) would otherwise list 3.6 million days.
    /// </summary>
    private static IEnumerable<string> Periods(IndexReader reader, DateOnly from, DateOnly to, CountBy by)
    {
        if (IndexedDays(reader) is not var (earliest, latest))
        {
            yield break;
        }

        var first = DateOnly.FromDayNumber(Math.Max(from.DayNumber, earliest));
        var last = DateOnly.FromDayNumber(Math.Min(to.DayNumber, latest));
        var format = Format(by);
        var period = by switch
        {
            CountBy.Year => new DateOnly(first.Year, 1, 1),
            CountBy.Month => new DateOnly(first.Year, first.Month, 1),
            _ => first,
        };
        for (; period <= last; period = by == CountBy.Year ? period.AddYears(1) : by == CountBy.Month ? period.AddMonths(1) : period.AddDays(1))
        {
            yield return period.ToString(format, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// The first and last day of the articles the index holds: its full-precision day terms, which sort first and in
    /// order, each with a live paragraph. An update that removes or re-dates an article only marks its paragraphs
    /// deleted, and their day stays a term until a merge: read without the live documents, the span still reached
    /// it (a corpus cut to September listed to December, where <c>info</c> said September).
    /// </summary>
    private static (int Earliest, int Latest)? IndexedDays(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.DateDay)?.GetEnumerator();
        var live = MultiFields.GetLiveDocs(reader);
        DocsEnum? docs = null;
        (int, int)? span = null;
        while (terms is not null && terms.MoveNext() && NumericUtils.GetPrefixCodedInt32Shift(terms.Term) == 0)
        {
            docs = terms.Docs(live, docs, DocsFlags.NONE);
            if (docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            var day = NumericUtils.PrefixCodedToInt32(terms.Term);
            span = (span?.Item1 ?? day, day);
        }

        return span;
    }

    private static string Format(CountBy by) => by switch
    {
        CountBy.Year => "yyyy",
        CountBy.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    };

    /// <summary>The group key of a segment's document: its day cut to the year, month or day, or its outlet's key.</summary>
    private static Func<int, string?> KeyReader(AtomicReader reader, CountBy by)
    {
        if (by == CountBy.Source)
        {
            var sources = FieldCache.DEFAULT.GetTermsIndex(reader, IndexSchema.SourceKey);
            var term = new BytesRef();
            return doc =>
            {
                var ord = sources.GetOrd(doc);
                if (ord < 0)
                {
                    return null;
                }

                sources.LookupOrd(ord, term);
                return term.Utf8ToString();
            };
        }

        var days = FieldCache.DEFAULT.GetInt32s(reader, IndexSchema.DateDay, FieldCache.NUMERIC_UTILS_INT32_PARSER, setDocsWithField: true);
        var dated = FieldCache.DEFAULT.GetDocsWithField(reader, IndexSchema.DateDay);
        var format = Format(by);
        return doc => dated.Get(doc) ? DateOnly.FromDayNumber(days.Get(doc)).ToString(format, CultureInfo.InvariantCulture) : null;
    }

    private sealed class Group
    {
        public int Paragraphs { get; set; }
        public HashSet<int> Articles { get; } = [];
    }
}
