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
        _folder.Write("corpus/phrase.txt", "Kunjungan\nPresiden B.J.Habibie bertemu presiden Filipina.\n");
        _folder.Write("corpus/spaced.txt", "Mengenang Presiden\nWarga mengenang B.J. Habibie di Parepare. Habibie lahir di sana, kata warga.\n");
        _folder.Write("corpus/corrupt.txt", "Kasus Lama\nHakim tindak pidana korupsi.Terakhir adalah Irjen. Para koruptor ditahan.\n");
        _folder.Write("corpus/then.txt", "Masa Lalu\nBerita tempo dulu dari Bandung.\n");
        _folder.Write("corpus/amount.txt", "Putusan Hakim\nTerdakwa membayar denda Rp10 juta subsider tiga bulan.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("\"terakhir kalangan\"", "terakhir.Kalangan")]
    [InlineData("\"B.J.Habibie\"", "B.J.Habibie")]
    [InlineData("kalangan", "Kalangan")]
    public void A_glued_word_is_found_and_its_parts_are_marked(string query, string marked)
    {
        var hits = _session.Search(query, new SearchOptions { Top = 10 }).Hits;

        Assert.DoesNotContain(hits, h => h.Article is "other.txt" or "degree.txt");
        var hit = Assert.Single(hits, h => h.Article == "glued.txt");
        var text = hit.Text.Text;
        var first = hit.Text.Matches[0];
        var last = hit.Text.Matches[^1];
        Assert.Equal(marked, text[first.Start..last.End]);
    }

    [Theory]
    [InlineData("b.j.habibie", "phrase.txt", "B.J.Habibie")] // typed in lower case, so not split: the kept whole word
    [InlineData("tempo.co", "other.txt", "Tempo.Co")]
    [InlineData("M.Si", "degree.txt", "M.Si")]
    [InlineData("\"Tempo.Co dari\"", "other.txt", "Tempo.Co dari")]
    [InlineData("\"b.j.habibie bertemu\"", "phrase.txt", "B.J.Habibie bertemu")] // the index split the word, the phrase as typed did not
    [InlineData("\"tempo.co dari\"", "other.txt", "Tempo.Co dari")]
    public void A_glued_word_typed_whole_in_any_case_finds_it_first(string query, string article, string marked)
    {
        var hit = _session.Search(query, new SearchOptions { Top = 10 }).Hits[0];

        Assert.Equal(article, hit.Article);
        var text = hit.Text.Text;
        Assert.Equal(marked, text[hit.Text.Matches[0].Start..hit.Text.Matches[^1].End]);
    }

    [Theory]
    [InlineData("korup*", new[] { "korupsi", "koruptor" })]
    [InlineData("text_exact:korup*", new[] { "korupsi", "koruptor" })]
    [InlineData("korupsi.t*", new[] { "korupsi.Terakhir" })]
    public void A_strict_pattern_marks_the_part_of_a_glued_word_it_reaches(string query, string[] marked)
    {
        // The index holds "korupsi.terakhir" whole beside its parts, so the rewrite listed it among korup*'s terms,
        // and as a listed term it marked "korupsi.Terakhir" whole; the default syntax marked "korupsi" already.
        var hit = Assert.Single(_session.Search(query, new SearchOptions { Top = 10, SnippetChars = 0, Syntax = QuerySyntax.Lucene }).Hits);

        Assert.Equal("corrupt.txt", hit.Article);
        Assert.Equal(marked, hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]).ToArray());
    }

    [Theory]
    [InlineData("\"Rp 10 juta\"", "Rp10 juta")]
    [InlineData("\"10 juta\"", "10 juta")]
    [InlineData("rp10", "Rp10")]
    public void An_amount_glued_to_its_currency_is_found_by_its_parts_and_whole(string query, string marked)
    {
        var hit = Assert.Single(_session.Search(query, new SearchOptions { Top = 10, SnippetChars = 0 }).Hits);

        Assert.Equal("amount.txt", hit.Article);
        Assert.Equal(marked, hit.Text.Text[hit.Text.Matches[0].Start..hit.Text.Matches[^1].End]);
    }

    [Fact]
    public void A_phrase_matched_as_typed_names_no_word_of_its_other_reading_as_missing()
    {
        // "detik.com" is held whole, never split: its capitalised reading's "detik" and "com" are in no paragraph.
        var result = _session.Search("\"detik.com\"", new SearchOptions { Top = 10 });

        Assert.Equal("glued.txt", Assert.Single(result.Hits).Article);
        Assert.Empty(result.MissingWords);
    }

    [Fact]
    public void Every_word_required_asks_for_a_glued_word_or_its_parts_written_apart()
    {
        var hits = _session.Search("B.J.Habibie", new SearchOptions { Top = 10, Mode = MatchMode.All }).Hits;

        Assert.Equal(["glued.txt", "phrase.txt", "spaced.txt"], hits.Select(h => h.Article).Order());
    }

    [Fact]
    public void A_strict_phrase_with_a_glued_word_marks_the_phrase_only()
    {
        var hit = Assert.Single(_session.Search("\"Presiden B.J.Habibie\"",
            new SearchOptions { Top = 10, Syntax = QuerySyntax.Lucene, SnippetChars = 0 }).Hits, h => h.Article == "phrase.txt");

        var marked = hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]).ToList();
        Assert.Equal(["Presiden", "B.J.Habibie"], marked); // not the second "presiden"
    }

    [Theory]
    [InlineData("hujan.bogor", new[] { "Hujan", "Bogor" }, new string[0])]
    [InlineData("Hujan.bogor", new[] { "Hujan", "Bogor" }, new string[0])]
    [InlineData("title:berita.lain", new string[0], new[] { "Berita", "Lain" })]
    public void A_dotted_word_the_index_holds_nowhere_is_searched_as_its_words(string query, string[] marked, string[] markedInTitle)
    {
        // Typed with a dot and not capitalised after it, the tokenizer keeps it one word, which no paragraph holds:
        // "gempa.palu" found nothing and suggested nothing, where "gempa palu" finds 749 paragraphs of the shared corpus.
        var hit = _session.Search(query, new SearchOptions { Top = 10, SnippetChars = 0 }).Hits[0];

        Assert.Equal("other.txt", hit.Article);
        Assert.Equal(marked, hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]));
        Assert.Equal(markedInTitle, hit.TitleMatches.Select(m => hit.Title[m.Start..m.End]));
    }

    [Fact]
    public void An_excluded_dotted_word_the_index_holds_nowhere_excludes_its_words_as_a_hyphenated_one_does()
    {
        // "-hujan.bogor" had excluded nothing, and the note that says so searched it as its words, which found something.
        Assert.Equal(["degree.txt"], _session.Search("sini -hujan.bogor", new SearchOptions { Top = 10 }).Hits.Select(h => h.Article));
        Assert.Equal(["degree.txt"], _session.Search("sini -hujan-bogor", new SearchOptions { Top = 10 }).Hits.Select(h => h.Article));
    }

    [Theory]
    [InlineData("hujan.com")]
    [InlineData("bogor.go.id")]
    [InlineData("hujan.co.uk")]
    public void A_web_address_the_index_holds_nowhere_is_not_split(string query)
    {
        // An address no article names is not its words: "detik.com", split, found every paragraph with "detik" (a second).
        Assert.Empty(_session.Search(query, new SearchOptions { Top = 10 }).Hits);
    }

    [Theory]
    [InlineData("m.n.")]
    [InlineData("m.n")]
    [InlineData("x.m.n")]
    public void Dotted_single_letters_are_not_split(string query)
    {
        // An initialism no paragraph holds (a.n., e.g, u.p.), split, found every lone letter: over the shared corpus
        // "a.n." listed 1,281 paragraphs for an "A" or "N" anywhere ("Airbus A-340", "N-250"), where it had found none.
        Assert.Empty(_session.Search(query, new SearchOptions { Top = 10 }).Hits);
        // A part of more than one letter is a word: it is searched for as before.
        Assert.Equal("other.txt", _session.Search("m.nasir", new SearchOptions { Top = 10 }).Hits[0].Article);
    }

    [Fact]
    public void A_dotted_word_the_index_holds_is_not_split()
    {
        // "tempo.co" is held whole (Tempo.Co): split, its "tempo" would find "tempo dulu" too.
        Assert.Equal(["other.txt"], _session.Search("tempo.co", new SearchOptions { Top = 10 }).Hits.Select(h => h.Article));
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
