using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchIndex.Core.Corpus;

/// <summary>Finds the date an Indonesian news text gives for its story, e.g. <c>Rabu (13/9/2023)</c>.</summary>
public static partial class IndonesianDates
{
    /// <summary>
    /// The date <paramref name="text"/> gives for its story, by how surely a form names the day of the news:
    /// <list type="number">
    /// <item>the first day-name date of the form newsrooms use in leads, <c>Rabu (13/9/2023)</c>;</item>
    /// <item>else the first written date after a day name, <c>Senin, 16 September 2019</c>;</item>
    /// <item>else the first written date (<c>13 September 2023</c>), unless the text names a year more than one after it:
    /// then the first date of the latest year, for the older one is background a report looks back on (a birth dated
    /// the Habibie obituary 1936).</item>
    /// </list>
    /// A written date that follows <c>lahir</c>, <c>kelahiran</c> or <c>dilahirkan</c> in its sentence ("pria kelahiran
    /// Jakarta, 5 November 1997") is someone's birthday, not the news: profiles of artists named no other date and were
    /// dated decades early. Such dates are passed over, so a text with no other date is undated. A birth that is the
    /// news ("bayi itu lahir pada 2 September 2019") loses its date too; a day-name date in its lead still dates it.
    /// A written date after <c>hingga</c>, <c>sampai</c>, <c>s.d.</c>, <c>mulai</c>, <c>berlaku</c>, <c>paling lambat</c>
    /// and the like (<see cref="PeriodBound"/>) is the end or start of a period (a contract until 30 June 2023, a tariff
    /// from 1 January 2020) and is passed over too: such
    /// dates put 2019 news first under <c>--sort newest</c>. On the shared corpus it undated 30 of the 9,753 articles
    /// whose URL gives their day, 29 of them dated two days or more off that day (tools/dates/url-dates.py).
    /// The day name is what tells the news day from one a story looks forward to (a warrant exercisable until 16
    /// September 2022, a tax from 1 January 2020). A date of any form the text itself calls ahead, <c>mendatang</c>,
    /// <c>nanti</c> or <c>yang akan datang</c> right after it on its line (<c>tayang pada 7 Mei 2021 mendatang</c>), is
    /// a plan (<see cref="LookingAhead"/>) and passed over as well: film releases and concerts dated 2019 news up to two
    /// years late; so is a written date the text's own day names put a year or two after the news
    /// (<see cref="IsAheadOfTheNews"/>). Dates without a year (<c>Senin (27/3)</c>) are ignored: guessing
    /// the year would be wrong half the time. So are dates after today (the end of a prison term): a story cannot have
    /// happened yet. Today is UTC's day plus one, the first day anywhere, whatever the machine's time zone. When
    /// <paramref name="text"/> gives no date, <paramref name="title"/> may: see <see cref="FindInTitle"/>.
    /// </summary>
    public static DateOnly? FindStoryDate(string text, string? title = null)
    {
        // "Today" is the latest day anywhere, as for a JSONL record's published date, not the machine's: Jakarta's
        // morning news of the 28th, indexed at 07:00 UTC under TZ=America/Adak (still the 27th there), had been taken
        // for a story yet to happen and left undated for good.
        var today = PublishedDates.LatestToday;
        return FindInText(text, today) ?? (title is null ? null : FindInTitle(title, today));
    }

    /// <summary>
    /// The earliest day after <paramref name="today"/> that a date of any form read here names in <paramref name="text"/>
    /// (whatever the rules above make of it), or null. Such a day is passed over now, and may date the article once it
    /// has come, though its text is unchanged: the content hash holds it (<see cref="ContentHash.WithDayAhead"/>), so
    /// an update re-indexes the article when that day comes, as a fresh build would date it then.
    /// </summary>
    internal static DateOnly? FirstDayAhead(string text, DateOnly today)
    {
        DateOnly? first = null;
        foreach (var (form, month) in new (Regex, Func<Match, string>)[]
                 {
                     (DayNameNumericDate(), m => m.Groups["m"].Value), (DayNameWrittenDate(), MonthNumber), (WrittenDate(), MonthNumber),
                 })
        {
            foreach (Match match in form.Matches(text))
            {
                if (TryMake(match.Groups["y"].Value, month(match), match.Groups["d"].Value) is { } day && day > today && (first is null || day < first))
                {
                    first = day;
                }
            }
        }

        return first;
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> (a file's UTF-8) may name a year from today's on, as four digits up to 2100 or
    /// two after a <c>/</c> (<c>(2/12/27)</c>), or are UTF-16: false spares an unchanged article's decoding and date
    /// search in the update's one reading thread (a corpus of past news names no such year).
    /// </summary>
    internal static bool MayNameAYearAhead(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return true;
        }

        var thisYear = PublishedDates.LatestToday.Year;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!char.IsAsciiDigit((char)bytes[i]))
            {
                continue;
            }

            var start = i;
            var value = 0;
            while (i < bytes.Length && char.IsAsciiDigit((char)bytes[i]))
            {
                value = Math.Min(value * 10 + (bytes[i] - '0'), 100_000);
                i++;
            }

            var digits = i - start;
            if ((digits == 4 && value >= thisYear && value <= 2100) || (digits == 2 && value + 2000 >= thisYear && AfterSlash(bytes, start)))
            {
                return true;
            }
        }

