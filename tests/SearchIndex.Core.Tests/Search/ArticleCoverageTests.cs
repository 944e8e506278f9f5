using System.Globalization;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// A paragraph's score follows how much of the query its whole article holds (docs/relevance.md, step 15), and counts
/// more when the query names the article's whole title (step 18).
/// </summary>
public sealed class ArticleCoverageTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 50, Explain = true };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public ArticleCoverageTests()
    {
        // The same second paragraph in two market reports; only the later-sorted one names Sleman, in its lead. Without
        // the article's cover the two tie, and the tie goes to the earlier article.
        _folder.Write("corpus/b-without.txt", "Catatan pasar\nPedagang menjual sayur di pasar pagi.\nHarga cabai naik tajam minggu ini.\n");
        _folder.Write("corpus/z-with.txt", "Catatan pasar\nBupati Sleman meninjau pasar pagi.\nHarga cabai naik tajam minggu ini.\n");

        // "gempa" is in a dozen paragraphs, "Wonogiri" in two: each of these articles lacks one of them.
        for (var i = 0; i < 10; i++)
        {
            _folder.Write($"corpus/filler-{i}.txt", $"Laporan {i}\nGempa kecil terasa di pesisir.\n");
        }

        _folder.Write("corpus/c-lacks-common.txt", "Laporan desa\nWarga Wonogiri mengungsi ke balai desa.\n");
        _folder.Write("corpus/d-lacks-rare.txt", "Laporan kota\nGempa membuat warga mengungsi ke balai desa.\n");
        _folder.Write("corpus/e-holds-both.txt", "Laporan Wonogiri\nGempa membuat warga mengungsi.\n");

        // A title of stopwords only: no words to name.
        _folder.Write("corpus/x-stopwords.txt", "Yang Ini\nAkar kuadrat adalah angka yang dikalikan dengan dirinya sendiri.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void A_paragraph_whose_article_holds_the_rest_of_the_query_comes_first()
    {
        var hits = _session.Search("Sleman harga cabai", Defaults).Hits;

        var with = hits.Single(h => h.Article == "z-with.txt" && h.Paragraph == 1);
        var without = hits.Single(h => h.Article == "b-without.txt" && h.Paragraph == 1);
        Assert.True(with.Rank < without.Rank, $"z-with ¶1 at {with.Rank}, b-without ¶1 at {without.Rank}");
        Assert.True(with.Score > without.Score);
        Assert.Contains(with.Explanation!.Scoring, l => l.EndsWith(" article-cover(3/3, ÷1.4 title not named)", StringComparison.Ordinal));
        Assert.Contains(without.Explanation!.Scoring, l => l.EndsWith(" article-cover(2/3, ÷1.4 title not named)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lucene_syntax_query_is_ranked_without_the_cover()
    {
        var hits = _session.Search("Sleman harga cabai", Defaults with { Syntax = QuerySyntax.Lucene }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.DoesNotContain(h.Explanation!.Scoring, l => l.Contains("article-cover", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_article_lacking_a_rare_word_is_scaled_down_more_than_one_lacking_a_common_word()
    {
        var hits = _session.Search("Wonogiri gempa mengungsi", Defaults).Hits;

        var lacksCommon = CoverFactor(hits.First(h => h.Article == "c-lacks-common.txt"));
        var lacksRare = CoverFactor(hits.First(h => h.Article == "d-lacks-rare.txt"));
        Assert.True(lacksCommon > lacksRare, $"lacking 'gempa': ×{lacksCommon}; lacking 'Wonogiri': ×{lacksRare}");
        Assert.True(lacksRare < 1f);
        Assert.Equal("e-holds-both.txt", hits[0].Article);
    }

    [Fact]
    public void An_updated_article_is_measured_by_its_new_paragraphs_only()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/u.txt", "Catatan pasar\nHarga cabai naik.\nBupati Sleman meninjau pasar.\n");
        folder.Write("corpus/v.txt", "Catatan pasar\nHarga cabai turun.\nBupati Sleman meninjau pasar.\n");
        var request = new IndexRequest([folder.Combine("corpus")], folder.Combine("index"));
        new IndexBuilder(request).Run();
        folder.Write("corpus/u.txt", "Catatan pasar\nHarga cabai naik.\nWarga meninjau pasar.\n");
        new IndexBuilder(request).Run();

        using var session = IndexSearchSession.Open(folder.Combine("index"));
        var hits = session.Search("Sleman cabai", Defaults).Hits;

        var updated = hits.Single(h => h.Article == "u.txt");
        Assert.Contains(updated.Explanation!.Scoring, l => l.EndsWith(" article-cover(1/2, ÷1.4 title not named)", StringComparison.Ordinal));
        Assert.All(hits.Where(h => h.Article == "v.txt"), h => Assert.Equal(1f / 1.4f, CoverFactor(h), 4));
    }

    [Fact]
    public void An_article_whose_whole_title_the_question_names_comes_first()
    {
        // The first article holds the words more often, so by its text alone it ranks first; but only the second one's
        // whole title is what the question asks about.
        using var folder = new TempFolder();
        folder.Write("corpus/a-basic.txt", "Fungsi Sqr dalam Basic\nFungsi Sqr menghitung akar kuadrat sebuah angka, dan akar kuadrat itu angka yang dikalikan dengan dirinya sendiri.\n");
        folder.Write("corpus/y-fungsi-sqr.txt", "Fungsi Sqr\nFungsi Sqr menghitung akar kuadrat sebuah angka.\n");
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(folder.Combine("index"));

        var hits = session.Search("apa itu fungsi sqr dan akar kuadrat", Defaults).Hits;

        Assert.Equal(["y-fungsi-sqr.txt", "a-basic.txt"], hits.Select(h => h.Article));
        Assert.DoesNotContain(hits[0].Explanation!.Scoring, l => l.Contains("article-cover", StringComparison.Ordinal)); // ×1
        Assert.Contains(hits[1].Explanation!.Scoring, l => l.EndsWith(" article-cover(4/4, ÷1.4 title not named)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_of_stopwords_only_is_never_named()
    {
        var hits = _session.Search("yang ini akar kuadrat", Defaults).Hits;

        Assert.Contains(hits.Single(h => h.Article == "x-stopwords.txt").Explanation!.Scoring,
            l => l.EndsWith(" article-cover(2/2, ÷1.4 title not named)", StringComparison.Ordinal));
    }

    /// <summary>The factor in the hit's <c>×F article-cover(h/n)</c> line.</summary>
    private static float CoverFactor(SearchHit hit)
    {
        var line = Assert.Single(hit.Explanation!.Scoring, l => l.Contains("article-cover", StringComparison.Ordinal));
        return float.Parse(line[1..line.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
