using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// An acronym the corpus defines stands in for its long form typed in a query, and a long form for an acronym typed
/// where a title spells it out (docs/relevance.md, step 22).
/// </summary>
public sealed class AcronymTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 50 };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public AcronymTests()
    {
        // Only the acronym: none of the long form's words.
        _folder.Write("corpus/menaker.txt", "Perayaan Hari Buruh Jadi Karnaval\nMenaker Hanif Dhakiri mengubah perayaan hari buruh menjadi karnaval.\n");
        _folder.Write("corpus/banjir.txt", "Banjir Rendam Pemukiman\nBanjir merendam ratusan rumah warga.\n");
        // The same paragraph; only the second title spells out what the paragraph abbreviates. Named so that the
        // article order alone would put the other first.
        _folder.Write("corpus/a-warga.txt", "Warga Riau Mengungsi\nKarhutla di Riau meluas ke tiga kabupaten.\n");
        _folder.Write("corpus/b-kebakaran.txt", "Kebakaran Hutan dan Lahan di Riau Meluas\nKarhutla di Riau meluas ke tiga kabupaten.\n");
        // The word itself beside its acronym.
        _folder.Write("corpus/menteri.txt", "Kabar Buruh\nMenteri Hanif, sang Menaker, hadir di acara buruh.\n");
        // A title of three words, two of which the query below holds: jalan, and KPK standing in for three words.
        _folder.Write("corpus/kpk.txt", "Selamat Jalan KPK\nPegawai KPK melepas pimpinan lama di jalan depan gedung.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    private static AcronymTable Table(params (string, string)[] pairs) =>
        AcronymTable.From(pairs, AnalysisChain.CreateStemmedAnalyzer(), AnalysisChain.CreateSurfaceAnalyzer());

    [Fact]
    public void The_longest_long_form_is_found_and_long_forms_never_overlap()
    {
        var table = Table(
            ("kuhp", "kitab undang-undang hukum pidana"),
            ("rkuhp", "rancangan kitab undang-undang hukum pidana"),
            ("menaker", "menteri tenaga kerja"),
            ("tka", "tenaga kerja asing"));
        var words = TokenReader.Terms(AnalysisChain.CreateSurfaceAnalyzer(), "revisi rancangan kitab undang-undang hukum pidana menteri tenaga kerja asing");

        var found = table.LongFormsIn(words);

        Assert.Equal([(1, "rkuhp"), (words.IndexOf("menteri"), "menaker")], found.Select(f => (f.Start, f.Acronym.Written[0])));
        Assert.Equal(["menaker"], found[1].Acronym.Terms);
    }

    [Theory]
    [InlineData("m\u00e9decins sans fronti\u00e8res")]
    [InlineData("medecins sans frontieres")]
    public void A_long_form_the_corpus_writes_with_accents_is_found_typed_either_way(string typed)
    {
        // Mined from a paragraph as written ("Médecins Sans Frontières (MSF)"), while the query's words are folded.
        var table = Table(("msf", "m\u00e9decins sans fronti\u00e8res"));
        var words = TokenReader.Terms(AnalysisChain.CreateSurfaceAnalyzer(), typed);

        var (start, msf) = Assert.Single(table.LongFormsIn(words));

        Assert.Equal((0, "msf"), (start, msf.Written[0]));
    }

    [Fact]
    public void An_acronym_that_is_a_stopword_stands_in_for_nothing()
    {
        var table = Table(("di", "dirgantara indonesia"), ("ui", "universitas indonesia"));

        Assert.Empty(table.LongFormsIn(["dirgantara", "indonesia"]));
        Assert.Empty(table.LongFormsOf("di"));
        Assert.Equal(["universitas", "indonesia"], Assert.Single(table.LongFormsOf("ui")).LongForm);
    }

    [Fact]
    public void The_shipped_list_holds_the_acronyms_the_news_defines()
    {
        Assert.Equal(["kebakaran", "hutan", "dan", "lahan"], Assert.Single(AcronymTable.Default.LongFormsOf("karhutla")).LongForm);
        var (_, menaker) = Assert.Single(AcronymTable.Default.LongFormsIn(["menteri", "tenaga", "kerja"]));
        Assert.Contains("menaker", menaker.Terms);
        // A common word is no acronym: "as" is one only when written AS, "ham" is kept (HAM, hak asasi manusia).
        Assert.Empty(AcronymTable.Default.LongFormsOf("dan"));
        Assert.NotEmpty(AcronymTable.Default.LongFormsOf("ham"));
    }

    [Fact]
    public void The_acronym_finds_a_paragraph_for_its_long_form_and_is_marked()
    {
        var hits = _session.Search("menteri tenaga kerja", Defaults).Hits;

        Assert.Equal(["menaker.txt", "menteri.txt"], hits.Select(h => h.Article).Order(StringComparer.Ordinal));
        var hit = hits.Single(h => h.Article == "menaker.txt");
        Assert.Equal(["Menaker"], hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]));
    }

    [Fact]
    public void A_word_typed_again_before_its_long_form_keeps_the_stand_in()
    {
        var hits = _session.Search("kerja menteri tenaga kerja", Defaults with { Explain = true }).Hits;

        var standIns = hits.Single(h => h.Article == "menaker.txt").Explanation!.StemMatches.Where(s => s.StandsIn);
        Assert.Equal(["kerja", "menteri", "tenaga"], standIns.Select(s => s.Word));
    }

    [Fact]
    public void The_explanation_names_the_acronym_that_stood_in()
    {
        var hits = _session.Search("menteri tenaga kerja", Defaults with { Explain = true }).Hits;

        var standIns = hits.Single(h => h.Article == "menaker.txt").Explanation!.StemMatches.Where(s => s.StandsIn).ToList();
        Assert.Equal(["menteri", "tenaga", "kerja"], standIns.Select(s => s.Word));
        // Where the paragraph holds "Menteri" itself, only the other two words were found through Menaker.
        var beside = hits.Single(h => h.Article == "menteri.txt").Explanation!.StemMatches.Where(s => s.StandsIn);
        Assert.Equal(["tenaga", "kerja"], beside.Select(s => s.Word));
        // Forms as the index reads them (lower case), as for a stem match.
        Assert.All(standIns, s => Assert.Equal("menaker", s.Stem));
        Assert.All(standIns, s => Assert.Equal(["menaker"], s.Forms));
    }

    [Fact]
    public void A_long_form_in_quotes_asks_for_the_words_only()
    {
        Assert.Empty(_session.Search("\"menteri tenaga kerja\"", Defaults).Hits);
    }

    [Fact]
    public void A_title_that_spells_out_the_acronym_typed_ranks_first_and_is_marked()
    {
        var hits = _session.Search("karhutla riau", Defaults).Hits;

        Assert.Equal(["b-kebakaran.txt", "a-warga.txt"], hits.Select(h => h.Article));
        var title = hits[0].TitleMatches.Select(m => hits[0].Title[m.Start..m.End]);
        Assert.Equal(["Kebakaran", "Hutan", "Lahan", "Riau"], title);
    }

    [Theory]
    [InlineData("+menteri tenaga kerja", MatchMode.Any)]
    [InlineData("menteri +tenaga kerja", MatchMode.Any)]
    [InlineData("menteri tenaga kerja", MatchMode.All)]
    public void A_required_word_asks_for_the_word_itself(string query, MatchMode mode)
    {
        Assert.DoesNotContain(_session.Search(query, Defaults with { Mode = mode }).Hits, h => h.Article == "menaker.txt");
    }

    [Theory]
    [InlineData("komisi pemberantasan korupsi jalan")]
    [InlineData("kpk komisi pemberantasan korupsi jalan")]
    public void An_acronym_in_a_title_is_one_of_its_words_however_many_it_stands_for(string query)
    {
        var hit = _session.Search(query, Defaults with { Explain = true, Article = "kpk.txt" }).Hits[0];

        // Two of the title's three words: not named whole.
        Assert.Contains(hit.Explanation!.Scoring, l => l.Contains("title not named", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_form_in_a_title_scores_about_as_the_acronym_would()
    {
        var hits = _session.Search("karhutla", Defaults with { Explain = true }).Hits;

        var spelled = hits.First(h => h.Article == "b-kebakaran.txt");
        var written = hits.First(h => h.Article == "a-warga.txt");
        // Both paragraphs say Karhutla; the title's long form adds about what one rare title word would, not three.
        Assert.InRange(spelled.Score / written.Score, 1.0f, 2.5f);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
