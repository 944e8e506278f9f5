using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>Parsing of real scraped articles from the shared corpus (tests/fixtures/id-news, see ATTRIBUTION.md).</summary>
public class RealArticleParseTests
{
    private static Article Parse(string name) =>
        ArticleTextParser.Parse(name, File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "id-news", name)), "h");

    [Fact]
    public void Tempo_dateline_gives_outlet_and_place()
    {
        var article = Parse("clickid-tempo-00019.txt");

        Assert.Equal("Bank Mandiri Bidik Salurkan Kredit Agrikultur Rp 100 M Via Crowde", article.Title);
        Assert.Equal("Tempo.co", article.Source);
        Assert.Equal("Jakarta", article.Place);
        Assert.StartsWith("TEMPO.CO, Jakarta - PT, (Persero)", article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("Jakarta (ANTARA News) - Presiden meresmikan jalan tol baru.", "Antara", "Jakarta")]
    [InlineData("Bogor (ANTARANews) - Hujan deras merendam rumah warga.", "Antara", "Bogor")]
    [InlineData("JAKARTA (Pos Kota) – Polisi menangkap dua pencuri motor.", "Poskota", "JAKARTA")]
    [InlineData("Jakarta (CNN Indonesia) - Harga emas turun.", "CNN Indonesia", "Jakarta")]
    [InlineData("Bogor (Rimanews) - Hujan deras merendam rumah warga.", "Rimanews", "Bogor")]
    [InlineData("JAKARTA, (ANTARA News) - Rupiah menguat.", "Antara", "JAKARTA")]
    [InlineData("Valencia (Repsol Honda) - Marquez menang lagi.", null, null)]
    public void A_wire_dateline_names_a_known_outlet_in_parentheses(string lead, string? outlet, string? place)
    {
        var article = ArticleTextParser.Parse("a.txt", "Judul Berita\n" + lead + "\n", "h");

        Assert.Equal((outlet, place), (article.Source, article.Place));
        Assert.Equal(lead, article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("Detik-detik Tabrakan Bus dan Truk yang Tewaskan 8 Orang.")]
    [InlineData("Detik-Detik Pembunuh Bayaran di Riau Beraksi.")]
    [InlineData("Suara-suara sumbang terdengar dari tribun penonton.")]
    public void A_lead_opening_with_a_repeated_word_names_no_outlet(string lead)
    {
        var article = ArticleTextParser.Parse("a.txt", "Judul Berita\n" + lead + "\n", "h");

        Assert.Equal((null, null), (article.Source, article.Place));
        Assert.Equal(lead, article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("PDI-P Tangsel: Kami Menutup Diri dari Calon yang Usung Politik Identitas")]
    [InlineData("DPR-Pemerintah Bahas 29 Poin Revisi UU KPK yang Berpotensi Melemahkan")]
    [InlineData("BNPT-KKP Teken MoU Cegah Terorisme di Sektor Kelautan dan Perikanan")]
    public void A_headline_opening_with_a_hyphenated_name_is_the_title_not_a_dateline(string headline)
    {
        var article = ArticleTextParser.Parse("a.txt", headline + "\nPartai itu menolak calon tersebut.\n", "h");

        Assert.Equal(headline, article.Title);
        Assert.Null(article.Place);
        Assert.Equal(["Partai itu menolak calon tersebut."], article.Paragraphs);
    }

    [Theory]
    [InlineData("JAKARTA- Rupiah menguat.")]
    [InlineData("JAKARTA -Rupiah menguat.")]
    [InlineData("JAKARTA-, baru saja membuka kampanye.")] // a word the scrape lost after the dash
    [InlineData("JAKARTA\u2014Rupiah menguat.")] // an em dash is never a hyphen: the Wall Street Journal's "WASHINGTON—The …"
    public void A_dateline_dash_not_joining_two_words_is_still_a_dateline(string lead)
    {
        var article = ArticleTextParser.Parse("a.txt", "Judul Berita\n" + lead + "\n", "h");

        Assert.Equal("JAKARTA", article.Place);
    }

    [Fact]
    public void Cnn_dateline_with_split_dash_is_recognised()
    {
        var article = Parse("idsum-00007.txt");

        Assert.Equal("ronaldo tak kesulitan main hingga usia 41", article.Title);
        Assert.Equal("CNN Indonesia", article.Source);
        Assert.Equal("Jakarta", article.Place);
    }

    [Fact]
    public void Writer_credit_line_is_the_author_not_a_paragraph()
    {
        var juara = Parse("idsum-00434.txt");
        var fimela = Parse("clickid-fimela-00491.txt");

        Assert.Equal("Dwi Widijatmiko", juara.Author);
        Assert.Equal("Juara.net", juara.Source);
        Assert.DoesNotContain(juara.Paragraphs, p => p.StartsWith("Penulis", StringComparison.Ordinal));
        Assert.Equal("Fitri Haryanti Harsono", fimela.Author);
        Assert.DoesNotContain(fimela.Paragraphs, p => p.StartsWith("Penulis", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_also_links_are_related_links_and_scrape_debris_is_dropped()
    {
        var kumparan = Parse("idsum-00001.txt");
        var fimela = Parse("clickid-fimela-00069.txt");

        Assert.Contains("Setya Novanto: Jangan Sampai Kisruh Taksi dan Ojek Online Jadi Besar", kumparan.RelatedLinks);
        Assert.DoesNotContain(kumparan.Paragraphs, p => p.StartsWith("Baca juga", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(fimela.RelatedLinks);
        Assert.Equal(6, fimela.Paragraphs.Count);
    }

    [Fact]
    public void A_read_also_line_that_lost_its_link_title_keeps_the_paragraph_after_it()
    {
        var okezone = Parse("clickid-okezone-00082.txt");

        Assert.Equal(6, okezone.Paragraphs.Count);
        Assert.StartsWith("Sebelumnya, KPK telah", okezone.Paragraphs[5]);
        Assert.Empty(okezone.RelatedLinks);
    }

    [Theory]
    [InlineData("Baca juga:,Polisi menangkap dua pencuri motor.", "Polisi menangkap dua pencuri motor.")]
    [InlineData("Baca Juga :, Tuding, Dalang Serangan,Kuwait juga menyelidiki.", "Tuding, Dalang Serangan,Kuwait juga menyelidiki.")]
    [InlineData("Baca Juga:,#GrowFearLess with Fimela", null)]
    [InlineData("Baca juga:,", null)]
    [InlineData("Baca Juga:,Baca Juga:", null)]
    [InlineData("Baca juga:,ADVERTISEMENT", null)]
    [InlineData("Baca juga:,Penulis: Budi Santoso", null)]
    public void Text_after_a_read_also_without_title_is_read_as_a_line_of_its_own(string line, string? paragraph)
    {
        var article = ArticleTextParser.Parse("a.txt", $"Judul Berita\nParagraf pertama.\n{line}\n", "h");

        Assert.Equal(paragraph is null ? ["Paragraf pertama."] : ["Paragraf pertama.", paragraph], article.Paragraphs);
        Assert.Empty(article.RelatedLinks);
    }

    [Theory]
    [InlineData("Baca juga: 5 Fakta Layanan Bank Mandiri yang Sempat Error,Ketika dikonfirmasi, Rohan mengatakan hal itu.",
        "5 Fakta Layanan Bank Mandiri yang Sempat Error", "Ketika dikonfirmasi, Rohan mengatakan hal itu.")]
    [InlineData("Baca Juga: Musim 2019-2020 Jadi Musim Pengharapan,\"Semua bisa main,\" ucapnya.",
        "Musim 2019-2020 Jadi Musim Pengharapan", "\"Semua bisa main,\" ucapnya.")]
    [InlineData("Baca juga: Sebelum Disiksa Suami, Tiga Setia Gara Rayakan Ulang Tahun,Ray Sahetapy menyayangkannya.",
        "Sebelum Disiksa Suami, Tiga Setia Gara Rayakan Ulang Tahun", "Ray Sahetapy menyayangkannya.")]
    [InlineData("Baca juga: Harga Naik Rp1,5 Miliar,Warga mengeluh.", "Harga Naik Rp1,5 Miliar", "Warga mengeluh.")]
    [InlineData("Baca Juga: Review:,#GrowFearLess with Fimela", "Review", null)]
    public void A_paragraph_glued_after_a_read_also_link_by_a_comma_is_kept(string line, string link, string? paragraph)
    {
        var article = ArticleTextParser.Parse("a.txt", $"Judul Berita\nParagraf pertama.\n{line}\n", "h");

        Assert.Equal(paragraph is null ? ["Paragraf pertama."] : ["Paragraf pertama.", paragraph], article.Paragraphs);
        Assert.Equal([link], article.RelatedLinks);
    }

    [Theory]
    [InlineData("[Baca juga: Tiga Kelurahan di Sampang Terkena Puting Beliung]", "Tiga Kelurahan di Sampang Terkena Puting Beliung")]
    [InlineData("[Baca Juga: Jika Juventus Juara (Lagi), Apa yang Perlu Dilakukan Roma dan Napoli?]", "Jika Juventus Juara (Lagi), Apa yang Perlu Dilakukan Roma dan Napoli?")]
    [InlineData("(Baca: Polres Depok Buru Pelaku Dua Kasus Pembunuhan)", "Polres Depok Buru Pelaku Dua Kasus Pembunuhan")]
    [InlineData(" (BACA: OSO Resmi Dilaporkan ke Mabes Polri)", "OSO Resmi Dilaporkan ke Mabes Polri")]
    [InlineData("(Lihat juga: Gempa di Lombok)", "Gempa di Lombok")]
    [InlineData("SIMAK JUGA: Arema Batal Kontrak Yanto Basna", "Arema Batal Kontrak Yanto Basna")]
    [InlineData("Baca: Firasat Ahok dan Seragam Dinas Terakhir", "Firasat Ahok dan Seragam Dinas Terakhir")]
    public void Links_set_apart_by_brackets_or_other_words_are_related_links_not_paragraphs(string line, string link)
    {
        var article = ArticleTextParser.Parse("a.txt", $"Judul Berita\nParagraf pertama.\n{line}\nParagraf kedua.\n", "h");

        Assert.Equal(["Paragraf pertama.", "Paragraf kedua."], article.Paragraphs);
        Assert.Equal([link], article.RelatedLinks);
    }

    [Theory]
    [InlineData("Simak juga beragam paparan menarik lainnya mengenai pemasaran di sesi Community Meet Up.")] // no colon: a sentence
    [InlineData("(Baca selengkapnya di halaman berikut)")]
    [InlineData("(Foto: Antara)")]
    [InlineData("(Baca: Banjir Bandang) Warga mengungsi ke masjid (foto)")] // text after the link's bracket
    public void Lines_that_only_look_like_links_stay_paragraphs(string line)
    {
        var article = ArticleTextParser.Parse("a.txt", $"Judul Berita\nParagraf pertama.\n{line}\n", "h");

        Assert.Equal(["Paragraf pertama.", line.Trim()], article.Paragraphs);
    }

    [Fact]
    public void A_long_link_line_keeps_the_paragraph_glued_after_the_link()
    {
        var line = "Baca: Dasar Abdul Aziz Bikin Disertasi Seks Tanpa Nikah Tak Langgar Syariah,Yahya Zainul Maarif, atau lebih akrab disapa Buya Yahya, dalam channel Youtube Al-Bahjah TV, menegaskan disertasi yang dibuat Abdul Aziz itu keluar dari Islam.";

        var article = ArticleTextParser.Parse("a.txt", $"Judul Berita\nParagraf pertama.\n{line}\n", "h");

        Assert.Equal(["Paragraf pertama.", line], article.Paragraphs);
    }

    [Fact]
    public void A_lead_after_a_read_also_without_title_keeps_its_dateline_and_is_no_title()
    {
        var article = ArticleTextParser.Parse("a.txt", "Baca juga:,JAKARTA, KOMPAS.com - Hujan deras merendam rumah warga.\n", "h");

        Assert.Equal("Kompas.com", article.Source);
        Assert.Equal(["JAKARTA, KOMPAS.com - Hujan deras merendam rumah warga."], article.Paragraphs);
    }

    [Theory]
    [InlineData("ADVERTISEMENT")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT")]
    public void Page_furniture_is_dropped(string furniture)
    {
        var article = ArticleTextParser.Parse("a.txt", $"Judul Berita\nParagraf pertama.\n{furniture}\nParagraf kedua.\n", "h");

        Assert.Equal(["Paragraf pertama.", "Paragraf kedua."], article.Paragraphs);
    }

    [Theory]
    [InlineData("Baca juga: Polisi Tangkap Pencuri\n")]
    [InlineData("ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n")]
    [InlineData("Penulis: Budi Santoso\nBaca juga:,ADVERTISEMENT\n")]
    public void An_article_of_nothing_but_links_credits_and_furniture_is_refused_with_a_reason(string text)
    {
        var error = Assert.Throws<FormatException>(() => ArticleTextParser.Parse("a.txt", text, "h"));

        Assert.StartsWith("no text to index", error.Message);
    }

    [Fact]
    public void Crlf_and_lone_cr_end_lines()
    {
        var article = ArticleTextParser.Parse("a.txt", "Judul\r\nSatu.\rDua.\r\n", "h");

        Assert.Equal("Judul", article.Title);
        Assert.Equal(["Satu.", "Dua."], article.Paragraphs);
    }
}
