using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace SearchIndex.Cli.Commands;

/// <summary>
/// Parsers for option values whose errors are one line naming the option and what it needs
/// (<c>--top: 'abc' is not a whole number</c>). System.CommandLine's own name .NET types
/// (<c>expected type 'System.Int32'</c>) or list the choices over several lines.
/// </summary>
internal static class OptionValues
{
    /// <summary>An integer option, optionally signed (<c>--paragraph-offset -1</c>); ranges are checked by Core.</summary>
    public static Option<int> WholeNumber(this Option<int> option)
    {
        option.CustomParser = result =>
        {
            var text = Text(result);
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            var outOfRange = text.Length > 0 && text.TrimStart('-', '+').All(char.IsAsciiDigit);
            result.AddError($"{Name(result)}: '{text}' is {(outOfRange ? "out of range" : "not a whole number")}");
            return 0;
        };
        return option;
    }

    /// <summary>A day as <c>yyyy-MM-dd</c>.</summary>
    public static Option<DateOnly?> Date(this Option<DateOnly?> option)
    {
        option.CustomParser = result =>
        {
            var text = Text(result);
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{Name(result)}: '{text}' is not a date; use yyyy-MM-dd, e.g. 2023-09-13");
            return null;
        };
        return option;
    }

    /// <summary>One of <paramref name="values"/>, which help lists and shells complete (as AcceptOnlyFromAmong does).</summary>
    /// <typeparam name="T"><c>string</c>, or <c>string?</c> for an option without a default: generic only so both
    /// nullabilities take the one helper.</typeparam>
    public static Option<T> OneOf<T>(this Option<T> option, params string[] values)
        where T : class?
    {
        option.CompletionSources.Add(values);
        option.CustomParser = result =>
        {
            var text = Text(result);
            if (values.Contains(text, StringComparer.Ordinal))
            {
                return (T)(object)text;
            }

            result.AddError($"{Name(result)}: '{text}' is not one of: {string.Join(", ", values)}");
            return null;
        };
        return option;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : "";

    private static string Name(ArgumentResult result) => result.Parent is OptionResult { Option: var option } ? option.Name : result.Argument.Name;
}
