using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A derived word opening a sentence, or naming a ministry, is found by its root as in running text.</summary>
public sealed class CapitalisedWordSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_root_finds_its_derived_word_written_capitalised_and_an_exclusion_leaves_it_out()
    {
        _folder.Write("corpus/a.txt", "Polisi Bekuk Pencuri\nPenangkapan bermula ketika warga melapor ke polisi.\n");
        _folder.Write("corpus/b.txt", "Warga Kemayoran Berdemo\nWarga Kemayoran berkumpul di depan kantor polisi.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));

        var found = session.Search("tangkap", new SearchOptions { Top = 10, Mode = MatchMode.All }).Hits;
        var kept = session.Search("polisi -ditangkap", new SearchOptions { Top = 10 }).Hits;

        Assert.Equal([("a.txt", 0)], found.Select(h => (h.Article, h.Paragraph)));
        Assert.DoesNotContain(kept, h => h.Article == "a.txt");
        Assert.Empty(session.Search("mayor", new SearchOptions { Top = 10 }).Hits); // Kemayoran is a name
    }

    [Fact]
    public void A_title_case_headline_is_found_and_marked_as_before_by_the_word_typed()
    {
        // Titles keep the listed words whole (AnalysisChain.CreateTitleAnalyzer): typed in any case they find it.
        _folder.Write("corpus/a.txt", "Penumpang Kapal Terlantar di Pelabuhan\nRatusan orang menunggu kapal sejak pagi.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));

        foreach (var query in new[] { "title:penumpang", "title:Penumpang", "penumpang terlantar" })
        {
            var hit = Assert.Single(session.Search(query, new SearchOptions { Top = 10 }).Hits);
            Assert.Contains(hit.TitleMatches, m => m.Start == 0 && m.End == "Penumpang".Length);
        }
    }

    [Fact]
    public void A_title_search_for_a_root_finds_the_headline_word_kept_whole()
    {
        // A headline's Kebakaran is held whole, so title:bakar found only "Terbakar", while a search of the paragraphs
        // finds kebakaran by bakar.
        _folder.Write("corpus/a.txt", "Kebakaran Hutan Meluas di Riau\nAsap menutup kota sejak pagi.\n");
        _folder.Write("corpus/b.txt", "Gudang Terbakar di Bekasi\nApi padam setelah dua jam.\n");
        _folder.Write("corpus/c.txt", "Kesehatan Warga Riau Memburuk\nAsap menutup kota sejak pagi.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));

        var result = session.Search("title:bakar", new SearchOptions { Top = 10, PerArticle = 1 });

        Assert.Equal(["a.txt", "b.txt"], result.Hits.Select(h => h.Article).Order());
        Assert.Contains(result.Hits.Single(h => h.Article == "a.txt").TitleMatches, m => m.Start == 0 && m.End == "Kebakaran".Length);
        Assert.Empty(result.MissingWords);
        // No title holds sehat but in Kesehatan: the word is found, so it is not named as missing.
        var health = session.Search("title:sehat", new SearchOptions { Top = 10 });
        Assert.Equal(("c.txt", 0), (Assert.Single(health.Hits).Article, health.Hits[0].Paragraph));
        Assert.Empty(health.MissingWords);
        Assert.Contains("kebakaran", AnalysisChain.TitleWholeFormsOf("bakar"));
    }

    [Fact]
    public void A_title_search_for_a_root_finds_headline_words_the_lexicon_does_not_list_that_the_paragraphs_write_in_lower_case()
    {
        // Kebanjiran is in no list of the lexicon, so a Title Case headline keeps it whole as a name; the index's own
        // paragraphs write it in lower case, so it is a word of banjir. Maluku, written capitalised everywhere, is a name
        // and title:malu must not find it.
        _folder.Write("corpus/a.txt", "Warga Kebanjiran di Bekasi\nRumah warga kebanjiran sejak pagi.\nKampung itu kebanjiran lagi.\n");
        _folder.Write("corpus/b.txt", "Gempa di Maluku\nMaluku diguncang gempa.\nWarga Maluku mengungsi.\n");
        _folder.Write("corpus/c.txt", "Malu Dilihat Tetangga\nIa malu sekali.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));
        Assert.DoesNotContain("kebanjiran", AnalysisChain.TitleWholeFormsOf("banjir"));

        var flood = session.Search("title:banjir", new SearchOptions { Top = 10, PerArticle = 1 });
        var shame = session.Search("title:malu", new SearchOptions { Top = 10, PerArticle = 1 });

        Assert.Equal("a.txt", Assert.Single(flood.Hits).Article);
        Assert.Contains(flood.Hits[0].TitleMatches, m => m.Start == "Warga ".Length && m.End == "Warga Kebanjiran".Length);
        Assert.Empty(flood.MissingWords);
        Assert.Equal("c.txt", Assert.Single(shame.Hits).Article);
    }

    public void Dispose() => _folder.Dispose();
}
