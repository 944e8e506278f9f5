using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using SearchIndex.Cli.Commands;
using SearchIndex.Core;
using SearchIndex.Core.Output;

namespace SearchIndex.Cli;

/// <summary>Declares the command tree and turns every outcome into an exit status, in one place.</summary>
public static partial class CliApp
{
    public const string Name = StderrLine.Program;

    public static int Run(string[] args, CliContext context)
    {
        context = context with { Out = new OutputWriter(context.Out) };
        // A plain Command named "searchindex" rather than RootCommand, whose name is the assembly's ("SearchIndex.Cli"),
        // so help says "Usage: searchindex ..."; it gets RootCommand's help and version options by hand.
        var root = new Command(Name, "Full-text search for Indonesian news: index articles, search ranked paragraphs.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(InfoCommand.Create(context));

        // No response files: "@jokowi" is a handle to search for, not a file of arguments to splice in. No bundled short
        // options: "-hujan" excludes a word, where bundling read it as -h (help, exit 0) and "-negara" as -n egara.
        var configuration = new ParserConfiguration { ResponseFileTokenReplacer = null, EnablePosixBundling = false };
        var parsed = root.Parse(args, configuration);
        if (OptionValues.WithEmptyValuesSplit(parsed, args) is { } split)
        {
            args = split; // "--source=" is checked as "--source ''", not given the next argument as its value
            parsed = root.Parse(args, configuration);
        }

        var error = OptionValues.MisreadFlag(parsed, args)
            ?? OptionValues.OptionTakenAsValue(parsed, args)
            ?? (parsed.Errors.Count > 0 ? CommandError(root, args) ?? Reworded(parsed.Errors[0].Message, parsed.CommandResult.Command) : OptionValues.ValueLeftOut(parsed, args) ?? MistypedOption(parsed));
        if (error is not null)
        {
            WriteError(context.Error, error); // one line, as the README promises; no "Try --help" after it
            return ExitCodes.Error;
        }

        try
        {
            var status = parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
            // Buffered output is written here, inside the handled region: a summary that cannot be written is an
            // error, not lost after the exit status was decided.
            try
            {
                context.Out.Flush();
            }
            catch (IOException e) when (OutputWriter.IsBrokenPipe(e))
            {
                // The reader went away after the run had decided its status: a search without hits stays 1 and an
                // index run that skipped files stays 2, whether or not the reader left before this last write.
            }

            return status;
        }
        catch (SearchIndexException e)
        {
            WriteError(context.Error, e.Message);
            return e.Kind == ErrorKind.Cancelled ? ExitCodes.Interrupted : ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            // A stop signal that lands as a first-run build finishes: the build committed, and the search it came
            // before sees the signal (Core reports cancellation as SearchIndexException everywhere else).
            WriteError(context.Error, "interrupted");
            return ExitCodes.Interrupted;
        }
        catch (IOException e) when (OutputWriter.IsBrokenPipe(e))
        {
            return ExitCodes.Success; // `| head` closed our output: end quietly, like grep
        }
        catch (Exception e) when (IsOutOfMemory(e))
        {
            // A container's memory limit (or DOTNET_GCHeapHardLimit) below what the corpus needs ended in the runtime's
            // stack trace and exit 134. Lucene commits atomically and refuses to commit after running out, so the
            // index is what its last commit was.
            WriteError(context.Error, "out of memory; the index is as its last commit left it; give the process more memory (a container's limit, DOTNET_GCHeapHardLimit) and run again");
            return ExitCodes.Error;
        }
    }

    /// <summary>Out of memory, thrown as it is or from a worker inside an <see cref="AggregateException"/>.</summary>
    internal static bool IsOutOfMemory(Exception e) =>
        e is OutOfMemoryException || (e is AggregateException aggregate && aggregate.Flatten().InnerExceptions.Any(IsOutOfMemory));

    /// <summary>One line on stderr, as every message is written (<see cref="StderrLine"/>).</summary>
    internal static void WriteError(TextWriter error, string message) => error.WriteLine(StderrLine.Of(message));

    /// <summary>
    /// System.CommandLine's "Option '--top' expects a single argument but 2 were provided." reads as if one option had
    /// been given two values; it is the option given twice (a wrapper script appending its own <c>--top</c>).
    /// </summary>
    /// <remarks>
    /// Its "Unrecognized command or argument '--fromat'." of a command without free text (<c>index</c>, <c>info</c>)
    /// is the unknown option that <see cref="MistypedOption"/> reports for the others, said alike.
    /// </remarks>
    private static string Reworded(string message, Command command) =>
        RepeatedOption().Match(message) is { Success: true } repeated
            ? $"{repeated.Groups["option"].Value} is given {repeated.Groups["n"].Value} times; give it once"
            : UnrecognizedOption().Match(message) is { Success: true } unknown
            ? $"unknown option '{unknown.Groups["option"].Value}'{MeantOption(unknown.Groups["option"].Value, command)}"
            : message;

    [System.Text.RegularExpressions.GeneratedRegex(@"^Option '(?<option>[^']+)' expects a single argument but (?<n>\d+) were provided")]
    private static partial System.Text.RegularExpressions.Regex RepeatedOption();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Unrecognized command or argument '(?<option>--[^']+)'\.?$")]
    private static partial System.Text.RegularExpressions.Regex UnrecognizedOption();

    /// <summary>
    /// Other tools' names for the date range: <c>git log</c> and <c>journalctl</c> take <c>--since</c>/<c>--until</c>,
    /// others <c>--after</c>/<c>--before</c> or <c>--from-date</c>/<c>--to-date</c>.
    /// </summary>
    private static readonly Dictionary<string, string> DateRangeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--since"] = "--from",
        ["--after"] = "--from",
        ["--start"] = "--from",
        ["--from-date"] = "--from",
        ["--date-from"] = "--from",
        ["--until"] = "--to",
        ["--before"] = "--to",
        ["--end"] = "--to",
        ["--to-date"] = "--to",
        ["--date-to"] = "--to",
    };

    /// <summary>
    /// The option an unknown name most likely meant, as <c>" (did you mean --from?)"</c>: a short option typed with two
    /// dashes (<c>--n</c>: <c>-n</c>), the command's date option for another tool's name of it, else its options fewest
    /// edits away, at most one for a name of three to five letters and two for a longer one (<c>--sorce</c>:
    /// <c>--source</c>); empty when none is that close (<c>--limit</c>), rather than a guess: a name of a letter or two
    /// is two edits from some option (<c>--x</c> from <c>--to</c>). Letter case counts no edit (<c>--SOURCE</c>: caps lock).
    /// </summary>
    private static string MeantOption(string typed, Command command)
    {
        var name = typed.Split('=')[0];
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToList();
        var options = names.Where(o => o.StartsWith("--", StringComparison.Ordinal)).ToList();
        var letters = name.Length - 2;
        var edits = letters < 3 ? 0 : letters <= 5 ? 1 : 2;
        var meant = names.Contains(name[1..])
            ? [name[1..]]
            : DateRangeNames.TryGetValue(name, out var range) && options.Contains(range)
            ? [range]
            : options.Select(o => (Option: o, Edits: Core.Search.DidYouMean.EditDistance(name.ToLowerInvariant(), o.ToLowerInvariant()))).Where(o => o.Edits <= edits)
                .GroupBy(o => o.Edits).OrderBy(g => g.Key).FirstOrDefault()?.Select(o => o.Option).ToList() ?? [];
        return meant.Count == 0 ? "" : $" (did you mean {string.Join(" or ", meant)}?)";
    }

    /// <summary>No command, or an unknown one: System.CommandLine says only "Required command was not provided".</summary>
    private static string? CommandError(Command root, string[] args)
    {
        var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (args.Length == 0)
        {
            return $"no command given; use one of: {commands}";
        }

        var first = args[0];
        return first.StartsWith('-') || root.Subcommands.Any(c => c.Name == first)
            ? null
            : $"unknown command '{first}'; use one of: {commands}";
    }

    /// <summary>
    /// A word of the query (or of <c>analyze</c>'s text) that looks like an option: System.CommandLine hands an
    /// unknown <c>--sorce</c> to the command's free-text argument, so a typo would silently become query words and
    /// change the results. Single-dash words stay words (<c>-kpk</c> excludes a word); after <c>--</c> anything goes.
    /// </summary>
    private static string? MistypedOption(ParseResult parsed)
    {
        var doubleDash = parsed.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var afterDoubleDash = doubleDash < 0 ? [] : parsed.Tokens.Skip(doubleDash + 1).ToHashSet(ReferenceEqualityComparer.Instance);
        var typo = parsed.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .FirstOrDefault(t => t.Value.Length > 2 && t.Value.StartsWith("--", StringComparison.Ordinal) && (char.IsLetter(t.Value[2]) || t.Value[2] == '-') && !afterDoubleDash.Contains(t));
        if (typo is not null)
        {
            return $"unknown option '{typo.Value}'{MeantOption(typo.Value, parsed.CommandResult.Command)}; to use it as text, put it after a lone --";
        }

        // "—top" is "--top" after a word processor or a chat app made one long dash of the two: searched as the word
        // "top" (and the count as another word), it ran without a word of what went wrong.
        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        var dashed = parsed.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] is '\u2014' or '\u2013' && options.Contains("--" + t.Value[1..].Split('=')[0]) && !afterDoubleDash.Contains(t));
        if (dashed is not null)
        {
            return $"'{dashed.Value}' has a long dash where the option --{dashed.Value[1..].Split('=')[0]} has two hyphens (autocorrect?); write --{dashed.Value[1..]}, or put the word after a lone --";
        }

        // "-n5", "-C2" (grep's way), "-fq.txt" or "-iarchive" would exclude a word: say how the option is written instead.
        var glued = parsed.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .FirstOrDefault(t => IsGluedShortOption(t.Value) && !afterDoubleDash.Contains(t));
        return glued is null ? null
            : $"'{glued.Value}' would exclude the word '{glued.Value[1..]}'; for the option write '{glued.Value[..2]} {glued.Value[2..]}', or put the word after a lone --";
    }

    /// <summary>A count glued to <c>-n</c> or <c>-C</c>, or a path that exists glued to <c>-f</c> or <c>-i</c>.</summary>
    private static bool IsGluedShortOption(string token) =>
        GluedCount().IsMatch(token)
        || (token.Length > 2 && token[0] == '-' && token[1] is 'f' or 'i' && (File.Exists(token[2..]) || Directory.Exists(token[2..])));

    [System.Text.RegularExpressions.GeneratedRegex(@"^-[nC][0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex GluedCount();
}
