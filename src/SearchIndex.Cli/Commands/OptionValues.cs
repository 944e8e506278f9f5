using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SearchIndex.Core.Search;

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

            var negative = text.Length > 0 && text[0] == '-';
            var digits = text.Length > 0 && text[0] is '-' or '+' ? text[1..] : text;
            var outOfRange = digits.Length > 0 && digits.All(char.IsAsciiDigit);
            // The largest value said, so a script paging with a huge --offset knows the bound without trying.
            result.AddError($"{Name(result)}: '{text}' is {(!outOfRange ? "not a whole number" : negative ? "out of range" : $"out of range (at most {int.MaxValue})")}");
            return 0;
        };
        return option;
    }

    /// <summary>A day as <c>yyyy-MM-dd</c>, or a month or year, from its first day or (<paramref name="end"/>) to its last (<see cref="DayBound"/>).</summary>
    public static Option<DateOnly?> Date(this Option<DateOnly?> option, bool end)
    {
        option.CustomParser = result =>
        {
            var text = Text(result);
            if (DayBound.Parse(text, end) is { } date)
            {
                return date;
            }

            result.AddError($"{Name(result)}: '{text}' is not a date; use yyyy-MM-dd, e.g. 2023-09-13 (or a month, 2023-09, or a year, 2023)");
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

    /// <summary>
    /// A path option (<c>--index "$IDX"</c> with the variable unset): an empty value is an error naming the option, not
    /// an exception from the file system deep inside the command.
    /// </summary>
    /// <param name="what">What the path should name, for the message (<c>"a folder"</c>).</param>
    public static Option<T> Path<T>(this Option<T> option, string what)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError($"{option.Name}: the path is empty (an unset shell variable?); give {what}");
            }
        });
        return option;
    }

    /// <summary>
    /// A flag given a value that is not <c>true</c> or <c>false</c> (<c>--all=maybe</c>, <c>-q:no</c>), as a one-line
    /// error naming it; null when there is none. System.CommandLine splits <c>--all=maybe</c> into the flag and a word
    /// and, as "maybe" is no bool, hands the word on: to the query, which then searches for "maybe", or to an
    /// "unrecognized argument" error that does not say whose value it was. Only the raw arguments still show the
    /// <c>=</c>; after a lone <c>--</c> everything is text. A flag followed by a separate <c>true</c> or <c>false</c> is
    /// one too: the flag takes no value that way (docs/cli/search.md), and the word would not reach the query.
    /// </summary>
    public static string? MisreadFlag(ParseResult parsed, IEnumerable<string> args)
    {
        var flags = parsed.CommandResult.Command.Options
            .Where(o => o.ValueType == typeof(bool))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .ToList();
        var before = args.TakeWhile(a => a != "--").ToList();
        for (var i = 0; i < before.Count; i++)
        {
            var arg = before[i];
            var flag = flags.FirstOrDefault(f => arg.Length > f.Length && arg.StartsWith(f, StringComparison.Ordinal) && arg[f.Length] is '=' or ':');
            if (flag is not null && !bool.TryParse(arg[(flag.Length + 1)..], out _))
            {
                return $"{flag}: '{arg[(flag.Length + 1)..]}' is not true or false; give {flag} alone to turn it on";
            }

            // System.CommandLine also takes a separate "true" or "false" after a flag as its value: "search --explain
            // true story" searched for "story" alone, "--all false" turned --all off, and the word was gone unsaid.
            if (flags.Contains(arg) && i + 1 < before.Count && bool.TryParse(before[i + 1], out _))
            {
                return $"{arg}: '{before[i + 1]}' after it is read as its value; write {arg}={before[i + 1].ToLowerInvariant()} for that, or put the word after a lone --";
            }
        }

        return null;
    }

    /// <summary>
    /// An option whose value was left out, so that it took the next option as its value (<c>--source --sort newest
    /// banjir</c>), as a one-line error naming both; null when there is none. System.CommandLine hands the option name to
    /// the option as its value, and the words after it go to the query: "no outlet is named '--sort'", exit 1 (no hits)
    /// rather than 2, and <c>-f --top 3</c> read as a query beside a queries file. After a lone <c>--</c> everything
    /// is text.
    /// </summary>
    public static string? OptionTakenAsValue(ParseResult parsed, IEnumerable<string> args)
    {
        var command = parsed.CommandResult.Command;
        var options = command.Options
            .Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options).Where(o => o.Recursive))
            .ToList();
        var names = options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        var takesValue = ValueOptionNames(options);
        var before = args.TakeWhile(a => a != "--").ToList();
        for (var i = 0; i + 1 < before.Count; i++)
        {
            if (takesValue.Contains(before[i]) && names.Contains(before[i + 1]))
            {
                return $"{before[i]}: '{before[i + 1]}' is an option, not its value; give {before[i]} a value right after it";
            }
        }

        return null;
    }

    /// <summary>
    /// The arguments with an option given an empty value by <c>=</c> or <c>:</c> (<c>--source="$SRC"</c> with the
    /// variable unset) written as the option and an empty argument, so that it is checked as <c>--source ""</c> is;
    /// null when there is none. System.CommandLine reads <c>--source=</c> as <c>--source</c> alone, which then took the
    /// next argument as its value: <c>--source= banjir</c> searched an outlet named "banjir" for nothing (exit 1),
    /// <c>--source= --top 3 banjir</c> one named "--top". After a lone <c>--</c> everything is text.
    /// </summary>
    public static string[]? WithEmptyValuesSplit(ParseResult parsed, IReadOnlyList<string> args)
    {
        var command = parsed.CommandResult.Command;
        var takesValue = ValueOptionNames(command.Options
            .Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options).Where(o => o.Recursive)));
        var before = args.TakeWhile(a => a != "--").Count();
        if (!args.Take(before).Any(IsEmptyValue))
        {
            return null;
        }

        return args.Take(before).SelectMany(a => IsEmptyValue(a) ? new[] { a[..^1], "" } : [a]).Concat(args.Skip(before)).ToArray();

        bool IsEmptyValue(string arg) => arg.Length > 1 && arg[^1] is '=' or ':' && takesValue.Contains(arg[..^1]);
    }

    /// <summary>
    /// An option that takes a value given again as the last argument, without one (<c>--top 3 --top</c>), as
    /// System.CommandLine words an option given once so: it adds no value to the one the first gave and reports
    /// nothing, so <c>index --corpus news --index idx --corpus</c> indexed news, exit 0. Null when there is none.
    /// </summary>
    public static string? ValueLeftOut(ParseResult parsed, IEnumerable<string> args)
    {
        var command = parsed.CommandResult.Command;
        var takesValue = ValueOptionNames(command.Options
            .Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options).Where(o => o.Recursive)));
        var last = args.TakeWhile(a => a != "--").LastOrDefault();
        return last is not null && takesValue.Contains(last) ? $"Required argument missing for option: '{last}'." : null;
    }

    /// <summary>The names of the options that take a value: not the flags, nor help and version, which take none.</summary>
    private static HashSet<string> ValueOptionNames(IEnumerable<Option> options) =>
        options.Where(o => o.ValueType != typeof(bool) && o.Arity.MaximumNumberOfValues > 0)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .ToHashSet(StringComparer.Ordinal);

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : "";

    private static string Name(ArgumentResult result) => result.Parent is OptionResult { Option: var option } ? option.Name : result.Argument.Name;
}
