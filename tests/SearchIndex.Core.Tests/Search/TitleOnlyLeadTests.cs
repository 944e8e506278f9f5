using SearchIndex.Core.Indexing;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// An article's lead paragraph answers a plain query its title holds, though the lead lacks the words: that is how a
/// ranked list finds an article by its headline. A list by date and a count have no "best" to find, and count or list
/// only paragraphs that hold the words, with <c>--any</c> as without it.
/// </summary>
public sealed class TitleOnlyLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public TitleOnlyLeadTests()
    {
        // Article 1's title says "banjir", its text never does; article 2's text does.
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":1,"published":"2019-09-10","title":"Banjir Rendam Bekasi","paragraphs":["Ratusan rumah warga terendam air.","Warga mengungsi ke masjid."]}""",
            """{"id":2,"published":"2019-09-12","title":"Hujan Deras","paragraphs":["Banjir melanda desa."]}""") + "\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    private List<string> Hits(SearchOptions options) =>
        _session.Search("banjir", options).Hits.Select(h => $"{h.Article}#{h.Paragraph}").ToList();

    [Fact]
    public void A_ranked_list_finds_the_article_by_its_title_through_its_lead()
    {
        Assert.Equal(["feed.jsonl#2#0", "feed.jsonl#1#0"], Hits(new SearchOptions()));
    }

    [Fact]
    public void Kwic_lists_only_paragraphs_whose_text_holds_the_words()
    {
        var output = new StringWriter();
        var job = new SearchJob(_folder.Combine("index"), "banjir", null, new SearchOptions(), OutputFormat.Kwic, HighlightStyle.Markers);

        SearchRunner.Run(job, Stream.Null, output, new StringWriter());

        Assert.Equal(["feed.jsonl#2#0"], Hits(new SearchOptions { TitleOnlyLeads = false }));
        Assert.EndsWith("1 matching paragraph, showing 1-1: 1 match\n", output.ToString());
    }

    [Theory]
    [InlineData(ResultOrder.Newest)]
    [InlineData(ResultOrder.Oldest)]
    public void A_list_by_date_with_any_word_holds_only_paragraphs_with_the_words(ResultOrder order)
    {
        var options = new SearchOptions { Order = order, Mode = MatchMode.Any };

        Assert.Equal(["feed.jsonl#2#0"], Hits(options));
        Assert.Equal(1, _session.Search("banjir", options).Total);
    }

    [Fact]
    public void A_count_with_any_word_counts_only_paragraphs_with_the_words()
    {
        var counts = _session.Search("banjir", new SearchOptions { CountBy = CountBy.Month, Mode = MatchMode.Any });

        Assert.Equal([new CountBucket("2019-09", 1, 1)], counts.Counts!);
        Assert.Equal(1, counts.Total);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
