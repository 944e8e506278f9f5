using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary><c>%</c> is read as <c>persen</c> (<see cref="SymbolWords"/>): a share is found whichever way it is written.</summary>
public sealed class SymbolWordSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public SymbolWordSearchTests()
    {
        _folder.Write("corpus/sign.txt", "Inflasi Naik\nInflasi naik 10% tahun ini.\n");
        _folder.Write("corpus/word.txt", "Suku Bunga\nSuku bunga naik 10 persen bulan lalu.\n");
        _folder.Write("corpus/number.txt", "Warga Datang\nAda 10 orang datang ke kantor.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("\"10 persen\"")]
    [InlineData("\"10%\"")]
    [InlineData("\"10 %\"")]
    public void A_share_is_found_written_with_the_sign_or_the_word(string query)
    {
        var hits = _session.Search(query, new SearchOptions { Top = 10 }).Hits;

        Assert.Equal(["sign.txt", "word.txt"], hits.Select(h => h.Article).Order());
    }

    [Fact]
    public void A_share_typed_with_the_sign_is_not_the_bare_number()
    {
        var hits = _session.Search("10%", new SearchOptions { Top = 10, Mode = MatchMode.All }).Hits;

        Assert.DoesNotContain(hits, h => h.Article == "number.txt");
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void The_sign_itself_is_marked()
    {
        var hit = Assert.Single(_session.Search("persen", new SearchOptions { Top = 10 }).Hits, h => h.Article == "sign.txt");

        Assert.Equal(["%"], hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]));
    }

    [Fact]
    public void Analyze_shows_the_sign_as_written_and_the_word_it_is_read_as()
    {
        var tokens = AnalysisChain.Explain("naik 10%nya");

        Assert.Equal([("10", "10", 5, 7), ("%nya", "persennya", 7, 11)], tokens.Skip(1).Select(t => (t.Surface, t.SurfaceTerm, t.StartOffset, t.EndOffset)));
        Assert.Equal("persen", tokens[^1].StemmedTerm);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
