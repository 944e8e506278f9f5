using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

public sealed class StoryDateTests
{
    [Fact]
    public void An_obituary_is_dated_by_the_death_not_the_birth()
    {
        const string text = "BJ Habibie lahir di Parepare, 25 Juni 1936.\nIa wafat pada 11 September 2019 di RSPAD Gatot Subroto.";

        Assert.Equal(new DateOnly(2019, 9, 11), IndonesianDates.FindStoryDate(text));
    }

    [Fact]
    public void A_first_date_years_before_the_latest_is_background_and_the_latest_years_first_date_wins()
    {
        const string text = "Putusan pertama jatuh pada 2 Maret 2016.\nBanding disidangkan 10 Mei 2019 dan diputus 3 Juni 2019.";

        Assert.Equal(new DateOnly(2019, 5, 10), IndonesianDates.FindStoryDate(text));
    }

    [Fact]
    public void The_newsroom_day_name_form_comes_before_written_dates()
    {
        const string text = "JAKARTA - Polisi menangkap pelaku, Rabu (13/9/2023).\nSidang dijadwalkan 8 Januari 2024.";

        Assert.Equal(new DateOnly(2023, 9, 13), IndonesianDates.FindStoryDate(text));
    }

    [Fact]
    public void A_date_without_a_year_is_not_guessed()
    {
        Assert.Null(IndonesianDates.FindStoryDate("Polisi menangkap pelaku, Senin (27/3)."));
    }

    [Fact]
    public void A_date_after_today_is_not_the_story_date()
    {
        const string text = "Ia divonis 16 tahun dan bebas pada 21 Agustus 2099.\nSidang putusan digelar 3 Juni 2019, Senin (3/6/2099).";

        Assert.Equal(new DateOnly(2019, 6, 3), IndonesianDates.FindStoryDate(text));
    }

    [Fact]
    public void Todays_news_in_Jakarta_is_dated_on_a_machine_whose_clock_is_still_on_yesterday()
    {
        // Jakarta is 7 hours ahead of UTC (Kiritimati 14): its "today" is UTC's tomorrow for part of every day, and the
        // machine's own time zone (TZ=America/Adak is UTC-10) must not decide whether a story has happened yet.
        var tomorrowInUtc = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var inTwoDays = tomorrowInUtc.AddDays(1);
        string Lead(DateOnly day) => $"Banjir melanda Jakarta pada Sabtu ({day.Day}/{day.Month}/{day.Year}) pagi.";

        Assert.Equal(tomorrowInUtc, IndonesianDates.FindStoryDate(Lead(tomorrowInUtc)));
        Assert.Null(IndonesianDates.FindStoryDate(Lead(inTwoDays)));
    }

    [Fact]
    public void A_date_after_a_day_name_is_the_news_day_not_a_later_one_the_story_looks_ahead_to()
    {
        const string text = "Waran dapat dilaksanakan hingga 16 September 2022.\nEmiten itu mencatatkan saham pada Senin, 16 September 2019.";

        Assert.Equal(new DateOnly(2019, 9, 16), IndonesianDates.FindStoryDate(text));
    }

    [Fact]
    public void A_date_in_the_next_year_is_a_plan_the_story_looks_ahead_to()
    {
        const string text = "Turnamen dibuka 22 September 2019.\nFinal dijadwalkan 3 Oktober 2020.";

        Assert.Equal(new DateOnly(2019, 9, 22), IndonesianDates.FindStoryDate(text));
    }

    [Theory]
    [InlineData("Gempa terjadi Sabtu pukul 04.00 dini hari (14/9/2019).\nGempa serupa terjadi 2 Januari 2010.")]
    [InlineData("Ia tampil terakhir 1 Agustus 2019.\nIa lahir 25 Juni 1936 dan meninggal Sabtu malam, 14 September 2019.")]
    public void A_time_of_day_between_day_name_and_date_is_read_past(string text)
    {
        Assert.Equal(new DateOnly(2019, 9, 14), IndonesianDates.FindStoryDate(text));
    }

    [Theory]
    [InlineData("Perempuan kelahiran Jakarta, 5 November 1997 itu tampil di festival.")]
    [InlineData("Ia merupakan artis kelahiran Pangkalan Brandan, Sumatera Utara, 16 September 1981.")]
    [InlineData("Aktris yang lahir di Jakarta pada 19 Februari 1991 ini merilis lagu baru.")]
    [InlineData("Pria kelahiran 15 Januari 1999 itu sedang di puncak kariernya.")]
    public void A_birthday_is_no_story_date(string text)
    {
        Assert.Null(IndonesianDates.FindStoryDate(text));
        Assert.Equal(new DateOnly(2019, 10, 2), IndonesianDates.FindStoryDate(text + "\nAlbumnya dirilis 2 Oktober 2019."));
    }

