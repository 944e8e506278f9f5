using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>The ranking choices of docs/relevance.md that change which paragraph comes first.</summary>
public sealed class RankingTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 50 };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public RankingTests()
    {
        // "zebra" is in one paragraph only (high IDF) and repeated; kuda, sapi and kambing are in most paragraphs.
        _folder.Write("corpus/rare.txt", "Catatan kebun binatang\nSeekor zebra, zebra betina dan zebra jantan lahir.\n");
        _folder.Write("corpus/common.txt", "Catatan peternakan\nPeternak memelihara kuda, sapi dan kambing di lereng.\n");
        for (var i = 0; i < 10; i++)
        {
            _folder.Write($"corpus/filler-{i}.txt", $"Catatan pasar {i}\nHarga kuda naik. Harga sapi turun. Harga kambing tetap.\n");
        }

        // A synopsis whose body never repeats its title's words.
        _folder.Write("corpus/synopsis.txt",
            "Sinopsis Sinetron Bintang Kejora Tayang Kamis\nRangga masih tidak mau berbicara dengan Afifah di mobil.\n"
            + "Afifah menjelaskan semuanya pada suaminya.\n");

        // Two titles with the same roots; only the second has the words as a reader would type them. Sorted first,
        // the other wins a tie.
        _folder.Write("corpus/a-menjelang.txt", "Golkar Rotasi Anggota Komisi Menjelang Pemilihan\nRapat berlangsung tertutup.\n");
        _folder.Write("corpus/b-jelang.txt", "Golkar Rotasi Anggota Komisi Jelang Pemilihan\nRapat berlangsung tertutup.\n");
        // A Title Case headline: the stemmer keeps the capitalised "Jalani" whole (it could be a name); the body
        // never repeats the title's words.
        _folder.Write("corpus/surgery.txt", "Pasien Jalani Operasi Jantung\nRumah sakit itu sibuk sejak pagi.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void Coordination_scales_a_score_by_the_square_of_the_share_of_terms_matched()
    {
        var similarity = Ranking.CreateSimilarity();

        Assert.Equal(1f, similarity.Coord(3, 3));
        Assert.Equal(0.25f, similarity.Coord(1, 2), 4);
        Assert.Equal(1f, similarity.Coord(1, 1));
    }

    [Fact]
    public void A_norm_holds_the_byte_BM25_scores_by_and_the_exact_length_above_it()
    {
        var similarity = Ranking.CreateSimilarity();
        var bm25 = new Lucene.Net.Search.Similarities.BM25Similarity(Ranking.K1, Ranking.B);
        foreach (var (length, overlaps) in new[] { (1, 0), (7, 2), (40, 0), (300, 25), (5_000, 0) })
        {
            var state = new Lucene.Net.Index.FieldInvertState(IndexSchema.Text, length, length, overlaps, 0, 1f);

            var norm = similarity.ComputeNorm(state);

            Assert.Equal(bm25.ComputeNorm(state) & 0xFF, norm & 0xFF);
            Assert.Equal(length, LengthRecordingSimilarity.Length(norm));
        }
    }

    [Fact]
    public void A_paragraph_with_most_query_words_beats_one_repeating_a_single_rare_word()
    {
        var result = _session.Search("zebra kuda sapi kambing", Defaults);

        Assert.Equal("common.txt", result.Hits[0].Article);
        Assert.Contains(result.Hits, h => h.Article == "rare.txt");
    }

    [Fact]
    public void A_title_query_finds_the_article_even_when_its_body_lacks_the_words()
    {
        var result = _session.Search("Sinopsis Sinetron Bintang Kejora Tayang Kamis", Defaults);

        var first = Assert.Single(result.Hits);
        Assert.Equal(("synopsis.txt", 0), (first.Article, first.Paragraph));
    }

    [Fact]
    public void A_title_query_prefers_the_title_with_its_words_as_typed()
    {
        var result = _session.Search("Rotasi Anggota Komisi Jelang", Defaults);

        Assert.Equal(["b-jelang.txt", "a-menjelang.txt"], result.Hits.Select(h => h.Article));
    }

    [Theory]
    [InlineData("pasien jalani operasi jantung")]
    [InlineData("Pasien Jalani Operasi Jantung")]
    public void A_title_query_matches_a_title_case_headline_whatever_case_it_is_typed_in(string query) =>
        Assert.Equal("surgery.txt", Assert.Single(_session.Search(query, Defaults).Hits).Article);

    [Theory]
    [InlineData("siapa pasien jalani operasi jantung")]
    [InlineData("di mana pasien jalani operasi jantung")]
    [InlineData("pasien jalani operasi jantung?")]
    [InlineData("pasien mana jalani operasi jantung")]
    public void A_lower_case_question_is_not_taken_for_a_headline(string query) =>
        Assert.Empty(_session.Search(query, Defaults).Hits);

    [Theory]
    [InlineData("sinopsis bintang kejora episode baru malam")]
    [InlineData("Sinopsis Bintang Kejora Episode Baru Malam")]
    public void A_headline_remembered_by_half_its_words_finds_the_article(string query)
    {
        var first = Assert.Single(_session.Search(query, Defaults).Hits);

        Assert.Equal(("synopsis.txt", 0), (first.Article, first.Paragraph));
    }

    [Theory]
    [InlineData("sinopsis kejora zebra")]
    [InlineData("siapa pemeran sinopsis bintang kejora episode baru")]
    public void A_short_keyword_query_or_a_question_needs_most_words_in_the_title(string query) =>
        Assert.DoesNotContain(_session.Search(query, Defaults).Hits, h => h.Article == "synopsis.txt");

    [Theory]
    [InlineData("Sinopsis Sinetron Bintang Kejora Tayang Kamis -afifah")]
    [InlineData("Sinopsis Sinetron Bintang Kejora Tayang +Kamis")]
    public void The_title_alone_never_answers_required_or_excluded_words(string query) =>
        Assert.Empty(_session.Search(query, Defaults).Hits);

    [Fact]
    public void The_title_alone_never_answers_an_all_words_query() =>
        Assert.Empty(_session.Search("Sinopsis Sinetron Bintang Kejora Tayang Kamis", Defaults with { Mode = MatchMode.All }).Hits);

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