        // White space may stand between the slash and the year (the pattern's \s*): ASCII's, or a no-break space's bytes.
        static bool AfterSlash(ReadOnlySpan<byte> bytes, int at)
        {
            while (at > 0 && bytes[at - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xC2 or 0xA0)
            {
                at--;
            }

            return at > 0 && bytes[at - 1] == '/';
        }

        return false;
    }

    /// <summary><see cref="FirstDayAhead(string, DateOnly)"/> as of today, the day <see cref="FindStoryDate"/> reads by.</summary>
    internal static DateOnly? FirstDayAhead(string text) => FirstDayAhead(text, PublishedDates.LatestToday);

    /// <summary>
    /// The day a headline names with its day name (<c>Tayang Senin, 8 April 2019</c>, <c>Hasil Liga Champions, Rabu
    /// (18/9/2019)</c>), unless it is tomorrow's (<c>Ramalan Zodiak Besok Rabu 11 September 2019</c>). A date without
    /// a day name is not read from a title: there it is as often the subject's day as the news day (<c>pemungutan
    /// suara 27 juni 2018</c> in a 2017 headline, <c>akan turun takhta 30 april 2019</c>).
    /// </summary>
    private static DateOnly? FindInTitle(string title, DateOnly today) =>
        Dates(DayNameNumericDate(), title, today, m => m.Groups["m"].Value, skipTomorrow: true)
            .Concat(Dates(DayNameWrittenDate(), title, today, MonthNumber, skipTomorrow: true))
            .Cast<DateOnly?>().FirstOrDefault();

    private static DateOnly? FindInText(string text, DateOnly today)
    {
        if (Dates(DayNameNumericDate(), text, today, m => m.Groups["m"].Value).Cast<DateOnly?>().FirstOrDefault() is { } numeric)
        {
            return numeric;
        }

        if (Dates(DayNameWrittenDate(), text, today, MonthNumber).Cast<DateOnly?>().FirstOrDefault() is { } withDayName)
        {
            return withDayName;
        }

        var newsDays = YearlessDayNameDate().Matches(text).Select(NewsDay).ToList();
        var written = Dates(WrittenDate(), text, today, MonthNumber, skipBirthdaysAndBounds: true)
            .Where(date => !IsAheadOfTheNews(date, newsDays)).ToList();
        if (written.Count == 0)
        {
            return null;
        }

        // A year or so after the first date is a story looking ahead (a tax from next January); further is the
        // first date looking back (a birth), and the latest year is the news.
        var latestYear = written.Max(d => d.Year);
        return written[0].Year >= latestYear - 1 ? written[0] : written.First(d => d.Year == latestYear);
    }

    /// <summary>
    /// Whether the text's year-less day-name dates (<c>Selasa (1/10)</c>, the newsroom's form for the days of the news)
    /// put the news a year or two before <paramref name="date"/>: none falls on its weekday in the date's year, and one
    /// does in one of the two years before. Such a date is a release or a match the story looks forward to (<c>jadwal
    /// tayang yakni 16 Juli 2021</c> in news of <c>Selasa (1/10)</c> 2019), which no <c>mendatang</c> marks; the day
    /// names are the only clue a text without a year of its own gives. The test is by weekday, so an old date whose
    /// two years before happen to fit is passed over too (1945 in news of 2017): it was not the news day either. A day
    /// name mistyped (<c>Jumat (12/8)</c> for a Friday, 11 August 2017) passes over a right date in that way; on the
    /// shared corpus, 1 of 37 changed.
    /// </summary>
    private static bool IsAheadOfTheNews(DateOnly date, List<(DayOfWeek Weekday, int Month, int Day)> newsDays)
    {
        bool Fits(int year) => newsDays.Any(news => TryMake(year, news.Month, news.Day)?.DayOfWeek == news.Weekday);
        return newsDays.Count > 0 && !Fits(date.Year) && (Fits(date.Year - 1) || Fits(date.Year - 2));
    }

