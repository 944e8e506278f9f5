using System.Text.Json;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// <c>searchindex eval</c> over a JSONL corpus, whose article ids are <c>feed.jsonl#id</c>: a docid is read against
/// the ids the index holds, so a record id is never taken for a paragraph ordinal, and one holding <c>#</c> is found.
/// Each judgment is run as tab-separated and as TREC qrels.
/// </summary>
public sealed class EvalJsonLinesTests(EvalJsonLinesTests.JsonLinesIndex index) : IClassFixture<EvalJsonLinesTests.JsonLinesIndex>
{
    /// <summary>
    /// Records <c>1</c>, <c>a2</c> (paragraphs 0 "Warga panik." and 1 "Polisi berjaga."), <c>b#0</c> and <c>b</c>
    /// (paragraph 0 "Hujan deras."), each the only or first match of its query.
    /// </summary>
    public sealed class JsonLinesIndex : IDisposable
    {
        private readonly TempFolder _temp = new();

        public JsonLinesIndex()
        {
            _temp.Write("corpus/feed.jsonl", """
                {"id":"1","body":"Warga mengungsi."}
                {"id":"a2","title":"Kabar Kampung","body":"Warga panik.\nPolisi berjaga."}
                {"id":"b#0","body":"Banjir besar melanda."}
                {"id":"b","title":"Cuaca","body":"Hujan deras.\nBanjir kecil."}
                """);
            Path = _temp.Combine("index");
            var run = CliRun.Of(["index", "--corpus", _temp.Combine("corpus"), "--index", Path, "--quiet"]);
            Assert.Equal(ExitCodes.Success, run.Exit);
        }

        public string Path { get; }

        /// <summary>Writes a judgments file next to the index and returns its path.</summary>
        public string Write(string name, string text) => _temp.Write(name, text);

        public void Dispose() => _temp.Dispose();
    }

    private CliRun Eval(bool trec, string query, string docId, params string[] args)
    {
        var name = Guid.NewGuid().ToString("N");
        var qrels = trec
            ? index.Write($"{name}.qrels", $"q1 0 {docId} 1\n")
            : index.Write($"{name}.tsv", $"{query}\t{docId}\n");
        string[] queries = trec ? ["--queries", index.Write($"{name}.queries.tsv", $"q1\t{query}\n")] : [];
        return CliRun.Of(["eval", "--index", index.Path, "--qrels", qrels, .. queries, "--format", "json", .. args]);
    }

    /// <summary>The article and paragraph MRR@10 (null when no paragraph is judged) of a run that must warn of nothing.</summary>
    private static (double Article, double? Paragraph) Mrr(CliRun run)
    {
        Assert.Equal("", run.Error);
        Assert.Equal(ExitCodes.Success, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var paragraph = json.RootElement.GetProperty("paragraph");
        return (json.RootElement.GetProperty("article").GetProperty("mrr10").GetDouble(),
            paragraph.ValueKind == JsonValueKind.Null ? null : paragraph.GetProperty("mrr10").GetDouble());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_numeric_record_id_is_judged_as_the_record_not_a_paragraph_of_the_file(bool trec) =>
        Assert.Equal((1.0, null), Mrr(Eval(trec, "mengungsi", "feed.jsonl#1")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_record_id_that_is_not_a_number_is_judged_as_the_record(bool trec) =>
        Assert.Equal((1.0, null), Mrr(Eval(trec, "panik", "feed.jsonl#a2")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_records_paragraph_is_judged_by_paragraph(bool trec) =>
        Assert.Equal((1.0, 1.0), Mrr(Eval(trec, "warga panik", "feed.jsonl#a2#0")));

    /// <summary><c>feed.jsonl#b#0</c> could be paragraph 0 of record <c>b</c>; the index holds record <c>b#0</c>.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_record_id_holding_a_hash_is_that_record_when_the_index_has_it(bool trec) =>
        Assert.Equal((1.0, null), Mrr(Eval(trec, "banjir besar", "feed.jsonl#b#0")));

    /// <summary>Only paragraphs are shifted: record <c>b#0</c> would be "paragraph -1" if its id were shifted too.</summary>
    [Theory]
    [InlineData("feed.jsonl#b#0", "banjir besar", null)]
    [InlineData("feed.jsonl#a2#1", "warga panik", 1.0)]
    public void The_paragraph_offset_shifts_paragraphs_and_leaves_record_ids_alone(string docId, string query, double? paragraphMrr) =>
        Assert.Equal((1.0, paragraphMrr), Mrr(Eval(false, query, docId, "--paragraph-offset", "-1")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_record_the_index_lacks_is_warned_about_by_its_id(bool trec)
    {
        var run = Eval(trec, "mengungsi", "feed.jsonl#9");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.StartsWith("searchindex: warning: 1 judged article(s) are not in the index, so they count as misses (first: 'feed.jsonl#9')", run.Error);
    }
}
