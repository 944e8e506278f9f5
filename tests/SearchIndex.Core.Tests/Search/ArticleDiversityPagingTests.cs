using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>The article-diversity re-ranking on a real index: pages agree with one long list, and articles interleave.</summary>
public sealed class ArticleDiversityPagingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public ArticleDiversityPagingTests()
    {
        // Two articles mention the flood four times in each of five paragraphs, four others three times in one:
        // by score alone the first page would hold only the first two articles.
        foreach (var a in new[] { "a", "b" })
        {
            var paragraphs = Enumerable.Range(0, 5).Select(p => $"Banjir banjir banjir banjir di desa {a} hari {p}.");
            _folder.Write($"corpus/{a}.txt", $"Laporan warga {a}\n" + string.Join('\n', paragraphs) + "\n");
        }

        foreach (var a in new[] { "c", "d", "e", "f" })
        {
            _folder.Write($"corpus/{a}.txt", $"Laporan warga {a}\nBanjir banjir banjir di desa {a} hari ini.\nWarga mengungsi ke balai desa.\n");
        }

        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void Pages_put_together_are_the_long_list()
    {
        var all = _session.Search("banjir", new SearchOptions { Top = 14 }).Hits.Select(h => (h.Article, h.Paragraph)).ToList();

        var paged = Enumerable.Range(0, 5)
            .SelectMany(page => _session.Search("banjir", new SearchOptions { Top = 3, Offset = 3 * page }).Hits)
            .Select(h => (h.Article, h.Paragraph))
            .ToList();

        Assert.Equal(14, all.Count);
        Assert.Equal(all, paged);
    }

    [Fact]
    public void The_first_page_shows_several_articles_and_scores_still_descend()
    {
        var hits = _session.Search("banjir", new SearchOptions { Top = 6 }).Hits;

        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"], hits.Select(h => h.Article).Order());
        Assert.Equal(hits.Select(h => h.Score).OrderByDescending(s => s), hits.Select(h => h.Score));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
