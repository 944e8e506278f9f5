using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// The stemmer reads the lower-cased <c>bekasi</c> as <c>bekas</c> + <c>-i</c>, a reading hunspell's flags do not
/// license, and keeps the capitalised <c>Bekasi</c> whole as a name. A query word whose root is such a guess asks
/// for the name too, and one typed capitalised asks for the name alone.
/// </summary>
public sealed class GuessedRootTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 50 };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public GuessedRootTests()
    {
        _folder.Write("corpus/city.txt", "Perumahan Terendam\nBanjir merendam perumahan di Bekasi sejak pagi.\n");
        _folder.Write("corpus/used-car.txt", "Pasar Mobil Ramai\nMobil bekas korban banjir dijual murah.\n");
        _folder.Write("corpus/used-goods.txt", "Harga Barang\nBarang bekas laku keras di pasar loak.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void A_lower_case_place_name_finds_the_place_before_the_word_its_guessed_root_spells()
    {
        var hits = _session.Search("banjir bekasi", Defaults).Hits;

        Assert.Equal("city.txt", hits[0].Article);
        Assert.True(hits[0].Score > hits.Single(h => h.Article == "used-car.txt").Score * 1.5f);
    }

    [Fact]
    public void A_capitalised_place_name_matches_the_place_only()
    {
        Assert.Equal(["city.txt"], _session.Search("Bekasi", Defaults).Hits.Select(h => h.Article).Distinct());
        Assert.Equal(["city.txt"], _session.Search("Bekasi", Defaults with { Mode = MatchMode.All }).Hits.Select(h => h.Article).Distinct());
    }

    [Fact]
    public void The_word_the_guess_spells_still_finds_its_own_paragraphs()
    {
        var articles = _session.Search("bekas", Defaults).Hits.Select(h => h.Article).ToHashSet();

        Assert.Equal(["used-car.txt", "used-goods.txt"], articles.Order());
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
