using System.Text;
using System.Text.Json;

namespace SearchIndex.Cli.Tests;

/// <summary>The CSV output read back by an RFC 4180 reader holds what the JSON holds.</summary>
public sealed class CsvOutputTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private CliRun Search(params string[] args) => CliRun.Of(["search", "--index", index.Path, .. args]);

    /// <summary>Rows of fields, as a spreadsheet reads them: quoted fields may hold commas, doubled quotes and line ends.</summary>
    private static List<List<string>> Read(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                if (c == '\n')
                {
                    rows.Add(row);
                    row = [];
                }
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "an unclosed quote");
        Assert.Equal(0, field.Length + row.Count); // every row ends with a line end
        return rows;
    }

    [Fact]
    public void Hits_are_rows_under_a_header_with_the_fields_of_the_json()
    {
        var run = Search("putin korea", "--format", "csv");
        var json = Search("putin korea", "--format", "jsonl").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("type").GetString() == "hit")
            .Select(e => e.GetProperty("data")).ToList();

        Assert.Equal(ExitCodes.Success, run.Exit);
        var rows = Read(run.Out);
        var header = rows[0];
        Assert.Equal(["query", "line", "rank", "score", "total", "article", "paragraph", "paragraphs", "date", "date_from", "outlet", "source",
            "author", "place", "url", "title", "matched", "similar", "snippet", "text"], header);
        Assert.Equal(json.Count, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        for (var i = 0; i < json.Count; i++)
        {
            var row = header.Zip(rows[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row["rank"]);
            Assert.Equal(json[i].GetProperty("text").GetString(), row["text"]);
            Assert.Equal(json[i].GetProperty("title").GetString(), row["title"]);
            Assert.Equal(json[i].GetProperty("article").GetString(), row["article"]);
            Assert.Equal(json[i].GetProperty("score").GetRawText(), row["score"]);
            Assert.Equal(json[i].GetProperty("outlet").GetString(), row["outlet"]);
            Assert.Equal(json[i].GetProperty("date_from").GetString(), row["date_from"]);
            Assert.Equal("", row["line"]);
            var text = json[i].GetProperty("text").GetString()!;
            var matched = json[i].GetProperty("matches").EnumerateArray()
                .Select(m => text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]).Distinct(StringComparer.OrdinalIgnoreCase);
            Assert.Equal(string.Join("; ", matched), row["matched"]);
            Assert.NotEqual("", row["matched"]);
        }
    }

    [Fact]
    public void Counts_are_rows_of_their_own_columns()
    {
        var run = Search("putin", "--count-by", "month", "--format", "csv");

        Assert.Equal((ExitCodes.Success, "query,line,by,key,paragraphs,articles\nputin,,month,2023-09,5,1\n"), (run.Exit, run.Out));
    }

    [Fact]
    public void No_hits_is_the_header_alone_and_exit_1()
    {
        var run = Search("zzqqxx", "--format", "csv");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.Single(Read(run.Out));
    }

    [Fact]
    public void A_batch_shares_one_header_and_numbers_its_rows_by_line()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-", "--format", "csv", "--top", "1"], stdin: "putin\n# comment\nkorea\n");

        var rows = Read(run.Out);
        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal([("putin", "1"), ("korea", "3")], rows.Skip(1).Select(r => (r[0], r[1])));
    }

    [Theory]
    [InlineData("--explain")]
    [InlineData("--context", "1")]
    public void What_a_row_cannot_hold_is_refused_by_name(params string[] option)
    {
        var run = Search(["putin", "--format", "csv", .. option]);

        Assert.Equal((ExitCodes.Error, $"searchindex: {option[0]} is not written in CSV; use --format jsonl or json for it\n"), (run.Exit, run.Error));
    }

    [Fact]
    public void Marks_only_when_asked_even_on_a_terminal()
    {
        var plain = CliRun.Of(["search", "--index", index.Path, "putin", "--format", "csv", "--top", "1"], terminal: true);
        var marked = Search("putin", "--format", "csv", "--top", "1", "--highlight", "markers");

        Assert.DoesNotContain("\u001b[", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", plain.Out, StringComparison.Ordinal);
        Assert.Contains("[[Putin]]", marked.Out, StringComparison.Ordinal);
    }
}
