using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// An outlet filter, written in the query (<c>source:</c>, <c>-source:</c>, <c>+source:</c>, any case) or given as
/// <c>--source</c>, only removes other outlets' paragraphs: what the words match, and every score, stay the same.
/// </summary>
public sealed class SourceFilterTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 100 };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public SourceFilterTests()
    {
        // The Kompas lead paragraphs lack "banjir": only their titles hold it, so the words find them through the title.
        // "Jalani" opens a Title Case headline, where the stemmer keeps it whole: a caseless query asks for that too.
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            Article(1, "Kompas", "Banjir Rendam Ratusan Rumah di Bekasi", "Ratusan rumah warga terendam air setinggi satu meter sejak Senin pagi.", "Warga mengungsi ke masjid karena banjir belum surut."),
            Article(2, "Tempo", "Banjir Bandang Terjang Garut", "Hujan deras semalam membuat sungai meluap.", "Banjir bandang merusak jembatan desa."),
            Article(3, "Kompas", "Jalani Pemulihan Usai Banjir", "Korban mulai menjalani pemulihan di posko.", "Banjir sudah surut di Bekasi."),
            Article(4, "Tempo", "Jalan Raya Ramai Saat Libur", "Jalan raya ramai pada hari libur panjang.", "Polisi mengatur lalu lintas."),
            Article(5, "Kompas", "Harga Cabai Naik", "Harga cabai naik di pasar tradisional.", "Pedagang mengeluhkan sepi pembeli."),
            Article(6, "CNN  Indonesia", "Harga Emas Turun", "Harga emas turun pada pekan ini."),
            Article(7, "Tempo.co", "Kurs Rupiah Menguat", "Rupiah menguat terhadap dolar.")));
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    private static string Article(int id, string source, string title, params string[] paragraphs) =>
        $$"""{"id":{{id}},"source":"{{source}}","title":"{{title}}","paragraphs":[{{string.Join(',', paragraphs.Select(p => $"\"{p}\""))}}]}""";

    private List<(string Article, int Paragraph, float Score)> Hits(string query, SearchOptions options) =>
        _session.Search(query, options).Hits.Select(h => (h.Article, h.Paragraph, h.Score)).ToList();

    private static readonly HashSet<string> KompasArticles = ["feed.jsonl#1", "feed.jsonl#3", "feed.jsonl#5"];

    [Theory]
    [InlineData("banjir")]
    [InlineData("jalani banjir")]
    [InlineData("jalani banjir?")]
    public void Excluding_an_outlet_nobody_has_changes_nothing(string query)
    {
        var expected = Hits(query, Defaults);

        Assert.Contains(expected, h => KompasArticles.Contains(h.Article));
        Assert.Equal(expected, Hits(query + " -source:zzz", Defaults));
        Assert.Equal(expected, Hits("-source:zzz " + query, Defaults));
        Assert.Equal(expected, Hits(query + " -source:Tempo.co", Defaults));
    }

    [Theory]
    [InlineData("bekasi -yang")]
    [InlineData("+yang bekasi")]
    [InlineData("-dan +yang bekasi")]
    public void A_required_or_excluded_stopword_changes_nothing_not_even_the_leads_found_through_the_title(string query)
    {
        var expected = Hits("bekasi", Defaults);

        Assert.Contains(expected, h => h.Article == "feed.jsonl#1"); // only its title names Bekasi
        Assert.Equal(expected, Hits(query, Defaults));
    }

    [Theory]
    [InlineData("banjir", " source:kompas")]
    [InlineData("banjir", " source:Kompas")]
    [InlineData("banjir", " +source:kompas")]
    [InlineData("banjir", " source:kompas -source:tempo")]
    [InlineData("jalani banjir", " source:Kompas")]
    [InlineData("jalani banjir?", " source:kompas")]
    [InlineData("jalani banjir?", " -source:Tempo")]
    public void Keeping_an_outlet_keeps_its_hits_and_their_scores(string query, string filter)
    {
        var expected = Hits(query, Defaults).Where(h => KompasArticles.Contains(h.Article)).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Hits(query + filter, Defaults));
        Assert.Equal(expected, Hits(query, Defaults with { Source = "KOMPAS" }));
    }

    [Theory]
    [InlineData("CNN Indonesia")]
    [InlineData("cnn  indonesia")]
    [InlineData(" cnn\tIndonesia ")]
    public void An_outlet_name_matches_whatever_runs_of_spaces_it_was_written_with(string source)
    {
        var hits = Hits("harga", Defaults with { Source = source });

        Assert.Equal([("feed.jsonl#6", 0)], hits.Select(h => (h.Article, h.Paragraph)).Distinct());
    }

    [Fact]
    public void An_excluded_name_that_is_no_outlet_is_said_to_exclude_nothing()
    {
        var unknown = _session.ExclusionThatExcludesNothing("banjir -source:kompas.com", new SearchOptions());

        Assert.StartsWith("-source:kompas.com excludes nothing: no outlet is named 'kompas.com'", unknown);
        Assert.Null(_session.ExclusionThatExcludesNothing("banjir -source:kompas", new SearchOptions()));
        Assert.Null(_session.ExclusionThatExcludesNothing("banjir source:kompas.com", new SearchOptions()));
        Assert.Equal(2, _session.ExclusionThatExcludesNothing("banjir -source:kompas.com -source:tempo -source:cnnx", new SearchOptions())!
            .Split("; -source:").Length);
    }

    [Fact]
    public void Under_lucene_syntax_an_excluded_name_that_is_no_outlet_is_said_to_exclude_nothing()
    {
        var lucene = new SearchOptions { Syntax = QuerySyntax.Lucene };

        Assert.StartsWith("-source:kompas.com excludes nothing: no outlet is named 'kompas.com'",
            _session.ExclusionThatExcludesNothing("banjir -source:kompas.com", lucene));
        Assert.StartsWith("-source:cnnx excludes nothing", _session.ExclusionThatExcludesNothing("banjir AND NOT source:cnnx", lucene));
        Assert.StartsWith("-source:zzz excludes nothing", _session.ExclusionThatExcludesNothing("banjir -(source:zzz OR source:kompas)", lucene));
        Assert.Null(_session.ExclusionThatExcludesNothing("banjir -source:Kompas", lucene));
        Assert.Null(_session.ExclusionThatExcludesNothing("banjir source:kompas.com", lucene));
        Assert.StartsWith("no outlet is named 'kompas.com'", _session.EmptyFilter("banjir AND source:kompas.com", lucene));
        Assert.Null(_session.EmptyFilter("banjr OR source:zzz", lucene)); // an optional name filters nothing
    }

    [Fact]
    public void An_outlet_named_like_a_larger_one_says_the_larger_one_is_left_out()
    {
        var lucene = Defaults with { Syntax = QuerySyntax.Lucene };

        Assert.Equal("outlet names are matched whole, so 'tempo' is left out; to search it too, name every outlet in the query instead of --source: source:tempo.co source:tempo",
            _session.OutletNamesakes("rupiah", Defaults with { Source = "Tempo.co" }, ofOption: true));
        // As the note says: the two names in the query keep both outlets' paragraphs.
        Assert.Equal(_session.Search("source:tempo.co", Defaults).Total + _session.Search("source:tempo", Defaults).Total,
            _session.Search("source:tempo.co source:tempo", Defaults).Total);
        Assert.Equal("outlet names are matched whole, so 'tempo' is left out; name it too to search it: source:tempo.co source:tempo",
            _session.OutletNamesakes("rupiah source:tempo.co", Defaults, ofOption: false));
        Assert.Contains("'tempo' is left out", _session.OutletNamesakes("rupiah AND source:tempo.co", lucene, ofOption: false));
        Assert.Null(_session.OutletNamesakes("banjir", Defaults with { Source = "tempo" }, ofOption: true)); // the larger one named
        Assert.Null(_session.OutletNamesakes("rupiah source:tempo.co OR source:tempo", Defaults, ofOption: false));
        Assert.Null(_session.OutletNamesakes("rupiah source:tempo.co -source:tempo", Defaults, ofOption: false)); // left out on purpose
        Assert.Null(_session.OutletNamesakes("rupiah source:tempo.co", Defaults with { Source = "tempo" }, ofOption: false)); // given as --source
        Assert.Null(_session.OutletNamesakes("rupiah", Defaults, ofOption: false));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
