using System.CommandLine;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Cli.Commands;

/// <summary>The options of <c>search</c> and their mapping to one <see cref="SearchJob"/>.</summary>
internal sealed class SearchCommandOptions
{
    public Argument<string[]> Query { get; } = new("query")
    {
        Description = "The query: words, \"exact phrases\", pref* (words that start so), -excluded, +required, OR, AND, NOT, title:word, source:name (several words need no quotes)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Index { get; } = IndexOption.Create();
    public Option<string?> QueriesFile { get; } = new Option<string?>("--queries-file", "-f") { Description = "Run every line of FILE as a query ('-' = stdin; blank and # lines skipped); index opened once" }.Path("a queries file, or - for standard input");
    public Option<string> Syntax { get; } = Choice("--syntax", "forgiving", "Query syntax: forgiving (never an error) or lucene (classic Lucene: AND OR NOT, ( ), ~, *, [a TO b])", "forgiving", "lucene");
    public Option<bool> All { get; } = new("--all") { Description = "Every word must match (default: any word; more words rank higher; every word with --sort newest/oldest or --count-by)" };
    public Option<bool> Any { get; } = new("--any") { Description = "Any word may match (the default, except with --sort newest/oldest or --count-by)" };
    public Option<string> Sort { get; } = Choice("--sort", "relevance", "Order of the hits: relevance (best first), newest or oldest (by the article's date; undated last)", "relevance", "newest", "oldest");
    public Option<string?> Source { get; } = new("--source") { Description = "Only this outlet (case-insensitive whole name)" };
    public Option<DateOnly?> From { get; } = new Option<DateOnly?>("--from") { Description = "Only articles dated on or after this day (yyyy-MM-dd; a month yyyy-MM or a year yyyy from its first day)" }.Date(end: false);
    public Option<bool> Undated { get; } = new("--undated") { Description = "Only articles without a date (not with --from or --to)" };
    public Option<DateOnly?> To { get; } = new Option<DateOnly?>("--to") { Description = "Only articles dated on or before this day (yyyy-MM-dd; a month yyyy-MM or a year yyyy to its last day)" }.Date(end: true);
    public Option<string?> Article { get; } = new("--article") { Description = "Only paragraphs of this article id" };
    public Option<int> Top { get; } = new Option<int>("--top", "-n") { Description = "Number of hits", DefaultValueFactory = _ => SearchOptions.DefaultTop }.WholeNumber();
    public Option<int> Offset { get; } = new Option<int>("--offset") { Description = "Skip this many hits first (paging)" }.WholeNumber();
    public Option<int> PerArticle { get; } = new Option<int>("--per-article") { Description = "At most N paragraphs per article (0 = no cap)" }.WholeNumber();
    public Option<bool> FoldSimilar { get; } = new("--fold-similar") { Description = "Fold paragraphs that repeat a better hit's text (the same story in another outlet, a reused background paragraph) into that hit, named on its '≈ also' line" };
    public Option<int> Context { get; } = new Option<int>("--context", "-C") { Description = "Also show N neighbouring paragraphs on each side of a hit" }.WholeNumber();
    public Option<int> SnippetChars { get; } = new Option<int>("--snippet-chars") { Description = "Cut long paragraphs to a window of about N characters (0 = whole paragraph)", DefaultValueFactory = _ => SnippetWindow.DefaultMaxChars }.WholeNumber();
    public Option<string> Format { get; } = Choice("--format", "text", "Output: text, json (one document), jsonl (a line per hit, then a summary), csv (a header, then a row per hit) or kwic (keyword in context: a line per match, the match between its left and right context)", "text", "json", "jsonl", "csv", "kwic");
    public Option<string?> HighlightStyle { get; } = ChoiceOrNull("--highlight", "How matches are marked in text, kwic and csv output: ansi (default on a terminal), markers [[..]] (default otherwise), html <mark>, none (default for csv)", "ansi", "markers", "html", "none");
    public Option<string> Color { get; } = Choice("--color", "auto", "Colour: auto (terminal, no NO_COLOR, TERM not dumb), always, never", "auto", "always", "never");
    public Option<bool> Explain { get; } = new("--explain") { Description = "Show why each hit scored and which words matched through their stem" };
    public Option<string?> CountBy { get; } = ChoiceOrNull("--count-by", "Instead of hits, count the matching paragraphs (and their articles) by year, month, day or source; every word must match unless --any", "year", "month", "day", "source");

    public void AddTo(Command command)
    {
        command.Arguments.Add(Query);
        foreach (var option in new Option[] { Index, QueriesFile, Syntax, All, Any, Sort, Source, From, To, Undated, Article, Top, Offset, PerArticle, FoldSimilar, Context, SnippetChars, Format, HighlightStyle, Color, Explain, CountBy })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(All) && result.GetValue(Any))
            {
                result.AddError("--all and --any exclude each other");
            }

            // GetValue throws for an option whose value failed to parse (-f with nothing after it): ask for tokens.
            if (result.GetResult(QueriesFile) is { Tokens.Count: > 0 } && result.GetValue(Query) is { Length: > 0 })
            {
                result.AddError("give a query or --queries-file, not both");
            }
        });
    }

    public SearchJob ToJob(ParseResult parsed, CliContext context)
    {
        var options = new SearchOptions(
            parsed.GetValue(Syntax) == "lucene" ? QuerySyntax.Lucene : QuerySyntax.Forgiving,
            parsed.GetValue(All) ? MatchMode.All : parsed.GetValue(Any) ? MatchMode.Any : null,
            parsed.GetValue(Source),
            parsed.GetValue(From),
            parsed.GetValue(To),
            parsed.GetValue(Article),
            parsed.GetValue(Top),
            parsed.GetValue(Offset),
            parsed.GetValue(PerArticle),
            parsed.GetValue(Context),
            parsed.GetValue(SnippetChars),
            parsed.GetValue(Explain),
            parsed.GetValue(Sort) switch
            {
                "newest" => ResultOrder.Newest,
                "oldest" => ResultOrder.Oldest,
                _ => ResultOrder.Relevance,
            },
            parsed.GetValue(CountBy) switch
            {
                "year" => Core.Search.CountBy.Year,
                "month" => Core.Search.CountBy.Month,
                "day" => Core.Search.CountBy.Day,
                "source" => Core.Search.CountBy.Source,
                _ => Core.Search.CountBy.None,
            },
            parsed.GetValue(FoldSimilar),
            parsed.GetValue(Undated));
        var format = parsed.GetValue(Format) switch
        {
            "json" => OutputFormat.Json,
            "jsonl" => OutputFormat.JsonLines,
            "csv" => OutputFormat.Csv,
            "kwic" => OutputFormat.Kwic,
            _ => OutputFormat.Text,
        };
        var words = parsed.GetValue(Query) ?? [];
        return new SearchJob(parsed.GetValue(Index)!, parsed.GetValue(QueriesFile) is null ? string.Join(' ', words) : null, parsed.GetValue(QueriesFile), options, format, Style(parsed, context, format))
        {
            Repeat = int.TryParse(context.GetEnvironment("PEER_REPEAT"), out var repeat) && repeat > 1 ? repeat : 1,
            ReportTiming = context.GetEnvironment("SEARCHINDEX_TIMING") == "1",
        };
    }

    /// <summary>
    /// An explicit <c>--highlight</c> wins (ansi turns plain under <c>--color never</c>); otherwise ANSI when colour
    /// is on (<c>always</c>, or <c>auto</c> on a terminal without NO_COLOR and with a TERM other than dumb), else markers.
    /// CSV is data for another program: unmarked unless asked, whatever the terminal.
    /// </summary>
    private Core.Output.HighlightStyle Style(ParseResult parsed, CliContext context, OutputFormat format)
    {
        var color = parsed.GetValue(Color);
        // TERM=dumb (Emacs' shell, some CI consoles) shows escape codes as text, as git and ls assume.
        var colorOn = color == "always"
            || (color == "auto" && context.OutIsTerminal && string.IsNullOrEmpty(context.GetEnvironment("NO_COLOR")) && context.GetEnvironment("TERM") != "dumb");
        return parsed.GetValue(HighlightStyle) switch
        {
            "ansi" => color == "never" ? Core.Output.HighlightStyle.None : Core.Output.HighlightStyle.Ansi,
            "markers" => Core.Output.HighlightStyle.Markers,
            "html" => Core.Output.HighlightStyle.Html,
            "none" => Core.Output.HighlightStyle.None,
            _ when format == OutputFormat.Csv => Core.Output.HighlightStyle.None,
            _ => colorOn ? Core.Output.HighlightStyle.Ansi : Core.Output.HighlightStyle.Markers,
        };
    }

    private static Option<string> Choice(string name, string defaultValue, string description, params string[] values) =>
        new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue }.OneOf(values);

    private static Option<string?> ChoiceOrNull(string name, string description, params string[] values) =>
        new Option<string?>(name) { Description = description }.OneOf(values);
}
