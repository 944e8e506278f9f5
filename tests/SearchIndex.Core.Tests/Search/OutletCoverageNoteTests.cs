using SearchIndex.Core.Indexing;
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

    public void Dispose() => _folder.Dispose();

    private IndexSearchSession Build()
    {
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        return IndexSearchSession.Open(_folder.Combine("index"));
    }
}
