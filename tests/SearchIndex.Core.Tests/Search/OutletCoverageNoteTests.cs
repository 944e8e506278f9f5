using SearchIndex.Core.Indexing;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// "No outlet is named X" says how much of the index has no outlet at all: in a corpus of .txt files without
/// datelines the outlet is unknown, not absent.
/// </summary>
public sealed class OutletCoverageNoteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void An_unknown_outlet_in_an_index_where_some_paragraphs_have_none_says_how_many()
    {
        _folder.Write("corpus/feed.jsonl", """{"id":1,"source":"Tempo","title":"Banjir","paragraphs":["Banjir melanda kota."]}""");
        _folder.Write("corpus/okezone-1.txt", "Gempa di Palu\nGempa mengguncang Palu pagi ini.\n");
        using var session = Build();

        Assert.Equal("no outlet is named 'okezone' in this index; 50 % of the index's paragraphs have no outlet (a .txt article has one only when its dateline or byline, or its folder's metadata.tsv, names it)",
            session.EmptyFilter("gempa source:okezone", new SearchOptions()));
        Assert.EndsWith("did you mean: tempo; 50 % of the index's paragraphs have no outlet (a .txt article has one only when its dateline or byline, or its folder's metadata.tsv, names it)",
            session.EmptyFilter("gempa", new SearchOptions { Source = "tempo.co" }));
    }

    [Fact]
    public void An_unknown_outlet_in_an_index_where_every_paragraph_has_one_is_said_plainly()
    {
        _folder.Write("corpus/feed.jsonl", """{"id":1,"source":"Tempo","title":"Banjir","paragraphs":["Banjir melanda kota."]}""");
        using var session = Build();

        Assert.Equal("no outlet is named 'okezone' in this index", session.EmptyFilter("banjir source:okezone", new SearchOptions()));
    }

    [Fact]
    public void An_outlet_filter_says_how_much_of_the_index_names_no_outlet()
    {
        // "gempa --source tempo.co" over the shared corpus kept 7 of the 160 paragraphs of its Tempo files, the rest
        // having no outlet, and said nothing: a researcher counting by outlet took the 7 for Tempo's coverage.
        _folder.Write("corpus/feed.jsonl", """{"id":1,"source":"Tempo","title":"Banjir","paragraphs":["Banjir melanda kota."]}""");
        _folder.Write("corpus/tempo-1.txt", "Banjir di Bekasi\nBanjir merendam Bekasi pagi ini.\n");
        using var session = Build();

        const string Tail = "keeps only articles that name an outlet, and 50 % of the index's paragraphs have none (a .txt article has one only when its dateline or byline, or its folder's metadata.tsv, names it)";
        Assert.Equal("--source " + Tail, session.OutletCoverage("banjir", new SearchOptions { Source = "tempo" }, ofOption: true));
        Assert.Equal("source: " + Tail, session.OutletCoverage("banjir source:Tempo", new SearchOptions(), ofOption: false));
        Assert.Null(session.OutletCoverage("banjir", new SearchOptions(), ofOption: true));
        Assert.Null(session.OutletCoverage("banjir -source:tempo", new SearchOptions(), ofOption: false)); // excluding one keeps the rest
        Assert.Null(session.OutletCoverage("banjir source:okezone", new SearchOptions(), ofOption: false)); // no such outlet: the empty-filter note says it
    }

    [Fact]
    public void An_outlet_filter_over_an_index_whose_every_paragraph_names_one_says_nothing()
    {
        _folder.Write("corpus/feed.jsonl", """{"id":1,"source":"Tempo","title":"Banjir","paragraphs":["Banjir melanda kota."]}""");
        using var session = Build();

        Assert.Null(session.OutletCoverage("banjir", new SearchOptions { Source = "tempo" }, ofOption: true));
    }

    [Fact]
    public void A_batch_says_it_once()
    {
        _folder.Write("corpus/feed.jsonl", """{"id":1,"source":"Tempo","title":"Banjir","paragraphs":["Banjir melanda kota."]}""");
        _folder.Write("corpus/tempo-1.txt", "Banjir di Bekasi\nBanjir merendam Bekasi pagi ini.\n");
        Build().Dispose();
        _folder.Write("queries.txt", "banjir source:tempo\nkota source:tempo\n");
        var error = new StringWriter();
        var job = new SearchJob(_folder.Combine("index"), null, _folder.Combine("queries.txt"), new SearchOptions(), OutputFormat.JsonLines, HighlightStyle.Markers);

        SearchRunner.Run(job, Stream.Null, new StringWriter(), error);

        Assert.Equal(1, error.ToString().Split('\n').Count(l => l.Contains("keeps only articles that name an outlet", StringComparison.Ordinal)));
        Assert.Contains("line 1: source: keeps only", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private IndexSearchSession Build()
    {
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        return IndexSearchSession.Open(_folder.Combine("index"));
    }
}
