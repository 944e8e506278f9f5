using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A name typed without its accents finds the text that prints them, and back.</summary>
public sealed class AccentSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public AccentSearchTests()
    {
        _folder.Write("corpus/accented.txt", "Target Iklim\nNestl\u00e9 menargetkan emisi nol bersih pada 2050.\n");
        _folder.Write("corpus/plain.txt", "Harga Saham\nSaham Nestle naik tipis pada perdagangan kemarin.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("nestle")]
    [InlineData("Nestl\u00e9")]
    [InlineData("\"nestle\"")]
    [InlineData("nestl*")]
    public void With_or_without_the_accent_a_word_finds_both_spellings_and_marks_it(string query)
    {
        var hits = _session.Search(query, new SearchOptions { Top = 10 }).Hits;

        Assert.Equal(["accented.txt", "plain.txt"], hits.Select(h => h.Article).Order());
        Assert.All(hits, hit =>
        {
            var first = hit.Text.Matches[0];
            Assert.StartsWith("Nestl", hit.Text.Text[first.Start..first.End]);
            Assert.Equal(6, first.End - first.Start);
        });
    }

    [Fact]
    public void A_missing_word_is_named_as_typed_with_its_accent()
    {
        var result = _session.Search("Nestl\u00e9 zzq\u00e9x", new SearchOptions { Top = 10 });

        Assert.Equal(["zzq\u00e9x"], result.MissingWords);
    }

    [Theory]
    [InlineData("nestl\u00e9*")]
    [InlineData("N?stl\u00e9")]
    [InlineData("*stl\u00e9")]
    [InlineData("nastl\u00e9~1")]
    [InlineData("/nestl\u00e9/")]
    [InlineData("text_exact:nestl\u00e9*")]
    [InlineData("title_exact:nestl\u00e9* OR nestl\u00e9*")]
    public void A_lucene_pattern_typed_with_the_accent_matches_the_folded_terms(string query)
    {
        var hits = _session.Search(query, new SearchOptions { Top = 10, Syntax = QuerySyntax.Lucene }).Hits;

        Assert.Equal(["accented.txt", "plain.txt"], hits.Select(h => h.Article).Order());
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
