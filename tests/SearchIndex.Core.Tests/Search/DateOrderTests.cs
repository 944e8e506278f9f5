using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary><c>--sort newest|oldest</c>: hits by the article's date, undated last, every word required unless --any.</summary>
public sealed class DateOrderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public DateOrderTests()
    {
        // The 2018 article says "banjir bandang" most often, so by relevance it comes first; article 4 lacks "bandang".
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            Article(1, "2019-09-10", "Jembatan Putus di Garut", "Banjir bandang merusak jembatan desa.", "Warga mengungsi ke balai desa."),
            Article(2, "2021-01-05", "Desa Terendam Lagi", "Desa kembali dilanda banjir bandang kemarin sore, menurut warga yang tinggal di tepi sungai.", "Banjir bandang, banjir bandang lagi."),
            Article(3, null, "Catatan Tanpa Tanggal", "Banjir bandang pernah melanda lembah itu."),
            Article(4, "2020-06-01", "Rumah Terendam", "Banjir merendam rumah warga."),
            Article(5, "2018-03-03", "Bencana di Lembah", "Banjir bandang, banjir bandang lagi: banjir bandang terbesar.")));
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    private static string Article(int id, string? date, string title, params string[] paragraphs) =>
        $$"""{"id":{{id}},{{(date is null ? "" : $"\"published\":\"{date}\",")}}"title":"{{title}}","paragraphs":[{{string.Join(',', paragraphs.Select(p => $"\"{p}\""))}}]}""";

    private List<string> Articles(SearchOptions options) =>
        _session.Search("banjir bandang", options).Hits.Select(h => h.Article.Replace("feed.jsonl#", "", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_list_of_one_paragraph_per_article_counts_the_articles_it_pages_through()
    {
        var perArticle = _session.Search("banjir", new SearchOptions { PerArticle = 1, Top = 2 });
        var plain = _session.Search("banjir", new SearchOptions { Top = 2 });
        var footer = new StringWriter();
        new SearchIndex.Core.Output.HitTextWriter(footer, SearchIndex.Core.Output.HighlightRenderers.For(SearchIndex.Core.Output.HighlightStyle.None), showQueryHeader: false).Write(perArticle);

        Assert.Equal((6, 5, true), (perArticle.Total, perArticle.CountedArticles, perArticle.ArticlesCounted));
        Assert.False(plain.ArticlesCounted);
        var none = _session.Search("zzqq", new SearchOptions { PerArticle = 1 });
        Assert.Equal((0, true), (none.CountedArticles, none.ArticlesCounted)); // JSON's "articles": 0, not left out
        Assert.EndsWith("6 matching paragraphs in 5 articles, showing 1-2\n", footer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Newest_first_with_undated_articles_last_and_every_word_required()
    {
        Assert.Equal(["2", "2", "1", "5", "3"], Articles(new SearchOptions { Order = ResultOrder.Newest }));
    }

    [Fact]
    public void A_list_by_date_says_undated_where_an_undated_hit_has_no_date_and_a_list_by_relevance_does_not()
    {
        string Text(SearchOptions options)
        {
            var text = new StringWriter();
            new SearchIndex.Core.Output.HitTextWriter(text, SearchIndex.Core.Output.HighlightRenderers.For(SearchIndex.Core.Output.HighlightStyle.None), showQueryHeader: false)
                .Write(_session.Search("banjir bandang", options));
            return text.ToString().ReplaceLineEndings("\n");
        }

        var byDate = Text(new SearchOptions { Order = ResultOrder.Newest });
        var byRelevance = Text(new SearchOptions());

        Assert.Contains("feed.jsonl#3 ¶0  undated\n", byDate);
        Assert.Contains("feed.jsonl#2 ¶0  2021-01-05\n", byDate);
        Assert.Contains("feed.jsonl#3 ¶0\n", byRelevance);
        Assert.DoesNotContain("undated", byRelevance);
    }

    [Fact]
    public void Undated_keeps_only_the_articles_without_a_date_and_excludes_a_date_range()
    {
        Assert.Equal(["3"], Articles(new SearchOptions { Undated = true }));
        Assert.Equal(["3"], _session.Search("", new SearchOptions { Undated = true, Top = 100 }).Hits.Select(h => h.Article.Replace("feed.jsonl#", "", StringComparison.Ordinal)).Distinct());
        var both = Assert.Throws<SearchIndexException>(() => new SearchOptions { Undated = true, From = new DateOnly(2019, 1, 1) }.Validate());
        Assert.Equal("--undated keeps articles without a date, and --from those with one; give one or the other", both.Message);
    }

    [Fact]
    public void Oldest_first_with_undated_articles_still_last()
    {
        Assert.Equal(["5", "1", "2", "2", "3"], Articles(new SearchOptions { Order = ResultOrder.Oldest }));
    }

    [Fact]
    public void Relevance_is_the_default_and_takes_any_word()
    {
        var ranked = Articles(new SearchOptions());

        Assert.Equal("5", ranked[0]);
        Assert.Contains("4", ranked);
    }

    [Fact]
    public void Any_word_when_asked_for_explicitly()
    {
        Assert.Equal(["2", "2", "4", "1", "5", "3"], Articles(new SearchOptions { Order = ResultOrder.Newest, Mode = MatchMode.Any }));
    }

    [Fact]
    public void Paragraphs_of_one_day_are_best_first()
    {
        var hits = _session.Search("banjir bandang", new SearchOptions { Order = ResultOrder.Newest, Top = 2 }).Hits;

        Assert.Equal([1, 0], hits.Select(h => h.Paragraph)); // the short second paragraph says "banjir bandang" twice
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Per_article_cap_and_pages_follow_the_date_order()
    {
        Assert.Equal(["2", "1", "5", "3"], Articles(new SearchOptions { Order = ResultOrder.Newest, PerArticle = 1 }));

        var paged = Enumerable.Range(0, 3)
            .SelectMany(page => Articles(new SearchOptions { Order = ResultOrder.Oldest, Top = 2, Offset = 2 * page }))
            .ToList();
        Assert.Equal(["5", "1", "2", "2", "3"], paged);
    }

    [Fact]
    public void Per_article_cap_searches_on_when_one_article_fills_the_first_fetch()
    {
        using var folder = new TempFolder();
        var many = Enumerable.Range(0, 12).Select(i => $"Banjir bandang hari ke-{i}.").ToArray();
        folder.Write("corpus/feed.jsonl", string.Join('\n',
            Article(1, "2022-01-01", "Catatan Harian Banjir", many),
            Article(2, "2021-01-01", "Banjir Lama", "Banjir bandang tahun lalu."),
            Article(3, "2020-01-01", "Banjir Lebih Lama", "Banjir bandang dua tahun lalu.")));
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(folder.Combine("index"));

        var hits = session.Search("banjir bandang", new SearchOptions { Order = ResultOrder.Newest, PerArticle = 1, Top = 3 }).Hits;

        Assert.Equal(["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"], hits.Select(h => h.Article));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
