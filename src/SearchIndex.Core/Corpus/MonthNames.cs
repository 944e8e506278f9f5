namespace SearchIndex.Core.Corpus;

/// <summary>Month names as news feeds write them: Indonesian and English, full and abbreviated, any case.</summary>
internal static class MonthNames
{
    // Per month: Indonesian (with the older spellings Pebruari and Nopember that archives still hold), English,
    // then the abbreviations of both.
    private static readonly string[][] Names =
    [
        ["januari", "january", "jan"],
        ["februari", "pebruari", "february", "feb", "peb"],
        ["maret", "march", "mar"],
        ["april", "apr"],
        ["mei", "may"],
        ["juni", "june", "jun"],
        ["juli", "july", "jul"],
        ["agustus", "august", "agu", "agt", "ags", "agus", "aug"],
        ["september", "sep", "sept"],
        ["oktober", "october", "okt", "oct"],
        ["november", "nopember", "nov", "nop"],
        ["desember", "december", "des", "dec"],
    ];

    private static readonly Dictionary<string, int> Months = Names
        .SelectMany((names, index) => names.Select(name => KeyValuePair.Create(name, index + 1)))
        .ToDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The month (1-12) <paramref name="name"/> names, or 0.</summary>
    public static int Parse(string name) => Months.GetValueOrDefault(name);
}
