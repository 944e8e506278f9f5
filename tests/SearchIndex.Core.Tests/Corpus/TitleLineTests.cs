using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>
/// The first line of a <c>.txt</c> article is its title unless it reads as a lead paragraph: too long, or ending a
/// sentence with one full stop. Teaser headlines ending in "..." and headlines a scraper cut after a comma or colon
/// were taken for paragraphs: the shared corpus held 166, each shown as its article's paragraph 0.
/// </summary>
public sealed class TitleLineTests
{
    [Theory]
    [InlineData("Umuh Muchtar Segera Pensiun dari Persib Bandung, Alasannya...")]
    [InlineData("BJ Habibie Meninggal, Menteri Susi:")]
    [InlineData("Intip 5 Potret Seksi Syahnaz Shadiqah Pamer ,")]
    [InlineData("Gempa Guncang Palu…")]
    [InlineData("Pikap Tabrak Rumah di Kebon Jeruk, 2 Penghuni Terluka")]
    public void A_headline_line_is_the_title_and_not_a_paragraph(string first)
    {
        var article = ArticleTextParser.Parse("a.txt", first + "\nManajer klub menyatakan berencana pensiun.\n", "hash");

        Assert.Equal(first, article.Title);
        Assert.Equal(["Manajer klub menyatakan berencana pensiun."], article.Paragraphs);
    }

    [Fact]
    public void A_first_line_ending_a_sentence_is_the_lead_and_the_title_comes_from_it()
    {
        var article = ArticleTextParser.Parse("a.txt", "Polisi menangkap pencuri motor di Bekasi.\nPelaku sudah diincar.\n", "hash");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("Polisi menangkap pencuri motor di Bekasi.", article.Title);
    }

    [Fact]
    public void A_title_lines_day_name_date_dates_an_article_whose_paragraphs_name_none()
    {
        var article = ArticleTextParser.Parse("a.txt", "Sinopsis Sinetron 'CINTA SUCI' Tayang Kamis, 2 Mei 2019\nAldebaran menemui Andin.\n", "hash");

        Assert.Equal(new DateOnly(2019, 5, 2), article.Date);
    }
}
