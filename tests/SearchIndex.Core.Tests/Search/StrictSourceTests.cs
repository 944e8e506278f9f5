using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>In Lucene syntax an outlet is one whole name, under <c>source:</c> as in the forgiving syntax or <c>source_key:</c>.</summary>
public sealed class StrictSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public StrictSourceTests()
    {
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":1,"source":"CNN Indonesia","published":"2019-09-10","title":"Banjir di Bekasi","paragraphs":["Banjir merendam rumah warga."]}""",
            """{"id":2,"source":"Tempo","published":"2020-01-02","title":"Banjir di Garut","paragraphs":["Banjir bandang merusak jembatan."]}"""));
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("banjir AND source_key:\"cnn indonesia\"")]
    [InlineData("banjir AND source:\"CNN Indonesia\"")]
    [InlineData("banjir AND source_key:cnn\\ indonesia")]
    public void A_multi_word_outlet_name_matches_whole(string query)
    {
        var hits = _session.Search(query, new SearchOptions { Syntax = QuerySyntax.Lucene }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("feed.jsonl#1", h.Article));
    }

    [Theory]
    [InlineData("banjir AND source:cnn*", "feed.jsonl#1")]
    [InlineData("banjir AND source_key:CNN*", "feed.jsonl#1")]
    [InlineData("banjir AND source:tempx~1", "feed.jsonl#2")]
    [InlineData("banjir AND source:temp?", "feed.jsonl#2")]
    public void Wildcards_and_fuzzy_outlet_names_match_the_indexed_names(string query, string article)
    {
        var hits = _session.Search(query, new SearchOptions { Syntax = QuerySyntax.Lucene }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(article, h.Article));
    }

    [Fact]
    public void A_single_word_outlet_still_matches()
    {
        var hits = _session.Search("banjir AND source:tempo", new SearchOptions { Syntax = QuerySyntax.Lucene }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("feed.jsonl#2", h.Article));
    }

    [Theory]
    [InlineData("banjir AND article:feed.jsonl#1", "feed.jsonl#1")]
    [InlineData("banjir AND article:\"feed.jsonl#2\"", "feed.jsonl#2")]
    [InlineData("banjir AND date:2019-09-10", "feed.jsonl#1")]
    [InlineData("banjir AND date:[2019-12-01 TO *]", "feed.jsonl#2")]
    [InlineData("date:{* TO 2020-01-02}", "feed.jsonl#1")]
    public void Article_ids_and_days_match_as_the_index_holds_them(string query, string article)
    {
        var hits = _session.Search(query, new SearchOptions { Syntax = QuerySyntax.Lucene }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(article, h.Article));
    }

    [Theory]
    [InlineData("author:budi", "no searchable field 'author'")]
    [InlineData("banjir AND tittle:banjir", "no searchable field 'tittle'; did you mean 'title:'? The fields are text,")]
    [InlineData("Title:banjir", "no searchable field 'Title'; did you mean 'title:'?")] // field names are lower case
    [InlineData("text_exat:banjir", "no searchable field 'text_exat'; did you mean 'text_exact:'?")]
    [InlineData("author:budi", "no searchable field 'author'; the fields are text,")] // none close: no guess
    [InlineData("date:kemarin", "date: 'kemarin' is not a day")]
    [InlineData("date:2019*", "date: takes a day or a range of days, not a pattern")]
    [InlineData("date:2019-09-1?", "date: takes a day or a range of days, not a pattern")]
    [InlineData("date:2019-09-10~1", "date: takes a day or a range of days, not a pattern")]
    [InlineData("banjir AND date:[2019-09-30 TO 2019-09-01]", "date:[2019-09-30 TO 2019-09-01] starts after it ends; swap them: date:[2019-09-01 TO 2019-09-30]")]
    [InlineData("date:{2020-01-02 TO 2019-09-10}", "starts after it ends")]
    [InlineData("date:[2019-09-17 TO 2019-09-16}", "swap them: date:{2019-09-16 TO 2019-09-17]")]
    public void A_field_the_index_cannot_search_is_an_error_not_silence(string query, string message)
    {
        var error = Assert.Throws<SearchIndexException>(() => _session.Search(query, new SearchOptions { Syntax = QuerySyntax.Lucene }));

        Assert.Equal(ErrorKind.QuerySyntax, error.Kind);
        Assert.Contains(message, error.Message);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
