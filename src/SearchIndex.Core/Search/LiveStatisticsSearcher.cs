using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// A searcher whose scores count only the paragraphs the index holds now (<see cref="LiveStatistics"/>): an updated
/// index ranks as a fresh build of the same corpus, before any merge has dropped its replaced paragraphs.
/// </summary>
internal sealed class LiveStatisticsSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly LiveStatistics _statistics = LiveStatistics.Of(reader);

    public override TermStatistics TermStatistics(Term term, TermContext context) => _statistics.HasDeletions
        ? new(term.Bytes, _statistics.DocFreq(term), _statistics.TotalTermFreq(term))
        : base.TermStatistics(term, context);

    public override CollectionStatistics CollectionStatistics(string field) => _statistics.Collection(field);
}
