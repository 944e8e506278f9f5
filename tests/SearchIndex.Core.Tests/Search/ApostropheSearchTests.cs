using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A name pasted with a typographic apostrophe finds the text typed with a straight one, and back.</summary>
public sealed class ApostropheSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public ApostropheSearchTests()
    {
        _folder.Write("corpus/straight.txt", "Wapres Ma'ruf Amin Tiba\nWakil Presiden Ma'ruf Amin tiba di Medan.\n");
        _folder.Write("corpus/curly.txt", "Ma\u2019ruf Amin Salat Jumat\nMa\u2019ruf Amin salat Jumat di masjid raya.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("Ma'ruf")]
    [InlineData("Ma\u2019ruf")]
    [InlineData("\"ma\u2019ruf amin\"")]
    public void Either_apostrophe_finds_both_spellings_and_marks_the_name(string query)
    {
        var hits = _session.Search(query, new SearchOptions { Top = 10 }).Hits;

        Assert.Equal(["curly.txt", "straight.txt"], hits.Select(h => h.Article).Distinct().Order());
        Assert.All(hits, hit =>
        {
            var first = hit.Text.Matches[0];
            Assert.Equal(6, first.End - first.Start);
            Assert.StartsWith("Ma", hit.Text.Text[first.Start..first.End]);
        });
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
