using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary><c>--fold-similar</c>: a paragraph repeating a better hit's text is named on that hit instead of listed.</summary>
public sealed class SimilarFoldTests : IDisposable
{
    // The wire paragraph, as two outlets ran it (one added "Sementara itu,", the other its agency credit), and the same
    // event told otherwise.
    private const string Wire = "Banjir bandang melanda tiga desa di Garut pada Selasa malam dan merusak dua jembatan serta puluhan rumah warga.";

    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public SimilarFoldTests()
    {
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            Article("a", "2019-09-10", "Banjir Bandang di Garut", Wire + " (ant)"),
            Article("b", "2019-09-11", "Garut Diterjang Banjir", "Sementara itu, " + Wire),
            Article("c", "2019-09-12", "Warga Garut Mengungsi", "Ratusan warga mengungsi setelah banjir bandang menerjang desa mereka di Garut."),
            Article("d", "2019-09-13", "Lagu Banjir", "Banjir bandang, banjir bandang datang lagi di desa kami.", "Banjir bandang, banjir bandang datang lagi di desa kami.")));
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    private static string Article(string id, string date, string title, params string[] paragraphs) =>
        $$"""{"id":"{{id}}","published":"{{date}}","title":"{{title}}","paragraphs":[{{string.Join(',', paragraphs.Select(p => $"\"{p}\""))}}]}""";

    private static string Id(string article, int paragraph) => $"{article.Replace("feed.jsonl#", "", StringComparison.Ordinal)}{paragraph}";

    private List<string> Ids(SearchOptions options) =>
        _session.Search("banjir bandang garut", options).Hits.Select(h => Id(h.Article, h.Paragraph)).ToList();

    [Fact]
    public void Every_copy_is_listed_unless_folding_is_asked_for()
    {
        var listed = Ids(new SearchOptions());

        Assert.Contains("a0", listed);
        Assert.Contains("b0", listed);
        Assert.Equal(2, listed.Count(id => id.StartsWith('d')));
        Assert.All(_session.Search("banjir bandang garut", new SearchOptions()).Hits, h => Assert.Empty(h.Similar));
    }

    [Fact]
    public void The_lower_copy_is_named_on_the_better_one_and_left_out_of_the_list()
    {
        var unfolded = Ids(new SearchOptions());
        var hits = _session.Search("banjir bandang garut", new SearchOptions { FoldSimilar = true }).Hits;

        var (better, lower) = unfolded.IndexOf("a0") < unfolded.IndexOf("b0") ? ("a0", "b0") : ("b0", "a0");
        var kept = Assert.Single(hits, h => Id(h.Article, h.Paragraph) == better);
        Assert.Equal([lower], kept.Similar.Select(s => Id(s.Article, s.Paragraph)));
        Assert.DoesNotContain(lower, hits.Select(h => Id(h.Article, h.Paragraph)));
        Assert.Single(hits, h => h.Article.EndsWith("#d", StringComparison.Ordinal)); // the chorus sung twice
        Assert.Contains(hits, h => h.Article.EndsWith("#c", StringComparison.Ordinal)); // the same event, other words
        Assert.Equal(unfolded.Where(id => id != lower && id != "d1").ToList(), hits.Select(h => Id(h.Article, h.Paragraph)));
    }

    [Fact]
    public void Pages_of_the_folded_list_put_together_are_the_long_list()
    {
        var whole = Ids(new SearchOptions { FoldSimilar = true });

        var paged = Enumerable.Range(0, whole.Count)
            .SelectMany(page => Ids(new SearchOptions { FoldSimilar = true, Top = 1, Offset = page }))
            .ToList();

        Assert.Equal(whole, paged);
        Assert.Equal(Ids(new SearchOptions()).Count - 2, whole.Count);
    }

    [Fact]
    public void A_list_by_date_folds_the_older_copy_into_the_newer()
    {
        var hits = _session.Search("banjir bandang", new SearchOptions { FoldSimilar = true, Order = ResultOrder.Newest }).Hits;

        Assert.Equal(["d0", "c0", "b0"], hits.Select(h => Id(h.Article, h.Paragraph)));
        Assert.Equal(["d1"], hits[0].Similar.Select(s => Id(s.Article, s.Paragraph)));
        Assert.Equal(["a0"], hits[2].Similar.Select(s => Id(s.Article, s.Paragraph)));
    }

    [Fact]
    public void An_article_read_through_keeps_its_repeated_paragraphs()
    {
        var hits = _session.Search("", new SearchOptions { FoldSimilar = true, Article = "feed.jsonl#d" }).Hits;

        Assert.Equal([0, 1], hits.Select(h => h.Paragraph));
    }

    [Fact]
    public void Folding_is_an_error_beside_counts()
    {
        var error = Assert.Throws<SearchIndexException>(() => _session.Search("banjir", new SearchOptions { FoldSimilar = true, CountBy = CountBy.Month }));

        Assert.Contains("--fold-similar", error.Message);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
