using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>Words the text glued with a dot or colon (<c>terakhir.Kalangan</c>, <c>B.J.Habibie</c>) are found and marked.</summary>
public sealed class GluedWordSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public GluedWordSearchTests()
    {
        _folder.Write("corpus/glued.txt", "Aktivis Bersuara\nKasus meningkat lima tahun terakhir.Kalangan aktivis mengkritik Presiden B.J.Habibie di detik.com.\n");
        _folder.Write("corpus/other.txt", "Berita Lain\nHujan turun di Bogor sejak pagi. M Nasir tiba di sini.\nLaporan Tempo.Co dari Bogor.\n");
        _folder.Write("corpus/degree.txt", "Kepala Dinas\nKepala dinas itu, Budi Santoso M.Si, hadir di sini.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("\"terakhir kalangan\"", "terakhir.Kalangan")]
    [InlineData("Habibie", "Habibie")]
    [InlineData("\"B.J.Habibie\"", "B.J.Habibie")]
    [InlineData("kalangan", "Kalangan")]
    public void A_glued_word_is_found_and_its_parts_are_marked(string query, string marked)
    {
        var hits = _session.Search(query, new SearchOptions { Top = 10 }).Hits;

        var hit = Assert.Single(hits);
        Assert.Equal("glued.txt", hit.Article);
        var text = hit.Text.Text;
        var first = hit.Text.Matches[0];
        var last = hit.Text.Matches[^1];
        Assert.Equal(marked, text[first.Start..last.End]);
    }

    [Theory]
    [InlineData("b.j.habibie", "glued.txt", "B.J.Habibie")] // typed in lower case, so not split: the kept whole word
    [InlineData("tempo.co", "other.txt", "Tempo.Co")]
    [InlineData("M.Si", "degree.txt", "M.Si")]
    [InlineData("\"Tempo.Co dari\"", "other.txt", "Tempo.Co dari")]
    public void A_glued_word_typed_whole_in_any_case_finds_it_first(string query, string article, string marked)
    {
        var hit = _session.Search(query, new SearchOptions { Top = 10 }).Hits[0];

        Assert.Equal(article, hit.Article);
        var text = hit.Text.Text;
        Assert.Equal(marked, text[hit.Text.Matches[0].Start..hit.Text.Matches[^1].End]);
    }

    [Fact]
    public void A_domain_name_stays_one_word()
    {
        Assert.Empty(_session.Search("detik", new SearchOptions { Top = 10 }).Hits);
        Assert.Single(_session.Search("detik.com", new SearchOptions { Top = 10 }).Hits);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
