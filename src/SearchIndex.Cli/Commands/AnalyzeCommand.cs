using System.CommandLine;
using SearchIndex.Core.Corpus;
using SearchIndex.Core.Output;

namespace SearchIndex.Cli.Commands;

/// <summary><c>searchindex analyze</c>: what the index makes of a text, token by token, or one root per word.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("text") { Description = "Text to analyse (default: stdin)", Arity = ArgumentArity.ZeroOrMore };
        var textFile = new Option<string?>("--text-file") { Description = "Analyse the text of this file (- for stdin)" }.Path("a text file");
        var words = new Option<string?>("--words") { Description = "Read one word per line (FILE, or - for stdin) and print a root per input line: word<TAB>root, or with --format jsonl one object per line" }.Path("a file of words, or - for standard input");
        var format = new Option<string>("--format")
        {
            Description = "text (a table; word<TAB>root with --words) or jsonl (one object per token, or per line with --words); default: text on a terminal, else jsonl; with --words, text",
        }.OneOf("text", "jsonl");
        var title = new Option<bool>("--title")
        {
            Description = "Analyse the text as an article's title is indexed: a capitalised common word such as Penangkapan stays whole there, where paragraph text gives its root",
        };

        var command = new Command("analyze", "Show how text is analysed: tokens, offsets, indexed terms and the stemming rule behind each")
        {
            text, textFile, words, format, title,
        };
        command.Validators.Add(result =>
        {
            // Several inputs would leave all but one unread, silently: refuse instead.
            var given = new[] { result.GetValue(text) is { Length: > 0 }, result.GetResult(textFile) is { Tokens.Count: > 0 }, result.GetResult(words) is { Tokens.Count: > 0 } };
            if (given.Count(g => g) > 1)
            {
                result.AddError("give one input: TEXT, --text-file FILE or --words FILE, not several");
            }

            // --words takes each word lower-cased, where the title field reads capitalisation: it would be ignored.
            if (result.GetValue(title) && result.GetResult(words) is { Tokens.Count: > 0 })
            {
                result.AddError("--title analyses TEXT or --text-file; --words takes each word lower-cased, as the title field never sees it");
            }
        });
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(words) is { } wordsPath)
            {
                // word<TAB>root stays the default off a terminal too: evaluation scripts read it as is.
                AnalyzeWriter.WriteWordRoots(Words(context, wordsPath), context.Out, json: parsed.GetValue(format) == "jsonl", flushEachLine: wordsPath == "-");
                return ExitCodes.Success;
            }

            var json = parsed.GetValue(format) is { } f ? f == "jsonl" : !context.OutIsTerminal;
            if (context.InIsTerminal && parsed.GetValue(textFile) is null && parsed.GetValue(text) is not { Length: > 0 })
            {
                // With no TEXT, standard input is the text: on a terminal that waited without a word, as if hung.
                CliApp.WriteError(context.Error, "reading the text to analyse from standard input: type it, then Ctrl-D (or give TEXT, --text-file FILE or --words FILE)");
            }

            var input = parsed.GetValue(textFile) is { } file
                ? file == "-" ? TextDecoding.Decode(context.In, "standard input") : ReadFile(file, "--text-file")
                : parsed.GetValue(text) is { Length: > 0 } parts ? string.Join(' ', parts) : TextDecoding.Decode(context.In, "standard input");
            if (parsed.GetValue(textFile) is null && parsed.GetValue(text) is { Length: > 0 } && input.Contains('\uFFFD', StringComparison.Ordinal))
            {
                // As search says of its query: "ban\xffjir" was analysed as "ban" and "jir" without a word.
                CliApp.WriteError(context.Error, TextDecoding.ReplacementCharacterNote("the text"));
            }

            AnalyzeWriter.WriteTokens(context.Out, input, json, asTitle: parsed.GetValue(title));
            return ExitCodes.Success;
        });
        return command;
    }

    // Standard input is read line by line, so a script can feed words and read roots as it goes; a file is read
    // whole. Either way a bad byte is reported with its line.
    private static IEnumerable<string> Words(CliContext context, string path) =>
        path == "-" ? Utf8Lines.Read(context.In, "standard input") : Lines(ReadFile(path, "--words"));

    private static IEnumerable<string> Lines(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static string ReadFile(string path, string option) => TextFiles.Read(path, $"{option} '{path}'", "give a file");
}
