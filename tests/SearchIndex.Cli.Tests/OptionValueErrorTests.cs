namespace SearchIndex.Cli.Tests;

/// <summary>
/// A bad option value is one line on stderr that names the option and what it needs, exit 2: no second "Try --help"
/// line, no .NET type names, for every numeric, date, choice and flag option of every command.
/// </summary>
public class OptionValueErrorTests
{
    [Theory]
    [InlineData("--top: 'abc' is not a whole number", "search", "putin", "--top", "abc")]
    [InlineData("--top: 'abc' is not a whole number", "search", "putin", "-n", "abc")]
    [InlineData("--top: '99999999999' is out of range (at most 2147483647)", "search", "putin", "--top", "99999999999")]
    [InlineData("--offset: '99999999999' is out of range (at most 2147483647)", "search", "putin", "--offset", "99999999999")]
    [InlineData("--top: '-99999999999' is out of range", "search", "putin", "--top", "-99999999999")]
    [InlineData("--top: '+' is not a whole number", "search", "putin", "--top", "+")]
    [InlineData("--top: '--5' is not a whole number", "search", "putin", "--top=--5")]
    [InlineData("--offset: '1.5' is not a whole number", "search", "putin", "--offset", "1.5")]
    [InlineData("--per-article: 'one' is not a whole number", "search", "putin", "--per-article", "one")]
    [InlineData("--context: 'x' is not a whole number", "search", "putin", "--context", "x")]
    [InlineData("--snippet-chars: '1e3' is not a whole number", "search", "putin", "--snippet-chars", "1e3")]
    [InlineData("--from: '2023-13-01' is not a date; use yyyy-MM-dd, e.g. 2023-09-13 (or a month, 2023-09, or a year, 2023)", "search", "putin", "--from", "2023-13-01")]
    [InlineData("--to: 'kemarin' is not a date; use yyyy-MM-dd, e.g. 2023-09-13 (or a month, 2023-09, or a year, 2023)", "search", "putin", "--to", "kemarin")]
    [InlineData("--from: '2019-9' is not a date; use yyyy-MM-dd, e.g. 2023-09-13 (or a month, 2023-09, or a year, 2023)", "search", "putin", "--from", "2019-9")]
    [InlineData("--syntax: 'sql' is not one of: forgiving, lucene", "search", "putin", "--syntax", "sql")]
    [InlineData("--format: 'xml' is not one of: text, json, jsonl, csv, kwic", "search", "putin", "--format", "xml")]
    [InlineData("--highlight: 'bold' is not one of: ansi, markers, html, none", "search", "putin", "--highlight", "bold")]
    [InlineData("--color: 'maybe' is not one of: auto, always, never", "search", "putin", "--color", "maybe")]
    [InlineData("--sort: 'date' is not one of: relevance, newest, oldest", "search", "putin", "--sort", "date")]
    [InlineData("--format: 'xml' is not one of: text, jsonl", "analyze", "satu", "--format", "xml")]
    [InlineData("--top: 'abc' is not a whole number", "eval", "--qrels", "q.tsv", "--top", "abc")]
    [InlineData("--paragraph-offset: 'minus' is not a whole number", "eval", "--qrels", "q.tsv", "--paragraph-offset", "minus")]
    [InlineData("--format: 'csv' is not one of: text, json", "eval", "--qrels", "q.tsv", "--format", "csv")]
    [InlineData("--corpus: the path is empty (an unset shell variable?); give a folder or a .txt/.jsonl file", "index", "--corpus", "")]
    [InlineData("--index: the path is empty (an unset shell variable?); give the index folder", "index", "--index", "")]
    [InlineData("--index: the path is empty (an unset shell variable?); give the index folder", "search", "putin", "--index", " ")]
    [InlineData("--index: the path is empty (an unset shell variable?); give the index folder", "info", "--index", "")]
    [InlineData("--queries-file: the path is empty (an unset shell variable?); give a queries file, or - for standard input", "search", "--queries-file", "")]
    [InlineData("--text-file: the path is empty (an unset shell variable?); give a text file", "analyze", "--text-file", "")]
    [InlineData("--words: the path is empty (an unset shell variable?); give a file of words, or - for standard input", "analyze", "--words", "")]
    [InlineData("--qrels: the path is empty (an unset shell variable?); give the judgments file", "eval", "--qrels", "")]
    [InlineData("--queries: the path is empty (an unset shell variable?); give the queries file", "eval", "--qrels", "q.tsv", "--queries", "")]
    [InlineData("--per-query: the path is empty (an unset shell variable?); give a file to write", "eval", "--qrels", "q.tsv", "--per-query", "")]
    [InlineData("Required argument missing for option: '-f'.", "search", "putin", "-f")]
    [InlineData("--source is empty; give an outlet name, e.g. --source \"CNN Indonesia\"", "search", "putin", "--source", "")]
    [InlineData("--article is empty; give an article id (its path relative to the corpus folder)", "search", "putin", "--article", " ")]
    [InlineData("give one input: TEXT, --text-file FILE or --words FILE, not several", "analyze", "mengatakan", "--text-file", "w.txt")]
    [InlineData("give one input: TEXT, --text-file FILE or --words FILE, not several", "analyze", "mengatakan", "--words", "w.txt")]
    [InlineData("give one input: TEXT, --text-file FILE or --words FILE, not several", "analyze", "--text-file", "w.txt", "--words", "-")]
    public void A_bad_value_is_one_line_naming_the_option_and_what_it_needs(string message, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: {message}\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--all: 'maybe' is not true or false; give --all alone to turn it on", "search", "--all=maybe", "putin")]
    [InlineData("--all: 'maybe' is not true or false; give --all alone to turn it on", "search", "putin", "--all:maybe")]
    [InlineData("--all: '' is not true or false; give --all alone to turn it on", "search", "--all=", "putin")]
    [InlineData("--any: 'yes' is not true or false; give --any alone to turn it on", "search", "--any=yes", "putin")]
    [InlineData("--explain: '1' is not true or false; give --explain alone to turn it on", "search", "putin", "--explain=1")]
    [InlineData("--rebuild: 'no' is not true or false; give --rebuild alone to turn it on", "index", "--rebuild=no")]
    [InlineData("--json: 'maybe' is not true or false; give --json alone to turn it on", "index", "--json=maybe")]
    [InlineData("--quiet: 'x' is not true or false; give --quiet alone to turn it on", "index", "--quiet=x")]
    [InlineData("-q: 'no' is not true or false; give -q alone to turn it on", "index", "-q=no")]
    [InlineData("--all: 'maybe' is not true or false; give --all alone to turn it on", "eval", "--qrels", "q.tsv", "--all=maybe")]
    [InlineData("--explain: 'true' after it is read as its value; write --explain=true for that, or put the word after a lone --", "search", "--explain", "true", "story")]
    [InlineData("--all: 'False' after it is read as its value; write --all=false for that, or put the word after a lone --", "search", "putin", "--all", "False")]
    [InlineData("-q: 'false' after it is read as its value; write -q=false for that, or put the word after a lone --", "index", "-q", "false")]
    public void A_flag_given_a_value_other_than_true_or_false_is_one_line_naming_it(string message, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: {message}\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--source: '--sort' is an option, not its value; give --source a value right after it", "search", "--source", "--sort", "newest", "putin")]
    [InlineData("--source: '-n' is an option, not its value; give --source a value right after it", "search", "putin", "--source", "-n", "5")]
    [InlineData("--article: '--top' is an option, not its value; give --article a value right after it", "search", "putin", "--article", "--top", "1")]
    [InlineData("--article: '-C' is an option, not its value; give --article a value right after it", "search", "putin", "--article", "-C", "2")]
    [InlineData("-f: '--top' is an option, not its value; give -f a value right after it", "search", "-f", "--top", "3")]
    [InlineData("--index: '--top' is an option, not its value; give --index a value right after it", "search", "--index", "--top", "1", "putin")]
    [InlineData("--top: '--all' is an option, not its value; give --top a value right after it", "search", "putin", "--top", "--all")]
    [InlineData("--corpus: '--index' is an option, not its value; give --corpus a value right after it", "index", "--corpus", "--index", "idx")]
    public void An_option_left_without_its_value_does_not_take_the_next_option_as_it(string message, params string[] args)
    {
        // Before, "--source --sort newest putin" searched "newest putin" in an outlet named "--sort": no hits, exit 1.
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: {message}\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("Required argument missing for option: '--top'.", "search", "putin", "--top", "3", "--top")]
    [InlineData("Required argument missing for option: '--index'.", "search", "putin", "--index", "idx", "--index")]
    [InlineData("Required argument missing for option: '--count-by'.", "search", "putin", "--count-by", "month", "--count-by")]
    [InlineData("Required argument missing for option: '-n'.", "search", "putin", "--top", "3", "-n", "--", "x")]
    [InlineData("Required argument missing for option: '--corpus'.", "index", "--corpus", "news", "--index", "idx", "--corpus")]
    [InlineData("Required argument missing for option: '--qrels'.", "eval", "--qrels", "q.tsv", "--qrels")]
    public void An_option_repeated_last_without_its_value_is_an_error_as_it_is_given_once(string message, params string[] args)
    {
        // Given once, "--top" last is System.CommandLine's "Required argument missing"; given a value before, the second
        // one without a value was dropped unsaid: "index --corpus news --index idx --corpus" indexed news, exit 0.
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: {message}\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--source is empty; give an outlet name, e.g. --source \"CNN Indonesia\"", "search", "--source=", "putin")]
    [InlineData("--source is empty; give an outlet name, e.g. --source \"CNN Indonesia\"", "search", "--source=", "--top", "3", "putin")]
    [InlineData("--source is empty; give an outlet name, e.g. --source \"CNN Indonesia\"", "search", "putin", "--source:")]
    [InlineData("--article is empty; give an article id (its path relative to the corpus folder)", "search", "--article=", "putin")]
    [InlineData("--top: '' is not a whole number", "search", "--top=", "3", "putin")]
    [InlineData("--index: the path is empty (an unset shell variable?); give the index folder", "search", "-i=", "putin")]
    [InlineData("--corpus: the path is empty (an unset shell variable?); give a folder or a .txt/.jsonl file", "index", "--corpus=", "--index", "idx")]
    [InlineData("--qrels: the path is empty (an unset shell variable?); give the judgments file", "eval", "--top", "3", "--qrels=")]
    public void An_empty_value_after_an_equals_sign_is_an_empty_value_not_the_next_argument(string message, params string[] args)
    {
        // Before, "--source= putin" searched an outlet named "putin" with no words (exit 1), and "--source= --top 3
        // putin" one named "--top": System.CommandLine reads "--source=" as "--source" alone, which takes what follows.
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: {message}\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void After_a_lone_double_dash_an_option_with_an_equals_sign_is_query_text()
    {
        using var index = new SampleIndex();
        var run = CliRun.Of(["search", "--index", index.Path, "--top", "1", "--format", "jsonl", "--", "putin", "--source="]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("\"query\":\"putin --source=\"", run.Out);
    }

    [Theory]
    [InlineData("search", "--help", "--top", "3")]
    [InlineData("search", "putin", "-h", "--index", "idx")]
    [InlineData("info", "-h", "-i", "idx")]
    [InlineData("index", "--help", "--corpus", "corpus")]
    public void Help_takes_no_value_so_an_option_after_it_is_no_missing_value(params string[] args)
    {
        // Before, "search --help --top 3" was "--help: '--top' is an option, not its value; give --help a value", exit 2.
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("Usage:", run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void After_a_lone_double_dash_an_option_name_is_query_text()
    {
        using var index = new SampleIndex();
        var run = CliRun.Of(["search", "--index", index.Path, "--top", "1", "--", "putin", "--source", "--sort"]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.DoesNotContain("is an option, not its value", run.Error);
    }

    [Theory]
    [InlineData("search", "putin", "--top")]
    [InlineData("search", "--format", "jsonl", "--bogus")]
    [InlineData("serach", "putin")]
    [InlineData("eval", "--top", "3")]
    public void Other_argument_errors_are_one_line_too(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("searchindex: ", run.Error);
        Assert.DoesNotContain("System.", run.Error);
    }

    [Theory]
    [InlineData("search", "--format <csv|json|jsonl|kwic|text>", "-n, --top <top>")]
    [InlineData("analyze", "--format <jsonl|text>")]
    [InlineData("eval", "--format <json|text>", "--paragraph-offset <paragraph-offset>")]
    public void Help_still_shows_the_options_and_their_choices(string command, params string[] expected)
    {
        var run = CliRun.Of([command, "--help"]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.All(expected, e => Assert.Contains(e, run.Out));
    }
}