    private static (DayOfWeek Weekday, int Month, int Day) NewsDay(Match match)
    {
        var weekday = match.Groups["w"].Value.ToLowerInvariant() switch
        {
            "senin" => DayOfWeek.Monday,
            "selasa" => DayOfWeek.Tuesday,
            "rabu" => DayOfWeek.Wednesday,
            "kamis" => DayOfWeek.Thursday,
            "jumat" or "jum'at" => DayOfWeek.Friday,
            "sabtu" => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday, // minggu, ahad
        };
        return (weekday, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    private static string MonthNumber(Match match) =>
        MonthNames.Parse(match.Groups["m"].Value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The real days up to <paramref name="today"/> that <paramref name="form"/> finds, in text order.</summary>
    private static IEnumerable<DateOnly> Dates(Regex form, string text, DateOnly today, Func<Match, string> month, bool skipBirthdaysAndBounds = false,
        bool skipTomorrow = false)
    {
        foreach (Match match in form.Matches(text))
        {
            if (skipTomorrow && Tomorrow().IsMatch(text.AsSpan(0, match.Index)))
            {
                continue;
            }

            if (LookingAhead().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(24, text.Length - match.Index - match.Length))))
            {
                continue;
            }

            if (skipBirthdaysAndBounds && Birth().IsMatch(text.AsSpan(Math.Max(0, match.Index - 60), Math.Min(60, match.Index))))
            {
                continue;
            }

            if (skipBirthdaysAndBounds && PeriodBound().IsMatch(text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index))))
            {
                continue;
            }

            if (TryMake(match.Groups["y"].Value, month(match), match.Groups["d"].Value) is { } day && day <= today)
            {
                yield return day;
            }
        }
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

    [GeneratedRegex(@"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?(?:\s*,?\s*(?:pukul|jam)\s+\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?)?\s*,?\s*\(\s*(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{2,4})\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNameNumericDate();

    // A time of day may stand between the day name and the date in both forms: "Rabu malam (11/9/2019)", "Sabtu pukul
    // 04.00 dini hari (14/9/2019)", "Senin, 16 September 2019", "Jumat (13 September 2019)", "Rabu, tanggal 11 September 2019".
    [GeneratedRegex(@"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?(?:\s*,?\s*(?:pukul|jam)\s+\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?)?\s*[,(]?\s*(?:tanggal\s+)?(?<d>\d{1,2})\s+(?<m>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNameWrittenDate();

    // "lahir" or "kelahiran", then only a place (capitalised words and commas) or "di", "pada", "tanggal" before the
    // date: "pria kelahiran Pangkalan Brandan, Sumatera Utara, 16 September 1981", "lahir di Jakarta pada 19 Februari
    // 1991"; not "yang lahir di Bogor itu ditangkap pada 5 September 2019", nor the "Hari Lahir" of an institution.
    // Spaces only, not a line break (a paragraph ending in "lahir" says nothing of the next one's date), and place words
    // in Title Case only: "lahirnya UU KPK pada 17 September 2019" is a law's birth, which is news.
    [GeneratedRegex(@"(?<![Hh]ari )\b(?:[Dd]i|[Kk]e)?[Ll]ahir(?:kan|an)?(?:,?[ \t]+(?:di|pada|tanggal|\p{Lu}\p{Ll}[\p{L}-]*))*,?[ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Birth();

    // "hingga 30 Juni 2023", "mulai 1 Januari 2020", "paling lambat 5 Oktober": the end or start of a period (a
    // contract, a rule in force, a deadline), which a story looks ahead to, not the day of the news.
    [GeneratedRegex(@"\b(?:hingga|sampai(?:\s+dengan)?|s\.?/?d\.?|mulai|berlaku|paling\s+lambat|selambat-lambatnya|batas\s+waktu|jatuh\s+tempo)(?:\s+(?:tanggal|tgl\.?|akhir|awal|pada))?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodBound();

    // "7 Mei 2021 mendatang", "Rabu, 11 September 2019 nanti": the writer's own word that the day is still to come. On
    // the date's line only, with at most a comma between: "13 September 2019. Nanti ..." starts another sentence.
    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?:mendatang|nanti|yang[ \t]+akan[ \t]+datang)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LookingAhead();

    // "Besok Rabu 11 September 2019": tomorrow, the day a forecast or a horoscope is for, right before the day name.
    [GeneratedRegex(@"\bbesok[ \t]*,?[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tomorrow();

    // "Selasa (1/10)", "Kamis malam (26/9)": a day name and a day without a year, the form newsrooms give this week's days.
    [GeneratedRegex(@"\b(?<w>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?\s*,?\s*\(\s*(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearlessDayNameDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();
}
