using System.Text;
using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>
/// A date in an article's text after today is passed over, and a fresh build once that day has come dates the article
/// by it; the file's bytes have not changed, so its content hash must, or an update calls it unchanged and keeps the
/// article undated (or dated otherwise) for good.
/// </summary>
public class DatesAheadHashTests
{
    private const string Ahead = "Warga Gelar Kerja Bakti\nJAKARTA - Warga menggelar kerja bakti pada Rabu (2/12/2099) pagi.\n";
    private const string Past = "Warga Gelar Kerja Bakti\nJAKARTA - Warga menggelar kerja bakti pada Rabu (11/9/2019) pagi.\n";

    [Fact]
    public void A_txt_article_naming_a_day_after_today_hashes_otherwise_than_its_bytes_and_the_same_at_every_run()
    {
        using var temp = new TempFolder();
        var ahead = Hash(temp, "ahead.txt", Ahead);
        var past = Hash(temp, "past.txt", Past);

        Assert.NotEqual(ContentHash.OfText(Encoding.UTF8.GetBytes(Ahead)), ahead);
        Assert.Equal(ahead, Hash(temp, "ahead.txt", Ahead));
        Assert.Equal(ContentHash.OfText(Encoding.UTF8.GetBytes(Past)), past);
    }

    [Fact]
    public void The_first_day_ahead_is_the_earliest_date_after_today_so_the_hash_changes_as_each_one_passes()
    {
        // Two days ahead: when the first has come, a fresh build dates the article by it, though the second is ahead.
        const string Text = "Warga bekerja bakti pada Rabu (2/12/2099), lalu pada 5 Januari 2100 dan 1 Maret 2100 mendatang.";

        Assert.Equal(new DateOnly(2099, 12, 2), IndonesianDates.FirstDayAhead(Text, new DateOnly(2099, 12, 1)));
        Assert.Equal(new DateOnly(2100, 1, 5), IndonesianDates.FirstDayAhead(Text, new DateOnly(2099, 12, 2)));
        Assert.Equal(new DateOnly(2100, 3, 1), IndonesianDates.FirstDayAhead(Text, new DateOnly(2100, 1, 5)));
        Assert.Null(IndonesianDates.FirstDayAhead(Text, new DateOnly(2100, 3, 1)));
    }

    [Theory]
    [InlineData("Kerja bakti pada Rabu (2/12/2099) pagi.", true)]
    [InlineData("Kerja bakti pada Rabu (2/12/ 99) pagi.", true)]
    [InlineData("Kerja bakti pada 5 Januari 2100.", true)]
    [InlineData("Kerja bakti pada Rabu (11/9/2019), 27 orang hadir; target 2101.", false)]
    public void Only_text_that_may_name_a_year_ahead_is_searched_for_its_dates(string text, bool may) =>
        Assert.Equal(may, IndonesianDates.MayNameAYearAhead(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_jsonl_record_dated_by_its_text_and_naming_a_day_after_today_hashes_otherwise()
    {
        const string Line = """{"id":"a","body":"Warga menggelar kerja bakti pada Rabu (2/12/2099) pagi."}""";
        var article = JsonLinesArticle.Parse("feed.jsonl", 1, Line, "h", out _);
        var again = JsonLinesArticle.Parse("feed.jsonl", 1, Line, "h", out _);
        var dated = JsonLinesArticle.Parse("feed.jsonl", 1, """{"id":"a","body":"Kerja bakti pada Rabu (11/9/2019) pagi."}""", "h", out _);

        Assert.NotEqual("h", article.ContentHash);
        Assert.Equal(article.ContentHash, again.ContentHash);
        Assert.Equal("h", dated.ContentHash);
    }

    private static string Hash(TempFolder temp, string name, string text)
    {
        var path = temp.Combine(name);
        File.WriteAllText(path, text);
        var (record, error) = Assert.Single(CorpusReader.Read(new CorpusFile(path, path, name)));
        Assert.Null(error);
        var article = record!.Parse();
        Assert.Equal(record.ContentHash, article.ContentHash); // what an update compares is what the index stores
        return record.ContentHash;
    }
}
