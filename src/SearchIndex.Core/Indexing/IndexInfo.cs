using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Indexing;

/// <summary>Articles of one outlet in an index.</summary>
public sealed record SourceCount(string Name, int Articles);

/// <summary>
/// What an index holds, for <c>searchindex info</c>: counts, outlets, the span of article dates, and what its last
/// commit recorded (corpus, time, analysis chain, schema). Articles an update removed are not counted.
/// </summary>
public sealed record IndexInfo(
    string IndexDirectory,
    long Bytes,
    int Segments,
    int Articles,
    int Paragraphs,
    int DatedArticles,
    string? Earliest,
    string? Latest,
    IReadOnlyList<SourceCount> Sources,
    int ArticlesWithoutSource,
    IndexMetadata Metadata)
{
    /// <summary>The (acronym, long form) pairs the corpus defines itself, as the last commit recorded (<see cref="IndexAcronyms"/>).</summary>
    public IReadOnlyList<(string Acronym, string LongForm)> AcronymsDefined { get; init; } = [];

    /// <summary>
    /// The dated articles by where their date was read (<c>metadata</c>, <c>published</c>, <c>text</c>), most first;
    /// empty for an index built before dates named their origin.
    /// </summary>
    public IReadOnlyList<(string From, int Articles)> DatedFrom { get; init; } = [];

    /// <summary>
    /// Paragraphs an update replaced or removed that their segments still hold until Lucene merges them away; no
    /// count and no score includes them (<see cref="LiveStatistics"/>), but they take disk space.
    /// </summary>
    public int DeletedParagraphs { get; init; }

    /// <summary>How many of <see cref="AcronymsDefined"/> the shipped list lacks.</summary>
    public int AcronymsNotShipped => AcronymsDefined.Count(p => !AcronymTable.IsShipped(p));

    /// <summary>How many pairs the shipped list has, which the search uses beside <see cref="AcronymsDefined"/>.</summary>
    public int AcronymsShipped => AcronymTable.ShippedPairs;

    private static readonly HashSet<string> SourceFields = [IndexSchema.Source];

    /// <exception cref="SearchIndexException">No index, a damaged one, or one this build cannot read.</exception>
    public static IndexInfo Read(string indexDirectory)
    {
        var (directory, reader) = IndexOpener.Open(indexDirectory);
        using (directory)
        using (reader)
        {
            // Damage that opening did not touch (a flipped byte in a postings list) surfaces while counting.
            return IndexOpener.Reading(indexDirectory, () => Count(indexDirectory, reader));
        }
    }

    private static IndexInfo Count(string indexDirectory, DirectoryReader reader)
    {
        // Counted through the article's doc values (one ordinal per article) and the terms of the source and day
        // fields, not stored fields: loading one paragraph per article took seconds on 25,000 articles.
        var articles = MultiDocValues.GetSortedValues(reader, IndexSchema.Article);
        var live = MultiFields.GetLiveDocs(reader);
        var held = new FixedBitSet(Math.Max(1, articles?.ValueCount ?? 0));
        for (var doc = 0; articles is not null && doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                held.Set(DocValueOrdinals.Of(articles, doc));
            }
        }

        var sources = new List<SourceCount>();
        var withSource = new FixedBitSet(held.Length);
        foreach (var (term, docs) in Postings(reader, IndexSchema.SourceKey, live))
        {
            var ofSource = ArticlesOf(docs, articles!, held.Length);
            withSource.Or(ofSource);
            // Spellings may differ ("Kompas", "KOMPAS"): the one of the first article by id, whatever order the
            // writer threads added the documents in.
            var first = docs.MinBy(doc => DocValueOrdinals.Of(articles!, doc));
            var name = reader.Document(first, SourceFields).Get(IndexSchema.Source) ?? term.Utf8ToString();
            sources.Add(new SourceCount(name, ofSource.Cardinality));
        }

        var dated = new FixedBitSet(held.Length);
        int? earliest = null, latest = null;
        foreach (var (term, docs) in Postings(reader, IndexSchema.DateDay, live))
        {
            if (NumericUtils.GetPrefixCodedInt32Shift(term) != 0)
            {
                continue; // the lower-precision terms of the numeric trie
            }

            var day = NumericUtils.PrefixCodedToInt32(term);
            earliest = Math.Min(earliest ?? day, day);
            latest = Math.Max(latest ?? day, day);
            dated.Or(ArticlesOf(docs, articles!, held.Length));
        }

        // Where the dates were read: a publication day an archive states, or a day the text names (DateOrigin).
        var datedFrom = Postings(reader, IndexSchema.DateFrom, live)
            .Select(p => (From: p.Term.Utf8ToString(), Articles: ArticlesOf(p.Docs, articles!, held.Length).Cardinality))
            .OrderByDescending(p => p.Articles).ThenBy(p => p.From, StringComparer.Ordinal).ToList();
        var count = held.Cardinality;
        var bySize = sources.OrderByDescending(s => s.Articles).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new IndexInfo(indexDirectory, FolderBytes(indexDirectory), reader.Leaves.Count, count, reader.NumDocs,
            dated.Cardinality, Day(earliest), Day(latest), bySize, count - withSource.Cardinality, IndexMetadata.Read(reader)!)
        {
            AcronymsDefined = IndexAcronyms.FromUserData(reader.IndexCommit.UserData),
            DatedFrom = datedFrom,
            DeletedParagraphs = reader.NumDeletedDocs,
        };
    }

    private static string? Day(int? day) =>
        day is { } d ? DateOnly.FromDayNumber(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Each term of <paramref name="field"/> with the live documents that hold it; terms only deleted text holds are left out.</summary>
    private static IEnumerable<(BytesRef Term, List<int> Docs)> Postings(IndexReader reader, string field, IBits? live)
    {
        if (MultiFields.GetTerms(reader, field)?.GetEnumerator() is not { } terms)
        {
            yield break;
        }

        DocsEnum? postings = null;
        while (terms.MoveNext())
        {
            postings = terms.Docs(live, postings, DocsFlags.NONE);
            var docs = new List<int>();
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                docs.Add(doc);
            }

            if (docs.Count > 0)
            {
                yield return (BytesRef.DeepCopyOf(terms.Term), docs);
            }
        }
    }

    private static FixedBitSet ArticlesOf(List<int> docs, SortedDocValues articles, int size)
    {
        var set = new FixedBitSet(size);
        docs.ForEach(doc => set.Set(DocValueOrdinals.Of(articles, doc)));
        return set;
    }

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Sum(LengthIfStillThere);

    /// <summary>
    /// A file's size, or 0 when it is gone since the folder was listed: an index run committing meanwhile deletes the
    /// old commit's files and merged segments, and the error made a sound index read as damaged ("rebuild it").
    /// </summary>
    private static long LengthIfStillThere(FileInfo file)
    {
        try
        {
            return file.Length;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }
}
