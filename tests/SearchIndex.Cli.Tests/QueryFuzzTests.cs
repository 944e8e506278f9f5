using System.Text;
using SearchIndex.Core;
using SearchIndex.Core.Search;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// Random queries in both syntaxes never crash: the engine answers or raises the one error type, and the CLI exits
/// 0, 1 or 2 with at most a one-line message. Seeded, so a failure is reproducible.
/// </summary>
public class QueryFuzzTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private const string Alphabet = "abcdeghiklmnoprstuy AEIOU\"\"''()[]{}:~*?^+-!&|\\/,. 0123456789é日本語😀\t\u0000\u200b";
    private static readonly string[] Fragments =
    [
        "\"", "(", ")", "[", "]", "{", "}", ":", "~", "*", "?", "^", "-", "+", "!", "&&", "||", "AND", "OR", "NOT",
        "title:", "source:", "text:", "TO", "\\", "/", "putin", "korea", "menangkap", "\"kim jong\"", "~2", "^3",
    ];

    [Theory]
    [InlineData(QuerySyntax.Forgiving)]
    [InlineData(QuerySyntax.Lucene)]
    public void Thousands_of_random_queries_never_throw_anything_but_the_one_error_type(QuerySyntax syntax)
    {
        var random = new Random(syntax == QuerySyntax.Forgiving ? 7 : 11);
        using var session = IndexSearchSession.Open(index.Path);
        var options = new SearchOptions(Syntax: syntax);

        for (var i = 0; i < 3000; i++)
        {
            var query = RandomQuery(random);
            try
            {
                session.Search(query, options);
            }
            catch (SearchIndexException e)
            {
                Assert.True(syntax == QuerySyntax.Lucene, $"forgiving syntax raised '{e.Message}' for {Escape(query)}");
                Assert.DoesNotContain('\n', e.Message);
            }
        }
    }

    [Theory]
    [InlineData("forgiving")]
    [InlineData("lucene")]
    public void Cli_exits_0_1_or_2_with_one_line_messages(string syntax)
    {
        var random = new Random(syntax.Length);
        for (var i = 0; i < 150; i++)
        {
            var query = RandomQuery(random);
            var run = CliRun.Of(["search", "--index", index.Path, "--syntax", syntax, "--format", "jsonl", "--", query]);

            Assert.True(run.Exit is 0 or 1 or 2, $"exit {run.Exit} for {Escape(query)}");
            if (run.Exit == 2)
            {
                Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
                Assert.StartsWith("searchindex: ", run.Error);
            }
        }
    }

    [Fact]
    public void A_10000_character_query_is_answered()
    {
        var query = string.Join(' ', Enumerable.Repeat("putin korea \"kim jong un\" -rusia OR", 300))[..10_000];

        var run = CliRun.Of(["search", "--index", index.Path, "--format", "jsonl", "--", query]);

        Assert.Equal(0, run.Exit);
    }

    [Theory]
    [InlineData("--top", "2147483647")]
    [InlineData("--offset", "2000000000")]
    [InlineData("--per-article", "2147483647")]
    [InlineData("--context", "2147483647")]
    public void Huge_counts_are_answered_without_running_out_of_memory(string option, string value)
    {
        var run = CliRun.Of(["search", "--index", index.Path, "--format", "jsonl", option, value, "putin"]);

        Assert.True(run.Exit is 0 or 1, $"exit {run.Exit}: {run.Error}");
    }

    private static string RandomQuery(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(1, 8);
        for (var p = 0; p < parts; p++)
        {
            if (random.Next(3) == 0)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }
            else
            {
                for (var c = random.Next(1, 10); c > 0; c--)
                {
                    builder.Append(random.Next(20) == 0 ? (char)random.Next(0x20, 0xD7FF) : Alphabet[random.Next(Alphabet.Length)]);
                }
            }

            if (random.Next(2) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string Escape(string query) => System.Text.Json.JsonSerializer.Serialize(query);
}