    [Theory]
    [InlineData("Penyanyi yang lahir di Bogor itu ditangkap pada 5 September 2019.", 2019, 9, 5)]
    [InlineData("Peringatan Hari Lahir Pancasila, 1 Juni 2019, digelar di Gedung Pancasila.", 2019, 6, 1)]
    [InlineData("Sejak lahirnya UU KPK pada 17 September 2019, pegawai resah.", 2019, 9, 17)]
    [InlineData("Ia kembali ke desa tempat ia lahir\n5 Oktober 2019 menjadi hari pulangnya.", 2019, 10, 5)]
    public void A_date_after_lahir_that_is_not_the_birth_still_dates_the_story(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), IndonesianDates.FindStoryDate(text));
    }

    [Theory]
    [InlineData("Kontraknya berlaku hingga 30 Juni 2023.")]
    [InlineData("Tarif baru berlaku mulai 1 Januari 2020.")]
    [InlineData("Pendaftaran dibuka sampai dengan 5 Oktober 2023.")]
    [InlineData("Berkas diserahkan paling lambat tanggal 10 Oktober 2019.")]
    public void The_end_or_start_of_a_period_is_no_story_date(string text)
    {
        Assert.Null(IndonesianDates.FindStoryDate(text));
        Assert.Equal(new DateOnly(2017, 8, 14), IndonesianDates.FindStoryDate(text + "\nPengumuman itu disampaikan 14 Agustus 2017."));
    }

    [Fact]
    public void A_day_name_date_is_still_read_after_a_period_word()
    {
        Assert.Equal(new DateOnly(2019, 9, 16), IndonesianDates.FindStoryDate("Pameran berlangsung mulai Senin (16/9/2019) di Jakarta."));
    }

    [Theory]
    [InlineData("Film itu dijadwalkan tayang di bioskop pada 7 Mei 2021 mendatang.")]
    [InlineData("Pilkada serentak digelar pada hari Rabu tanggal 23 September 2020 nanti.")]
    [InlineData("Konser berlangsung 26 September 2020, yang akan datang.")]
    public void A_date_the_text_calls_ahead_is_no_story_date(string text)
    {
        Assert.Null(IndonesianDates.FindStoryDate(text));
        Assert.Equal(new DateOnly(2019, 9, 17), IndonesianDates.FindStoryDate(text + "\nHal itu disampaikan Selasa, 17 September 2019."));
    }

    [Fact]
    public void Nanti_opening_the_next_sentence_does_not_undate_the_one_before()
    {
        Assert.Equal(new DateOnly(2019, 9, 13), IndonesianDates.FindStoryDate("Ia ditemui pada Jumat, 13 September 2019. Nanti ia kembali."));
    }

    // 81 articles of the shared corpus had no date although their headline named one: synopses of the evening's
    // episode ("Tayang Senin, 8 April 2019"), match results, horoscopes.
    [Theory]
    [InlineData("Sinopsis Sinetron 'ANAK LANGIT' Episode 1086 & 1087 Tayang Senin, 8 April 2019", 2019, 4, 8)]
    [InlineData("Hasil Pertandingan Liga Champions, Rabu (18/9/2019)", 2019, 9, 18)]
    [InlineData("Ramalan Zodiak Hari Ini Kamis 19 September 2019: Cancer Konflik Besar", 2019, 9, 19)]
    public void A_headlines_day_name_date_dates_an_article_whose_text_names_none(string title, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), IndonesianDates.FindStoryDate("Aldebaran menemui Andin di rumah sakit.", title));
    }

    [Fact]
    public void The_texts_date_comes_before_the_headlines()
    {
        Assert.Equal(new DateOnly(2019, 9, 11),
            IndonesianDates.FindStoryDate("Laga digelar Rabu (11/9/2019) dini hari.", "Hasil Kualifikasi Piala Eropa, Selasa 10 September 2019"));
    }

    [Theory]
    [InlineData("tahapan pilkada diluncurkan pemungutan suara 27 juni 2018")]
    [InlineData("kaisar jepang akihito akan turun takhta 30 april 2019")]
    [InlineData("Ramalan Zodiak Besok Rabu 11 September 2019 Taurus Gegabah, Virgo Mawas Diri")]
    [InlineData("Konser Digelar Sabtu, 12 Oktober 2019 Mendatang")]
    public void A_headlines_date_without_a_day_name_or_ahead_of_the_news_dates_nothing(string title)
    {
        Assert.Null(IndonesianDates.FindStoryDate("Komisi menetapkan jadwalnya.", title));
    }

    // Four 2019 articles of the shared corpus were dated 2021-07-16, a film's release, and info's span ran to 2021.
    [Fact]
    public void A_written_date_a_year_or_two_after_the_days_of_the_news_is_no_story_date()
    {
        const string text = "Film ketiga seri Spider-Man itu sudah mendapatkan jadwal tayang yakni 16 Juli 2021.\n" +
            "Dilansir pada Selasa (1/10), karakter Venom diprediksi ikut diboyong.";

        Assert.Null(IndonesianDates.FindStoryDate(text));
        Assert.Equal(new DateOnly(2019, 9, 28), IndonesianDates.FindStoryDate(text + "\nKesepakatan diumumkan 28 September 2019."));
    }

    [Fact]
    public void A_written_date_in_the_year_the_days_of_the_news_fall_in_stands()
    {
        const string text = "Konser digelar 28 September 2019 di Jakarta.\nPenonton mulai antre Sabtu (28/9) pagi.";

        Assert.Equal(new DateOnly(2019, 9, 28), IndonesianDates.FindStoryDate(text));
    }
}
