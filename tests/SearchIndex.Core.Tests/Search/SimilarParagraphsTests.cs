using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>Which paragraphs repeat one already kept: wire copies and reused background, not the same event retold.</summary>
public sealed class SimilarParagraphsTests
{
    // Two outlets' copies of one paragraph of the shared corpus (clickid-kompas-02934.txt ¶10, -03193.txt ¶10): a comma
    // dropped, "justice collaborator" lost by one scrape.
    private const string Copy1 = "Sementara, PP Nomor 99 Tahun 2012 memperketat pemberian hak remisi dan pembebasan bersyarat, yakni jika seorang narapidana kasus korupsi menjadi justice collaborator serta mendapat rekomendasi dari KPK.";
    private const string Copy2 = "Sementara PP Nomor 99 Tahun 2012 memperketat pemberian hak remisi dan pembebasan bersyarat, yakni jika seorang narapidana kasus korupsi menjadi, serta mendapat rekomendasi dari KPK.";

    [Fact]
    public void A_copy_with_a_word_lost_repeats_the_paragraph_kept()
    {
        var similar = new SimilarParagraphs();

        Assert.Null(similar.RepeatOf(Copy1));
        Assert.Equal(0, similar.RepeatOf(Copy2));
    }

    [Fact]
    public void A_short_paragraph_held_whole_in_a_longer_one_repeats_it()
    {
        var similar = new SimilarParagraphs();
        similar.RepeatOf("Kita lihat saja nanti proses dinamika yang berjalan. " + "Tidak boleh ada yang tidak bisa dikontrol, tapi sekali lagi kita tekankan tidak boleh ada yang dilemahkan, kata dia.");

        Assert.Equal(0, similar.RepeatOf("\"Tidak boleh ada yang tidak bisa dikontrol, tapi sekali lagi kita tekankan tidak boleh ada yang dilemahkan,\" ucap Ibas."));
    }

    [Fact]
    public void The_same_event_told_in_other_words_is_not_a_repeat()
    {
        // Two outlets on one day (clickid-sindonews-01679.txt, clickid-okezone-03349.txt): 53% of the shingles shared.
        var similar = new SimilarParagraphs();
        similar.RepeatOf("Presiden ketiga RI BJ Habibie masih menjalani perawatan intensif di Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto, Senen, Jakarta Pusat.");

        Assert.Null(similar.RepeatOf("Presiden ketiga RI, BJ Habibie meninggal dunia sekira Pukul 18.05 WIB, di Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto, Jakarta Pusat."));
    }

    [Fact]
    public void Paragraphs_of_fewer_than_three_words_repeat_only_the_same_words()
    {
        var similar = new SimilarParagraphs();
        similar.RepeatOf("\" sambungnya.");

        Assert.Equal(0, similar.RepeatOf("\" Sambungnya"));
        Assert.Null(similar.RepeatOf("\" sambungnya, kata dia."));
        Assert.Null(similar.RepeatOf("sambung"));
    }

    [Fact]
    public void A_repeat_of_several_kept_paragraphs_names_the_first_kept()
    {
        var similar = new SimilarParagraphs();
        similar.RepeatOf("Banjir merendam rumah warga di tepi sungai Ciliwung sejak pagi.");
        similar.RepeatOf("Kemarin, " + Copy1);
        similar.RepeatOf(Copy1 + " Aturan itu digugat ke Mahkamah Agung.");

        Assert.Equal(1, similar.RepeatOf(Copy1)); // both later ones hold it whole
    }

    [Fact]
    public void A_longer_paragraph_holding_a_kept_one_and_more_is_not_a_repeat()
    {
        // clickid-tribunnews-00315.txt ¶5 and clickid-okezone-03225.txt ¶3 (shared corpus): the second joins the first
        // with the paragraph before it, so it names the 2018 award the first lacks. A third of its shingles are the first's.
        var similar = new SimilarParagraphs();
        similar.RepeatOf("Pada 2019 Waskita juga meraih Juara 1 The Best Indonesian GCG Implementation kategori State Owned Enterprise Public Company kategori Building and Costruction, dari Economic Review.");

        Assert.Null(similar.RepeatOf("Melalui penerapan GCG, Waskita juga berkomitmen untuk selalu menaati setiap aspek hukum, sehingga mampu menjalankan perusahaan secara profesional dan efisien. Salah satu bukti keberhasilan GCG perseroan, yakni apresiasi sebagai ‘Top 5 GCG Issues in Construction Sector’ pada tahun 2018 lalu. Selain itu, pada tahun 2019 Waskita juga meraih Juara 1 The Best Indonesian GCG Implementation kategori State Owned Enterprise Public Company kategori Building and Costruction, dari Economic Review."));
    }

    [Fact]
    public void A_paragraph_without_a_word_is_never_a_repeat()
    {
        var similar = new SimilarParagraphs();
        similar.RepeatOf("—");

        Assert.Null(similar.RepeatOf("—"));
    }
}
