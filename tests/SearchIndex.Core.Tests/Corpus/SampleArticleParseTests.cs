using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

public class SampleArticleParseTests
{
    private static Article Parse() =>
        ArticleTextParser.Parse("tribunnews-kim-putin.txt", File.ReadAllText(RepositoryPaths.SampleArticle), "hash");

    [Fact]
    public void Sample_article_has_eleven_content_paragraphs()
    {
        var article = Parse();

        Assert.Equal(11, article.Paragraphs.Count);
        Assert.StartsWith("TRIBUNNEWS.COM, MOSKOW – Usai menggelar", article.Paragraphs[0]);
        Assert.StartsWith("“Pemimpin Korea Utara menekankan", article.Paragraphs[^1]);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("Baca juga", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("Laporan Wartawan", StringComparison.Ordinal));
    }

    [Fact]
    public void Byline_gives_author_and_outlet()
    {
        var article = Parse();

        Assert.Equal("Namira Yunia Lestanti", article.Author);
        Assert.Equal("Tribunnews.com", article.Source);
    }

    [Fact]
    public void Dateline_gives_place_and_keeps_the_words()
    {
        var article = Parse();

        Assert.Equal("MOSKOW", article.Place);
        Assert.Contains("MOSKOW", article.Paragraphs[0]);
    }

    [Fact]
    public void Related_links_are_kept_on_the_article()
    {
        var article = Parse();

        Assert.Equal(
            [
                "Pemimpin Korut Kim Jong Un Temui Vladimir Putin di Vladivostok, Apa yang Mereka Bicarakan?",
                "Sevastopol Kena Rudal: Ukraina Balas Kirim Salam ke Kim Jong Un, Rusia Dihantam Storm Shadow Inggris",
            ],
            article.RelatedLinks);
    }

    [Fact]
    public void Date_comes_from_the_text()
    {
        Assert.Equal(new DateOnly(2023, 9, 13), Parse().Date);
    }

    [Fact]
    public void Missing_title_falls_back_to_the_lead_never_the_byline()
    {
        var title = Parse().Title;

        Assert.StartsWith("Usai menggelar kunjungan ke situs peluncuran roket", title);
        Assert.DoesNotContain("Laporan", title);
        Assert.DoesNotContain("TRIBUNNEWS", title);
        Assert.EndsWith("…", title);
    }
}
