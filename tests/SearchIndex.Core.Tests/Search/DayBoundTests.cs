using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A --from or --to typed as a day, a month or a year.</summary>
public sealed class DayBoundTests
{
    [Theory]
    [InlineData("2019-09-13", false, "2019-09-13")]
    [InlineData("2019-09-13", true, "2019-09-13")]
    [InlineData("2019-09", false, "2019-09-01")]
    [InlineData("2019-09", true, "2019-09-30")]
    [InlineData("2020-02", true, "2020-02-29")]
    [InlineData("2019", false, "2019-01-01")]
    [InlineData("2019", true, "2019-12-31")]
    public void A_month_or_year_runs_from_its_first_day_to_its_last(string text, bool end, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DayBound.Parse(text, end));

    [Theory]
    [InlineData("2019-9")]
    [InlineData("2019-13")]
    [InlineData("19")]
    [InlineData("20190913")]
    [InlineData("2019-02-30")]
    [InlineData("kemarin")]
    [InlineData("")]
    public void Anything_else_is_no_date(string text)
    {
        Assert.Null(DayBound.Parse(text, end: false));
        Assert.Null(DayBound.Parse(text, end: true));
    }
}
