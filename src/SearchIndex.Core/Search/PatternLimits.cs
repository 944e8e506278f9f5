namespace SearchIndex.Core.Search;

/// <summary>
/// Patterns of the strict syntax that could run for minutes, refused before Lucene builds their automata: a regular
/// expression's states can double with each counted character after an open repetition (/(a|b)*a(a|b){20}/ took
/// 750 s and 3.6 GB), and a fuzzy word's automaton grows with its length.
/// </summary>
internal static class PatternLimits
{
    /// <summary>Why <paramref name="word"/> is too long for a ~fuzzy query, or null.</summary>
    public static string? FuzzyProblem(string word) =>
        word.Length > MaxFuzzyChars ? $"a ~fuzzy word is at most {MaxFuzzyChars} characters, not {word.Length}" : null;

    /// <summary>Why <paramref name="pattern"/> (a /regular expression/'s text) could take minutes, or null.</summary>
    public static string? RegexProblem(string pattern) =>
        pattern.Length > MaxPatternChars
            ? $"a /regular expression/ is at most {MaxPatternChars} characters, not {pattern.Length}"
            : Counted(pattern);

    /// <summary>The longest ~fuzzy word: no indexed word is longer (the tokenizer's limit), and the automaton grows with it.</summary>
    private const int MaxFuzzyChars = 255;

    /// <summary>The longest /regular expression/, as Elasticsearch's default <c>max_regex_length</c>.</summary>
    private const int MaxPatternChars = 1000;

    /// <summary>
    /// The most that counts may add up to once a repetition is open (after <c>*</c>, <c>+</c>, <c>?</c>, <c>{n,}</c> or
    /// <c>{n,m}</c>): from there each counted character can double the automaton.
    /// </summary>
    private const int MaxCountAfterOpen = 12;

    /// <summary>The largest {n} or {n,m} count anywhere: /a{100000}/ took 101 s.</summary>
    private const int MaxCount = 999;

    /// <summary>
    /// Why a regular expression's counts could make its automaton explode, or null. Character classes, quoted strings
    /// and escaped characters are skipped (<c>[{9}]</c>, <c>"{1000}"</c>, <c>\*</c> are literal text). A pattern that
    /// writes its repetitions out, <c>(a|b)*a(a|b)(a|b)…</c>, is not caught.
    /// </summary>
    private static string? Counted(string pattern)
    {
        var (open, afterOpen) = (false, 0L);
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    for (i++; i < pattern.Length && pattern[i] != ']'; i++)
                    {
                        i += pattern[i] == '\\' ? 1 : 0;
                    }

                    break;
                case '"':
                    i = pattern.IndexOf('"', i + 1) is var end and >= 0 ? end : pattern.Length;
                    break;
                case '*' or '+' or '?':
                    open = true;
                    break;
                case '{' when CountAt(pattern, i) is { } count:
                    var largest = count.Max ?? count.Min;
                    if (largest > MaxCount)
                    {
                        return $"a /regular expression/ counts at most {MaxCount}, not {pattern[i..(count.End + 1)]}";
                    }

                    afterOpen += open ? largest : 0;
                    if (afterOpen > MaxCountAfterOpen)
                    {
                        return $"a /regular expression/ counts at most {MaxCountAfterOpen} in all after a *, + or ? or a count range such as {{0,5}}; this one counts {afterOpen} by {pattern[i..(count.End + 1)]}";
                    }

                    open |= count.Max != count.Min;
                    i = count.End;
                    break;
            }
        }

        return null;
    }

    /// <summary>The <c>{n}</c>, <c>{n,}</c> (Max null) or <c>{n,m}</c> at <paramref name="at"/>, with the index of its '}'.</summary>
    private static (long Min, long? Max, int End)? CountAt(string pattern, int at)
    {
        var close = pattern.IndexOf('}', at);
        var parts = close < 0 ? [] : pattern[(at + 1)..close].Split(',');
        long? Number(string digits) => digits.Length is > 0 and <= 9 && digits.All(char.IsAsciiDigit)
            ? long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : digits.Length > 9 && digits.All(char.IsAsciiDigit) ? long.MaxValue : null;
        return parts switch
        {
            [var n] when Number(n) is { } min => (min, min, close),
            [var n, ""] when Number(n) is { } min => (min, null, close),
            [var n, var m] when Number(n) is { } min && Number(m) is { } max => (min, max, close),
            _ => null,
        };
    }
}
