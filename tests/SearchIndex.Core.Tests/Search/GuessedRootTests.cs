using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// The stemmer reads the lower-cased <c>bekasi</c> as <c>bekas</c> + <c>-i</c>, and <c>berhasil</c> as <c>ber-</c> +
/// <c>hasil</c>, readings hunspell's flags do not license, and keeps both whole when capitalised. A query word whose
/// root is such a guess also asks for the word whole; when the index holds it whole in most of its paragraphs, it is
/// a name and asks for nothing else.
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
        _folder.Write("corpus/win-opening.txt", "Tim Pulang\nBerhasil menang, tim itu pulang.\n");
        _folder.Write("corpus/win-inside.txt", "Juara Baru\nMereka berhasil meraih juara.\n");
        _folder.Write("corpus/win-again.txt", "Juara Lagi\nTim itu kembali berhasil menjadi juara.\n");
        _folder.Write("corpus/result.txt", "Laga Usai\nBerakhir imbang, pelatih tetap puas.\n");
        _folder.Write("corpus/result-again.txt", "Laga Lagi\nLaga itu berakhir dengan kemenangan.\n");
        for (var i = 0; i < RankingWeights.NameMinParagraphs; i++)
        {
            _folder.Write($"corpus/province-{i:D2}.txt", $"Gempa Guncang {i}\nGempa ke-{i} mengguncang Maluku pagi ini.\n");
        }

        _folder.Write("corpus/shame.txt", "Tersipu\nDia malu, tingkahnya memalukan keluarga.\n");
        _folder.Write("corpus/ministry.txt", "Anggaran Naik\nKementerian Keuangan menaikkan anggaran.\n");
        _folder.Write("corpus/ministry-again.txt", "Rapat Kerja\nKementerian Pertanian menggelar rapat.\n");
        _folder.Write("corpus/minister.txt", "Menteri Hadir\nSeorang menteri hadir di sana.\n");
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

    [Theory]
    [InlineData("Bekasi")]
    [InlineData("bekasi")]
    public void A_place_name_matches_the_place_only_whatever_case_it_is_typed_in(string query)
    {
        Assert.Equal(["city.txt"], _session.Search(query, Defaults).Hits.Select(h => h.Article).Distinct());
        Assert.Equal(["city.txt"], _session.Search(query, Defaults with { Mode = MatchMode.All }).Hits.Select(h => h.Article).Distinct());
    }

    [Fact]
    public void The_word_the_guess_spells_still_finds_its_own_paragraphs()
    {
        var articles = _session.Search("bekas", Defaults).Hits.Select(h => h.Article).ToHashSet();

        Assert.Equal(["used-car.txt", "used-goods.txt"], articles.Order());
    }

    [Fact]
    public void A_word_capitalised_only_opening_a_sentence_keeps_its_root_whatever_case_it_is_typed_in()
    {
        var typedLower = _session.Search("berhasil", Defaults).Hits.Select(h => (h.Article, h.Score)).ToList();

        Assert.Equal(["win-again.txt", "win-inside.txt", "win-opening.txt"], typedLower.Select(h => h.Article).Order());
        Assert.Equal(typedLower, _session.Search("Berhasil", Defaults).Hits.Select(h => (h.Article, h.Score)));
    }

    [Fact]
    public void A_word_held_whole_in_half_of_its_paragraphs_is_no_name()
    {
        // "Berakhir" opens one of the two paragraphs that have the word: 50 %, under the 80 % a name needs.
        Assert.Equal(["result-again.txt", "result.txt"], _session.Search("berakhir", Defaults).Hits.Select(h => h.Article).Order());
        Assert.True(_session.Search("berakhir", Defaults).Hits.All(h => h.Score > 0.1f));
    }

    /// <summary>
    /// <c>maluku</c> is also <c>malu</c> + <c>-ku</c> ("my shame"), a reading the lexicon licenses; but a word the index
    /// holds whole in most of its paragraphs is a name whatever its root, and excluding it keeps the root's words.
    /// </summary>
    [Theory]
    [InlineData("Maluku")]
    [InlineData("maluku")]
    public void A_name_whose_lower_case_form_has_a_licensed_root_matches_the_name_only(string query)
    {
        Assert.All(_session.Search(query, Defaults).Hits, h => Assert.StartsWith("province-", h.Article));
        Assert.Equal(["shame.txt"], _session.Search($"malu -{query}", Defaults).Hits.Select(h => h.Article).Distinct());
    }

    /// <summary>
    /// <c>Kementerian</c> is capitalised wherever it names a ministry, but it is a prefix reading (ke- + menteri +
    /// -an) whose lower-case uses need the root: it keeps it, and so does a word held whole in few paragraphs.
    /// </summary>
    [Fact]
    public void A_prefix_reading_capitalised_in_most_places_keeps_its_root()
    {
        var articles = _session.Search("kementerian", Defaults).Hits.Select(h => h.Article).ToHashSet();

        Assert.Contains("minister.txt", articles);
        Assert.Contains("ministry.txt", articles);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
