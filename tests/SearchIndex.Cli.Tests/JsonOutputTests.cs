using System.Text.Json;
using System.Text.Json.Serialization;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Cli.Tests;

/// <summary>Decodes the JSON output into strict types: a renamed, retyped or unexpected field breaks these tests.</summary>
public sealed class JsonOutputTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public sealed record Envelope(string Type, JsonElement Data);

    public sealed record Range(int Start, int End);

    public sealed record Snippet(string Text, List<Range> Matches);

    public sealed record ContextParagraph(int Paragraph, string Text);

    public sealed record Context(List<ContextParagraph> Before, List<ContextParagraph> After);

    public sealed record StemMatch(string Word, string Stem, bool StandsIn, List<string> Forms);

    public sealed record Explain(List<string> Scoring, List<StemMatch> StemMatches);

    public sealed record SimilarParagraph(string Article, int Paragraph);

    public sealed record Hit(
        string Query, int Rank, double Score, string Article, string Title, List<Range> TitleMatches, int Paragraph, int Paragraphs, string Text,
        List<Range> Matches, Snippet Snippet, string? Date = null, string? DateFrom = null, string? Source = null, string? Outlet = null, string? Author = null,
        string? Url = null, string? Place = null, int? Line = null, Context? Context = null, Explain? Explain = null,
        List<SimilarParagraph>? Similar = null);

    public sealed record Summary(
        string Query, int Total, int Returned, int Offset, double TookMs, int? Line = null, string? Suggestion = null, List<string>? Missing = null,
        string? CountBy = null, int? Articles = null);

    public sealed record CountLine(string Query, string By, string? Key, int Paragraphs, int Articles, int? Line = null);

    public sealed record Count(string By, string? Key, int Paragraphs, int Articles);

    public sealed record QueryResult(
        string Query, int Total, int Returned, int Offset, double TookMs, List<Hit> Hits, int? Line = null, string? Suggestion = null, List<string>? Missing = null,
        string? CountBy = null, int? Articles = null, List<Count>? Counts = null);

    private static List<Envelope> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<Envelope>(l, Strict)!).ToList();

    [Fact]
    public void Json_lines_decode_strictly_into_hits_then_one_summary()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "putin korea", "--format", "jsonl", "--context", "1", "--explain"]);

        var lines = Lines(run.Out);
        Assert.Equal(["hit"], lines.SkipLast(1).Select(l => l.Type).Distinct());
        Assert.Equal("summary", lines[^1].Type);
        var hits = lines.SkipLast(1).Select(l => l.Data.Deserialize<Hit>(Strict)!).ToList();
        var summary = lines[^1].Data.Deserialize<Summary>(Strict)!;
        Assert.Equal(Enumerable.Range(1, hits.Count), hits.Select(h => h.Rank));
        Assert.Equal(hits.Count, summary.Returned);
        Assert.True(summary.Total >= hits.Count);
        Assert.All(hits, h => Assert.Equal("putin korea", h.Query));
        Assert.All(hits, h => Assert.NotNull(h.Explain));
        Assert.All(hits, h => Assert.Equal("MOSKOW", h.Place)); // the dateline: "TRIBUNNEWS.COM, MOSKOW –"
        Assert.All(hits, h => Assert.Equal(("Tribunnews.com", "Tribunnews.com"), (h.Source, h.Outlet)));
        Assert.All(hits, h => Assert.Equal(("2023-09-13", "text"), (h.Date, h.DateFrom))); // "Rabu (13/9/2023)" in its text
    }

    [Fact]
    public void Json_is_one_array_of_query_results()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "putin", "--format", "json", "--top", "2"]);

        var results = JsonSerializer.Deserialize<List<QueryResult>>(run.Out, Strict)!;
        var result = Assert.Single(results);
        Assert.Equal(2, result.Hits.Count);
    }

    [Fact]
    public void A_word_in_no_paragraph_decodes_strictly_as_the_summarys_missing_words()
    {
        var lines = Lines(CliRun.Of(["search", "--index", index.Path, "putin zzqqxx", "--format", "jsonl", "--top", "1"]).Out);
        var results = JsonSerializer.Deserialize<List<QueryResult>>(CliRun.Of(["search", "--index", index.Path, "putin zzqqxx", "--format", "json", "--top", "1"]).Out, Strict)!;

        Assert.Equal(["zzqqxx"], lines[^1].Data.Deserialize<Summary>(Strict)!.Missing);
        Assert.Equal(["zzqqxx"], Assert.Single(results).Missing);
    }

    [Theory]
    [InlineData("putin")]
    [InlineData("zzqqxx")]
    public void Counts_decode_strictly_in_json_lines_and_json(string query)
    {
        var lines = Lines(CliRun.Of(["search", "--index", index.Path, query, "--count-by", "month", "--format", "jsonl"]).Out);
        var result = Assert.Single(JsonSerializer.Deserialize<List<QueryResult>>(
            CliRun.Of(["search", "--index", index.Path, query, "--count-by", "month", "--format", "json"]).Out, Strict)!);

        var counts = lines.SkipLast(1).Select(l => (l.Type, Count: l.Data.Deserialize<CountLine>(Strict)!)).ToList();
        var summary = lines[^1].Data.Deserialize<Summary>(Strict)!;
        Assert.All(counts, c => Assert.Equal(("count", query, "month"), (c.Type, c.Count.Query, c.Count.By)));
        Assert.Equal(("month", summary.Total), (summary.CountBy, counts.Sum(c => c.Count.Paragraphs)));
        Assert.Equal(counts.Select(c => new Count(c.Count.By, c.Count.Key, c.Count.Paragraphs, c.Count.Articles)), result.Counts!);
        Assert.Equal(("month", summary.Articles), (result.CountBy, result.Articles));
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void A_json_query_that_fails_leaves_stdout_empty_not_an_open_array()
    {
        var failed = CliRun.Of(["search", "--index", index.Path, "--syntax", "lucene", "--format", "json", "putin AND ("]);

        Assert.Equal((ExitCodes.Error, ""), (failed.Exit, failed.Out));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    public void Context_is_present_with_empty_lists_when_the_article_has_one_paragraph(string format)
    {
        using var temp = new TempFolder();
        temp.Write("corpus/kopi.txt", "Kopi dari Gayo\nPetani di Aceh memanen kopi arabika pekan ini.\n");
        var indexDir = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", indexDir, "--quiet").ExitCode);

        var run = CliRun.Of(["search", "--index", indexDir, "arabika", "--context", "2", "--format", format]);

        var hit = Assert.Single(format == "jsonl"
            ? Lines(run.Out).Where(l => l.Type == "hit").Select(l => l.Data.Deserialize<Hit>(Strict)!)
            : JsonSerializer.Deserialize<List<QueryResult>>(run.Out, Strict)!.Single().Hits);
        Assert.Equal(1, hit.Paragraphs);
        Assert.NotNull(hit.Context);
        Assert.Empty(hit.Context.Before);
        Assert.Empty(hit.Context.After);
        Assert.Contains("\"context\":{\"before\":[],\"after\":[]}", run.Out);
    }

    [Fact]
    public void Folded_copies_are_listed_on_every_hit_with_the_option_only()
    {
        using var temp = new TempFolder();
        const string wire = "Banjir bandang melanda tiga desa di Garut pada Selasa malam dan merusak dua jembatan serta puluhan rumah warga.";
        temp.Write("corpus/a.txt", $"Banjir di Garut\n{wire}\n");
        temp.Write("corpus/b.txt", $"Garut Diterjang Banjir\nSementara itu, {wire}\n");
        temp.Write("corpus/c.txt", "Warga Mengungsi\nRatusan warga Garut mengungsi karena banjir.\n");
        var indexDir = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", indexDir, "--quiet").ExitCode);

        var folded = Lines(CliRun.Of(["search", "--index", indexDir, "banjir garut", "--fold-similar", "--format", "jsonl"]).Out)
            .Where(l => l.Type == "hit").Select(l => l.Data.Deserialize<Hit>(Strict)!).ToList();
        var listed = Lines(CliRun.Of(["search", "--index", indexDir, "banjir garut", "--format", "jsonl"]).Out)
            .Where(l => l.Type == "hit").Select(l => l.Data.Deserialize<Hit>(Strict)!).ToList();

        Assert.Equal(3, listed.Count);
        Assert.All(listed, h => Assert.Null(h.Similar));
        Assert.Equal(2, folded.Count);
        Assert.All(folded, h => Assert.NotNull(h.Similar));
        var copy = Assert.Single(folded.SelectMany(h => h.Similar!));
        Assert.Contains(copy.Article, new[] { "a.txt", "b.txt" });
        Assert.Equal(0, copy.Paragraph);
        Assert.Empty(folded.Single(h => h.Article == "c.txt").Similar!);

        var text = CliRun.Of(["search", "--index", indexDir, "banjir garut", "--fold-similar", "--color", "never"]).Out;
        Assert.Contains($"    ≈ also {copy.Article} ¶0\n", text);
        var csv = CliRun.Of(["search", "--index", indexDir, "banjir garut", "--fold-similar", "--format", "csv"]).Out;
        Assert.Contains($",{copy.Article}#0,", csv);
    }

    [Fact]
    public void Context_is_left_out_without_the_option()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "putin", "--format", "jsonl"]);

        Assert.All(Lines(run.Out).Where(l => l.Type == "hit"), l => Assert.Null(l.Data.Deserialize<Hit>(Strict)!.Context));
    }

    [Fact]
    public void Only_the_characters_the_json_doc_names_are_escaped()
    {
        // The query is echoed as given: emoji (outside the BMP), a no-break space and U+2028 come out as \u escapes;
        // other non-ASCII and HTML-sensitive characters as they are. docs/json-output.md must say exactly that.
        var run = CliRun.Of(["search", "--index", index.Path, "putin \U0001F600\u00A0\u2028é’—<&", "--format", "jsonl", "--top", "0"]);

        Assert.Contains("\"query\":\"putin \\uD83D\\uDE00\\u00A0\\u2028é’—<&\"", run.Out);
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "json-output.md"));
        Assert.DoesNotContain("non-ASCII text is written as is", doc);
        Assert.Contains("U+1F600 → `\\uD83D\\uDE00`", doc);
        Assert.Contains("U+00A0 → `\\u00A0`", doc);
        Assert.Contains("U+2028", doc);
    }

    [Fact]
    public void Every_match_lies_inside_text_and_covers_a_word_with_a_query_term()
    {
        const string query = "hubungan negara \"Korea Utara\" Putin kunjungan"; // the sample's title has "kunjungan"
        var stemmed = AnalysisChain.CreateStemmedAnalyzer();
        var surface = AnalysisChain.CreateSurfaceAnalyzer();
        var stems = TokenReader.Terms(stemmed, query).ToHashSet();
        var surfaces = TokenReader.Terms(surface, query).ToHashSet();
        var run = CliRun.Of(["search", "--index", index.Path, query, "--format", "jsonl", "--top", "50"]);

        var hits = Lines(run.Out).Where(l => l.Type == "hit").Select(l => l.Data.Deserialize<Hit>(Strict)!).ToList();
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.TitleMatches.Count > 0);
        foreach (var hit in hits)
        {
            Assert.NotEmpty(hit.Matches);
            var previousEnd = -1;
            foreach (var m in hit.Matches)
            {
                Assert.InRange(m.Start, previousEnd + 1, hit.Text.Length);
                Assert.InRange(m.End, m.Start + 1, hit.Text.Length);
                var word = hit.Text[m.Start..m.End];
                var term = TokenReader.Terms(surface, word).Single();
                Assert.True(surfaces.Contains(term) || stems.Contains(TokenReader.Terms(stemmed, word).FirstOrDefault() ?? ""), word);
                previousEnd = m.End;
            }

            foreach (var m in hit.Snippet.Matches)
            {
                Assert.InRange(m.End, m.Start + 1, hit.Snippet.Text.Length);
            }

            foreach (var m in hit.TitleMatches)
            {
                Assert.InRange(m.End, m.Start + 1, hit.Title.Length);
                var word = hit.Title[m.Start..m.End];
                Assert.True(surfaces.Contains(TokenReader.Terms(surface, word).Single()) || stems.Contains(TokenReader.Terms(stemmed, word).FirstOrDefault() ?? ""), word);
            }
        }
    }
}
