using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// The one name of an outlet that articles spell differently ("Kompas.com", "KOMPAS.COM", "CNN  Indonesia"): the
/// spelling of its first article by id, as <c>info</c> and <c>--count-by source</c> name it, so a hit exported for a
/// spreadsheet pivots under the same outlet those counts give. Looked up once per outlet and reader.
/// </summary>
internal sealed class OutletNames(IndexReader reader)
{
    private static readonly HashSet<string> SourceFields = [IndexSchema.Source];
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    // The article ids across segments, merged once per reader (an ordinal map over every segment's ids), not per outlet.
    // Its segments' readers are those of the thread that merged them, and no reader of doc values may be read by two
    // threads at once: a session's searches run on many, so the look-ups of new outlets take turns.
    private readonly Lazy<SortedDocValues?> _articles = new(() => MultiDocValues.GetSortedValues(reader, IndexSchema.Article));
    private readonly Lock _lookup = new();

    /// <summary>The outlet's name for an article that writes it <paramref name="source"/>.</summary>
    public string Of(string source) =>
        _names.GetOrAdd(ParagraphDocuments.SourceKey(source), key =>
        {
            lock (_lookup)
            {
                return NameOf(reader, _articles.Value, key);
            }
        });

    /// <summary>
    /// The outlet's name as its first article by id writes it, whatever order the writer threads added the documents
    /// in: the first of all its live articles, not of those a query matched, so every query names an outlet alike.
    /// </summary>
    public static string NameOf(IndexReader reader, SortedDocValues? articles, string key)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), IndexSchema.SourceKey, new BytesRef(key));
        var (first, firstArticle) = (-1, int.MaxValue);
        for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
        {
            var article = articles is null ? -1 : DocValueOrdinals.Of(articles, doc);
            if (first < 0 || article < firstArticle)
            {
                (first, firstArticle) = (doc, article);
            }
        }

        return first < 0 ? key : reader.Document(first, SourceFields).Get(IndexSchema.Source) ?? key;
    }
}
