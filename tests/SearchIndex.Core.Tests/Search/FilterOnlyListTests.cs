using SearchIndex.Core.Indexing;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// A search with no positive word lists what the filters keep: <c>--article ID</c> alone reads the article through,
/// <c>--source</c> alone browses an outlet, and excluded words alone (<c>-banjir source:kompas</c>) keep every
/// paragraph without them, where the filter used to keep the excluded paragraphs too.
/// </summary>
public sealed class FilterOnlyListTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 100 };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public FilterOnlyListTests()
    {
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            Article("b", "Kompas", "2019-09-02", "Banjir Rendam Bekasi", "Ratusan rumah terendam.", "Banjir belum surut.", "Warga mengungsi ke masjid."),
            Article("a", "Kompas", "2019-09-03", "Harga Cabai Naik", "Harga cabai naik di pasar.", "Pedagang mengeluh sepi."),
            Article("c", "Tempo", "2019-09-01", "Banjir Bandang Garut", "Banjir bandang merusak jembatan.", "Sungai meluap semalam.")));
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    private static string Article(string id, string source, string date, string title, params string[] paragraphs) =>
        $$"""{"id":"{{id}}","source":"{{source}}","published":"{{date}}","title":"{{title}}","paragraphs":[{{string.Join(',', paragraphs.Select(p => $"\"{p}\""))}}]}""";

    private List<(string Article, int Paragraph)> Hits(string query, SearchOptions options) =>
        _session.Search(query, options).Hits.Select(h => (h.Article, h.Paragraph)).ToList();

    [Theory]
    [InlineData(QuerySyntax.Forgiving)]
    [InlineData(QuerySyntax.Lucene)]
    public void An_article_filter_alone_lists_the_article_in_paragraph_order_at_one_score(QuerySyntax syntax)
    {
        var result = _session.Search("", Defaults with { Article = "feed.jsonl#b", Syntax = syntax });

        Assert.Equal([("feed.jsonl#b", 0), ("feed.jsonl#b", 1), ("feed.jsonl#b", 2)], result.Hits.Select(h => (h.Article, h.Paragraph)));
        Assert.Single(result.Hits.Select(h => h.Score).Distinct()); // no one-article-per-page decay
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public void An_outlet_filter_alone_lists_its_articles_in_article_order_or_by_date()
    {
        var kompas = Defaults with { Source = "kompas" };

        Assert.Equal([("feed.jsonl#a", 0), ("feed.jsonl#a", 1), ("feed.jsonl#b", 0), ("feed.jsonl#b", 1), ("feed.jsonl#b", 2)], Hits("", kompas));
        Assert.Equal([("feed.jsonl#a", 0), ("feed.jsonl#b", 0)], Hits("", kompas with { PerArticle = 1 }));
        Assert.Equal([("feed.jsonl#b", 0), ("feed.jsonl#a", 0)], Hits("", kompas with { PerArticle = 1, Order = ResultOrder.Oldest }));
        Assert.Equal(Hits("", kompas), Hits("source:kompas", Defaults));
    }

    [Fact]
    public void Excluded_words_alone_keep_every_paragraph_without_them()
    {
        // Before, "-banjir source:kompas" returned all five Kompas paragraphs, "Banjir belum surut." among them.
        Assert.Equal([("feed.jsonl#a", 0), ("feed.jsonl#a", 1), ("feed.jsonl#b", 0), ("feed.jsonl#b", 2)], Hits("-banjir source:kompas", Defaults));
        Assert.Equal(Hits("-banjir source:kompas", Defaults), Hits("-banjir", Defaults with { Source = "Kompas" }));
        Assert.Equal(5, _session.Search("-banjir", Defaults).Total); // and with no filter, every such paragraph
        Assert.DoesNotContain(Hits("-banjir", Defaults), h => h == ("feed.jsonl#b", 1) || h == ("feed.jsonl#c", 0));
        var why = _session.Search("-banjir", Defaults with { Top = 1, Explain = true }).Hits[0].Explanation!.Scoring;
        Assert.Contains(why, line => line.EndsWith("(constant: excluded words alone rank nothing)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filter_is_a_query_but_nothing_at_all_is_not()
    {
        var job = new SearchJob("index", null, null, Defaults with { Source = "kompas" }, OutputFormat.Text, HighlightStyle.None);
        job.Validate();

        var error = Assert.Throws<SearchIndexException>(() => (job with { Options = Defaults, Query = " " }).Validate());
        Assert.Equal(ErrorKind.BadArgument, error.Kind);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
