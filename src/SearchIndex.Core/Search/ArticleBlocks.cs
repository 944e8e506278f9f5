using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// A paragraph's article, and the article's other paragraphs, read from the <c>article</c> doc values kept for the
/// tie order (no stored-field read, no term lookup). The indexer adds an article's paragraphs as one block
/// (<c>AddDocuments</c> / <c>UpdateDocuments</c>), which Lucene keeps adjacent within one segment through merges, so
/// an article is the run of live documents around any of its paragraphs that carry its id.
/// Safe to use from many threads at once: the doc values are asked of the segment at each call, since Lucene gives
/// each thread its own reader of them (one shared across a web service's threads read other documents' ids, or failed).
/// </summary>
public sealed class ArticleBlocks
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly IBits?[] _live;

    public ArticleBlocks(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _leaves = reader.Leaves;
        _live = _leaves.Select(l => l.AtomicReader.LiveDocs).ToArray();
    }

    /// <summary>The article id of a document (top-level number); empty when the index has no article doc values.</summary>
    public string ArticleOf(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, _leaves);
        if (Values(leaf) is not { } values)
        {
            return "";
        }

        var bytes = new BytesRef();
        values.Get(doc - _leaves[leaf].DocBase, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The live paragraphs of <paramref name="doc"/>'s article: its segment, and their numbers within it, ascending.</summary>
    public (int Leaf, List<int> Docs) Paragraphs(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, _leaves);
        var local = doc - _leaves[leaf].DocBase;
        if (Values(leaf) is not { } values)
        {
            return (leaf, [local]);
        }

        var ord = DocValueOrdinals.Of(values, local);
        var (first, last) = (local, local);
        while (first > 0 && DocValueOrdinals.Of(values, first - 1) == ord)
        {
            first--;
        }

        var max = _leaves[leaf].AtomicReader.MaxDoc;
        while (last + 1 < max && DocValueOrdinals.Of(values, last + 1) == ord)
        {
            last++;
        }

        var live = _live[leaf];
        var docs = new List<int>(last - first + 1);
        for (var d = first; d <= last; d++)
        {
            if (live is null || live.Get(d))
            {
                docs.Add(d);
            }
        }

        return (leaf, docs);
    }

    /// <summary>The segment's article ids for this thread: a lookup in the segment reader's per-thread table, not a read.</summary>
    private SortedDocValues? Values(int leaf) => _leaves[leaf].AtomicReader.GetSortedDocValues(IndexSchema.Article);
}
