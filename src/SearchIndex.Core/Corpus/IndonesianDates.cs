using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchIndex.Core.Corpus;

/// <summary>Finds the date an Indonesian news text gives for its story, e.g. <c>Rabu (13/9/2023)</c>.</summary>
public static partial class IndonesianDates
{
    /// <summary>
    /// The date <paramref name="text"/> gives for its story: the first day-name date of the form newsrooms use in
    /// leads (<c>Rabu (13/9/2023)</c>), else the first written date (<c>13 September 2023</c>) of the latest year the
    /// text names. Older years are background (a birth in an obituary, an earlier ruling) that a report looks back on,
    /// so the first date of the text dated the Habibie obituary 1936. Dates without a year (<c>Senin (27/3)</c>) are
    /// ignored: guessing the year would be wrong half the time. So are dates after today (the end of a prison term,
    /// a plan for 2035): a story cannot have happened yet.
    /// </summary>
    public static DateOnly? FindStoryDate(string text)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        foreach (Match numeric in DayNameNumericDate().Matches(text))
        {
            if (TryMake(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value) is { } d1 && d1 <= today)
            {
                return d1;
            }
        }

        DateOnly? story = null;
        foreach (Match written in WrittenDate().Matches(text))
        {
            var month = MonthNames.Parse(written.Groups["m"].Value);
            if (TryMake(written.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), written.Groups["d"].Value) is { } d2
                && d2 <= today
                && (story is null || d2.Year > story.Value.Year))
            {
                story = d2;
            }
        }

        return story;
    }

    private static DateOnly? TryMake(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(month, CultureInfo.InvariantCulture, out var m) ||
            !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        return TryMake(y < 100 ? y + 2000 : y, m, d);
    }

    /// <summary>The day, if it is one in 1900-2100 (a real day of a plausible news year); otherwise null.</summary>
    internal static DateOnly? TryMake(int y, int m, int d) =>
        y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    [GeneratedRegex(@"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*,?\s*\(\s*(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{2,4})\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNameNumericDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();
}
