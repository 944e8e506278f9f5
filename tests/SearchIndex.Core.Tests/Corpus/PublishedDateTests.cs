using SearchIndex.Core.Corpus;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>JSONL <c>published</c> dates in the forms feeds write them are read; others are reported, never guessed.</summary>
public class PublishedDateTests
{
    [Theory]
    [InlineData("2019-09-10")]
    [InlineData("2019-09-10T14:00:00+07:00")]
    [InlineData("2019-09-10 14:00:00")]
    [InlineData("10/09/2019")]
    [InlineData("10/9/2019")]
    [InlineData("10-09-2019")]
    [InlineData("10.09.2019")]
    [InlineData("10/09/2019, 14:00 WIB")]
    [InlineData("2019/09/10")]
    [InlineData("2019/9/10 14:00:00")]
    [InlineData("2019.09.10")]
    [InlineData("10 September 2019")]
    [InlineData("10 september 2019")]
    [InlineData("10 Sep 2019")]
    [InlineData("10 Sept. 2019")]
    [InlineData("10-Sep-2019")]
    [InlineData("Selasa, 10 September 2019 14:00 WIB")]
    [InlineData("Selasa, 10/09/2019 14.00 WIB")]
    [InlineData("Selasa, 10 Sep 2019 | 14:00 WIB")]
    [InlineData("Selasa, 10 September 2019 pukul 14.00 WIB")]
    [InlineData("Tue, 10 Sep 2019 07:00:00 GMT")]
    [InlineData("Tue, 10 Sep 2019 07:00:00 +0700")]
    [InlineData("Tuesday, 10 September 2019")]
    [InlineData("September 10, 2019")]
    [InlineData("Sep 10th, 2019 2:00 PM")]
    [InlineData("1568102400")]
    public void A_common_unambiguous_form_gives_the_day(string value)
    {
        Assert.Equal(new DateOnly(2019, 9, 10), PublishedDates.Parse(value));
    }

    [Theory]
    [InlineData("1 Oktober 2019", 10)]
    [InlineData("1 October 2019", 10)]
    [InlineData("1 Okt 2019", 10)]
    [InlineData("1 Mei 2019", 5)]
    [InlineData("1 May 2019", 5)]
    [InlineData("1 Agustus 2019", 8)]
    [InlineData("1 Agt 2019", 8)]
    [InlineData("1 Aug 2019", 8)]
    [InlineData("1 Desember 2019", 12)]
    [InlineData("1 Des 2019", 12)]
    [InlineData("1 Nopember 2019", 11)]
    [InlineData("1 Pebruari 2019", 2)]
    [InlineData("1 Maret 2019", 3)]
    public void Indonesian_and_english_month_names_full_and_short_are_read(string value, int month)
    {
        Assert.Equal(new DateOnly(2019, month, 1), PublishedDates.Parse(value));
    }

    [Theory]
    [InlineData("kemarin sore")]
    [InlineData("10/13/2019")] // month first: no 13th month, and not guessed the other way
    [InlineData("10/09/19")] // two-digit year
    [InlineData("31 September 2019")]
    [InlineData("10 Septiembre 2019")]
    [InlineData("10 September 2019 lalu")]
    [InlineData("1568102400000")] // milliseconds
    [InlineData("2019-13-01")]
    [InlineData("10 September")]
    public void Anything_else_is_not_a_date(string value)
    {
        Assert.Null(PublishedDates.Parse(value));
    }

    [Fact]
    public void A_written_published_date_wins_over_the_date_in_the_text()
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1,
            """{"id":"a","published":"Selasa, 10 September 2019 14:00 WIB","body":"Polisi menangkap pencuri, Rabu (13/9/2023)."}""", "h", out var fieldError);

        Assert.Equal(new DateOnly(2019, 9, 10), article.Date);
        Assert.Null(fieldError);
    }

    [Theory]
    [InlineData("""{"id":"a","published":"kemarin sore","body":"Polisi menangkap pencuri, Rabu (13/9/2023)."}""",
        "published 'kemarin sore' is not a date; use yyyy-MM-dd (indexed, dated from its text)", 2023)]
    [InlineData("""{"id":"a","date":"10/13/2019","body":"Polisi menangkap pencuri."}""",
        "date '10/13/2019' is not a date; use yyyy-MM-dd (indexed without a date)", null)]
    [InlineData("""{"id":"a","published":{"$date":1},"body":"Polisi menangkap pencuri."}""",
        """published '{"$date":1}' is not a date; use yyyy-MM-dd (indexed without a date)""", null)]
    public void An_unreadable_published_date_is_named_and_the_article_kept(string json, string error, int? year)
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1, json, "h", out var fieldError);

        Assert.Equal(error, fieldError);
        Assert.Equal(year, article.Date?.Year);
        Assert.Equal("feed.jsonl#a", article.Id);
    }

    [Fact]
    public void An_unreadable_date_is_an_error_of_the_run_but_its_record_is_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":"a","published":"10 Sep 2019","body":"Polisi menangkap pencuri."}""",
            """{"id":"b","published":"kemarin","body":"Banjir merendam Bekasi."}""",
            """{"id":"c","published":"","body":"Gempa mengguncang Palu."}"""));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(3, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.Equal((2, false), (error.Line, error.Skipped));
        Assert.EndsWith("feed.jsonl:2: published 'kemarin' is not a date; use yyyy-MM-dd (indexed without a date)", error.ToString());
    }
}
