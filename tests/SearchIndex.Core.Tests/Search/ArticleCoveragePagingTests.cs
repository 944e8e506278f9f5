using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// More matches than the cover's re-ranking window (<see cref="RankingWeights.CoverageWindow"/>): the window is the
/// same whatever the page, and the paragraphs below it keep their order after it.
/// </summary>
public sealed class ArticleCoveragePagingTests : IDisposable
{
    private const string Query = "banjir sungai";
    private const int Repeats = 150;
    private const int Extras = 200;
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public ArticleCoveragePagingTests()
    {
        // By their own score: first 150 articles that repeat the flood but never name the river; then the target,
        // whose one paragraph mentions the flood once and whose title names the river (a title word of 1,500 other
        // articles, so it adds little); then 200 extras that tie with the target and sort after it. Only the target's
        // article holds both words, so the cover lifts it from rank 151 to the top.
        for (var i = 0; i < Repeats; i++)
        {
            _folder.Write($"corpus/a-{i:000}.txt", $"Laporan {i}\nBanjir banjir banjir di kota.\n");
        }

        _folder.Write("corpus/k-target.txt", "Laporan sungai\nBanjir di kota.\n");
        for (var i = 0; i < Extras; i++)
        {
            _folder.Write($"corpus/x-{i:000}.txt", $"Warta {i}\nBanjir di kota.\n");
        }

        for (var i = 0; i < 1500; i++)
        {
            _folder.Write($"corpus/y-{i:0000}.txt", $"Laporan sungai {i}\nCuaca cerah sepanjang hari.\n");
        }

        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void A_short_page_re_ranks_the_whole_window()
    {
        var first = _session.Search(Query, new SearchOptions { Top = 1, Explain = true }).Hits.Single();
        var second = _session.Search(Query, new SearchOptions { Top = 1, Offset = 1, Explain = true }).Hits.Single();

        Assert.Equal("k-target.txt", first.Article);
        Assert.Contains(first.Explanation!.Scoring, l => l.EndsWith(" article-cover(2/2, ÷1.4 title not named)", StringComparison.Ordinal));
        Assert.Equal("a-000.txt", second.Article);
        Assert.Contains(second.Explanation!.Scoring, l => l.EndsWith(" article-cover(1/2, ÷1.4 title not named)", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_put_together_are_the_long_list_across_the_window_edge()
    {
        var total = Repeats + 1 + Extras;
        Assert.True(total > RankingWeights.CoverageWindow);
        var all = _session.Search(Query, new SearchOptions { Top = total }).Hits;

        var paged = Enumerable.Range(0, (total + 36) / 37)
            .SelectMany(page => _session.Search(Query, new SearchOptions { Top = 37, Offset = 37 * page }).Hits)
            .ToList();

        Assert.Equal(total, all.Count);
        Assert.Equal(all.Select(h => (h.Article, h.Paragraph)), paged.Select(h => (h.Article, h.Paragraph)));
        Assert.Equal(all.Select(h => h.Score).OrderByDescending(s => s), all.Select(h => h.Score));
        // The extras tie, inside the window and below it alike: they keep the tie order (article id).
        var extras = all.Select(h => h.Article).Where(a => a.StartsWith("x-", StringComparison.Ordinal)).ToList();
        Assert.Equal(extras.Order(StringComparer.Ordinal), extras);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
