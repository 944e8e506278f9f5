using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Reads the publication date a JSONL record gives (<c>published</c> or <c>date</c>) in the forms feeds and scrapers
/// write it: ISO 8601, <c>10/09/2019</c>, <c>2019/09/10</c>, <c>10 September 2019</c>, <c>Selasa, 10 Sep 2019 14:00
/// WIB</c>, <c>October 10, 2019</c>, RFC 1123, Unix seconds. Only forms that can be read one way are accepted: a
/// numeric date is day first unless it starts with the year, and a two-digit year is refused.
/// </summary>
public static partial class PublishedDates
{
    // Optional weekday before the date ("Selasa, ", "Tue, "); it is read past, not checked against the date.
    private const string Weekday =
        @"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\.?\s*,?\s*)?";

    // Optional time after the date ("14:00 WIB", ", 14.00", "T07:00:00+07:00", " at 2:00 PM", "07:00:00 GMT");
    // read past: the date is the one written, not converted to another zone.
    private const string Time =
        @"(?:(?:\s*[,|–-]\s*|\s+|t)(?:(?:pukul|jam|at)\s+)?(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[:.][0-5][0-9](?:\.[0-9]+)?)?\s*(?:am|pm)?"
        + @"\s*(?:wib|wita|wit|z|(?:gmt|utc)?\s*(?:[+-](?:[01]?[0-9])(?::?[0-5][0-9])?)?)?)?";

    /// <summary>
    /// The latest day it is anywhere now: UTC's day plus one, whatever the machine's time zone. A date after it has not
    /// happened yet (a typo, a placeholder, a story's plan); one up to it may be the writer's time zone (Jakarta's
    /// morning, still yesterday in UTC-10).
    /// </summary>
    public static DateOnly LatestToday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    /// <summary>The date <paramref name="value"/> gives, or null when it is in none of the accepted forms or no real day.</summary>
    public static DateOnly? Parse(string value)
    {
        var s = value.Trim();
        // ISO dates as before: the first ten characters, whatever time or offset follows.
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        if (UnixSeconds().IsMatch(s))
        {
            var seconds = long.Parse(s, CultureInfo.InvariantCulture);
            var utc = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            return IndonesianDates.TryMake(utc.Year, utc.Month, utc.Day);
        }

        if (NumericDate().Match(s) is { Success: true } numeric)
        {
            return IndonesianDates.TryMake(Number(numeric, "y"), Number(numeric, "m"), Number(numeric, "d"));
        }

        return WrittenDate().Match(s) is { Success: true } written
            ? IndonesianDates.TryMake(Number(written, "y"), MonthNames.Parse(written.Groups["m"].Value), Number(written, "d"))
            : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // 9 or 10 digits: 1973 to 2286. A 13-digit value (milliseconds) is refused rather than guessed at.
    [GeneratedRegex(@"^[0-9]{9,10}$")]
    private static partial Regex UnixSeconds();

    // 10/09/2019, 10-09-2019, 10.09.2019 (day first, as in Indonesia), or 2019/09/10, 2019.9.10, 2019-9-10.
    [GeneratedRegex("^" + Weekday + @"(?:(?<d>[0-9]{1,2})(?<s>[/.-])(?<m>[0-9]{1,2})\k<s>(?<y>[0-9]{4})|(?<y>[0-9]{4})(?<s>[/.-])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2}))" + Time + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // 10 September 2019, 10 Sep. 2019, 10-Sep-2019, September 10, 2019, Sep 10th 2019.
    [GeneratedRegex("^" + Weekday + @"(?:(?<d>[0-9]{1,2})(?:\s+|\s*-\s*)(?<m>\p{L}+)\.?(?:\s+|\s*-\s*)(?<y>[0-9]{4})|(?<m>\p{L}+)\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4}))" + Time + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();
}
