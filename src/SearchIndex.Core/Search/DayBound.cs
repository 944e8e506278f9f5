using System.Globalization;
using Lucene.Net.Search;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// A <c>--from</c> or <c>--to</c> day typed as a day, a month or a year (<c>2019-09-13</c>, <c>2019-09</c>,
/// <c>2019</c>), as Elasticsearch's date ranges take them: a researcher asks for "September 2019", not for its first
/// and last days. A month or year starts on its first day for <c>--from</c> and ends on its last for <c>--to</c>.
/// </summary>
public static class DayBound
{
    /// <summary>
    /// The paragraphs dated from <paramref name="from"/> to <paramref name="to"/>, both included; a missing end is open,
    /// so with neither it holds every dated paragraph (what <c>--undated</c> leaves out).
    /// </summary>
    public static Query DatedBetween(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt32Range(IndexSchema.DateDay, from?.DayNumber, to?.DayNumber, true, true);

    /// <summary>The day <paramref name="text"/> stands for as the range's start, or (<paramref name="end"/>) its end; null when it is no date.</summary>
    public static DateOnly? Parse(string text, bool end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text, "yyyy-MM", culture, DateTimeStyles.None, out var month))
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (text.Length == 4 && DateOnly.TryParseExact(text, "yyyy", culture, DateTimeStyles.None, out var year))
        {
            return end ? new DateOnly(year.Year, 12, 31) : year;
        }

        return null;
    }
}
