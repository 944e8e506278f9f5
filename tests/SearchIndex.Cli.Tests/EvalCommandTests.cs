using System.Text.Json;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// <c>searchindex eval</c> over a three-article corpus whose rankings are obvious, so every figure is worked out by
/// hand: each article is a title line and two paragraphs, numbered 0 and 1 by SearchIndex (title not counted).
/// </summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _index;

    public EvalCommandTests()
    {
        _temp.Write("corpus/a.txt", "Gajah Sumatra\nGajah liar masuk kebun warga.\nWarga melapor ke polisi.\n");
        _temp.Write("corpus/b.txt", "Harimau Jawa\nHarimau jawa sudah punah.\nKebun binatang menyimpan foto harimau.\n");
        _temp.Write("corpus/c.txt", "Kopi Gayo\nKopi gayo diekspor ke Eropa.\nPetani kopi memanen buah.\n");
        _index = _temp.Combine("index");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", _temp.Combine("corpus"), "--index", _index, "--quiet"]).Exit);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--qrels", "-")]
    [InlineData("--queries", "-")]
    public void Standard_input_is_refused_by_name_not_as_a_missing_file(string option, string value)
    {
        _temp.Write("q.qrels", "q1 0 a.txt 1\n");
        string[] args = option == "--qrels" ? ["--qrels", value] : ["--qrels", _temp.Combine("q.qrels"), "--queries", value];
        var run = CliRun.Of(["eval", "--index", _index, .. args], stdin: "q1\tgajah\n");

        Assert.Equal((ExitCodes.Error, "searchindex: eval reads --qrels and --queries from files, not standard input ('-'); save them to a file and name it\n"), (run.Exit, run.Error));
    }

    private CliRun Eval(params string[] args) => CliRun.Of(["eval", "--index", _index, .. args]);

    /// <summary>
    /// kopi gayo → c (rank 1), harimau → b (rank 1), warga → judged b but only a matches (no relevant hit),
    /// zzzqqq → nothing at all (a zero-hit query): MRR@10 = (1 + 1 + 0 + 0) / 4 = 0.5, S@1 = S@10 = 0.5.
    /// </summary>
    [Fact]
    public void Json_summary_has_the_hand_computed_figures()
    {
        var qrels = _temp.Write("qrels.tsv", "kopi gayo\tc.txt\nharimau\tb.txt\nwarga\tb.txt\nzzzqqq\ta.txt\n");

        var run = Eval("--qrels", qrels, "--format", "json");

        Assert.Equal(ExitCodes.Success, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("queries").GetInt32());
        Assert.Equal(1, root.GetProperty("zero_hit_queries").GetInt32());
        Assert.Equal(100, root.GetProperty("depth").GetInt32());
        var article = root.GetProperty("article");
        Assert.Equal(0.5, article.GetProperty("mrr10").GetDouble(), 6);
        Assert.Equal(0.5, article.GetProperty("s1").GetDouble(), 6);
        Assert.Equal(0.5, article.GetProperty("s10").GetDouble(), 6);
        Assert.Equal(0.5, article.GetProperty("recall100").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("paragraph").ValueKind);
    }

    [Fact]
    public void Judged_articles_missing_from_the_index_are_warned_about()
    {
        var qrels = _temp.Write("typo.tsv", "kopi gayo\tc.txt\nharimau\tb\nwarga\tz.txt\n");

        var run = Eval("--qrels", qrels);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: warning: 2 judged article(s) are not in the index, so they count as misses (first: 'b'); check the ids against the corpus paths\n", run.Error);
    }

    [Fact]
    public void A_very_long_judged_id_is_shortened_in_the_warning()
    {
        // A qrels column pasted whole into one id (a reviewer's 2 MB one was printed whole, on one line of stderr).
        var id = new string('x', 5000) + ".txt";
        var qrels = _temp.Write("long.tsv", $"kopi gayo\tc.txt\nharimau\t{id}\n");

        var run = Eval("--qrels", qrels);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal($"searchindex: warning: 1 judged article(s) are not in the index, so they count as misses (first: '{new string('x', 200)}…'); check the ids against the corpus paths\n", run.Error);
    }

    [Fact]
    public void Judged_paragraphs_outside_their_article_are_warned_about()
    {
        // a.txt has paragraphs 0 and 1 after its title; #2 is the title-as-0 count of its last one.
        var qrels = _temp.Write("ordinals.qrels", "q1 0 a.txt#1 1\nq2 0 a.txt#2 1\nq3 0 c.txt#9 1\n");
        var queries = _temp.Write("ordinals.queries.tsv", "q1\twarga melapor\nq2\twarga melapor polisi\nq3\tkopi\n");

        var run = Eval("--qrels", qrels, "--queries", queries);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: warning: 2 judged paragraph(s) are not in their article, so they count as misses (first: 'a.txt#2'); paragraphs count from 0 after the title (--paragraph-offset -1 for qrels that count the title as 0)\n", run.Error);
        Assert.StartsWith("searchindex: warning: 1 judged paragraph(s) are not in their article, so they count as misses (first: 'c.txt#8')",
            Eval("--qrels", qrels, "--queries", queries, "--paragraph-offset", "-1").Error);
    }

    /// <summary>
    /// A judgment of grade 0 or less is never a miss: pooled TREC qrels name many judged-not-relevant documents, and
    /// those the index lacks change no figure, so they are not counted in the warnings that say "count as misses".
    /// </summary>
    [Fact]
    public void Judgments_that_are_not_relevant_are_not_warned_about_as_misses()
    {
        var qrels = _temp.Write("pool.qrels", "q1 0 c.txt 1\nq1 0 gone.txt 0\nq1 0 also-gone.txt -1\nq1 0 a.txt#9 0\nq1 0 z.txt 2\n");
        var queries = _temp.Write("pool.queries.tsv", "q1\tkopi\n");

        var run = Eval("--qrels", qrels, "--queries", queries);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: warning: 1 judged article(s) are not in the index, so they count as misses (first: 'z.txt'); check the ids against the corpus paths\n", run.Error);
    }

    [Fact]
    public void Qrels_without_judgments_are_an_error()
    {
        var qrels = _temp.Write("empty.tsv", "\n");

        var run = Eval("--qrels", qrels);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("no judgments", run.Error);
    }

    [Theory]
    [InlineData("q1 0 a.txt 0\nq2 0 b.txt 0\n", "no judgment is relevant")] // every grade 0: not an empty table
    [InlineData("gajah\ta.txt\n", "is for TREC qrels")] // --queries beside qrels that carry their own: not ignored
    public void Qrels_that_measure_nothing_or_a_queries_file_they_do_not_use_are_an_error(string qrels, string message)
    {
        var run = Eval("--qrels", _temp.Write("odd.qrels", qrels), "--queries", _temp.Write("odd.queries.tsv", "q1\tgajah\nq2\tharimau\n"));

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains(message, run.Error);
    }

    /// <summary>
    /// TREC qrels numbered with the title line as paragraph 0: c.txt#1 is SearchIndex's paragraph 0, the only one
    /// with all three words, so it ranks first (MRR 1); read unshifted, c.txt#1 is "Petani kopi ..." at rank 2 (0.5).
    /// </summary>
    [Theory]
    [InlineData("-1", 1.0)]
    [InlineData("0", 0.5)]
    public void Paragraph_offset_maps_title_counted_ordinals_to_ours(string offset, double expectedMrr)
    {
        var qrels = _temp.Write("p.qrels", "q1 0 c.txt#1 1\n");
        var queries = _temp.Write("p.queries.tsv", "q1\tkopi gayo diekspor\n");

        var run = Eval("--qrels", qrels, "--queries", queries, "--paragraph-offset", offset, "--format", "json");

        Assert.Equal(ExitCodes.Success, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1.0, json.RootElement.GetProperty("article").GetProperty("mrr10").GetDouble(), 6);
        Assert.Equal(expectedMrr, json.RootElement.GetProperty("paragraph").GetProperty("mrr10").GetDouble(), 6);
    }

    /// <summary>
    /// Fewer hits than a cut-off make its figure one of a shallower cut-off under the same heading: with --top 5 the
    /// "MRR@10" column is MRR@5. The report said so only by its `depth`; now stderr says which figures are cut.
    /// </summary>
    [Theory]
    [InlineData("5", "searchindex: warning: --top 5 is below the metrics' cut-offs: MRR@10, nDCG@10, S@10 and Recall@100 count only the first 5 hits\n")]
    [InlineData("50", "searchindex: warning: --top 50 is below Recall@100's cut-off: it counts only the first 50 hits\n")]
    [InlineData("100", "")]
    [InlineData("150", "")]
    public void A_depth_below_a_cut_off_is_warned_about(string top, string warning)
    {
        var qrels = _temp.Write("qrels.tsv", "kopi gayo\tc.txt\nharimau\tb.txt\n");

        var run = Eval("--qrels", qrels, "--top", top);

        Assert.Equal((ExitCodes.Success, warning), (run.Exit, run.Error));
    }

    [Fact]
    public void Text_output_is_a_table_and_per_query_file_has_a_line_per_query()
    {
        var qrels = _temp.Write("qrels.tsv", "kopi gayo\tc.txt\nwarga\tb.txt\n");
        var perQuery = _temp.Combine("per-query.jsonl");

        var run = Eval("--qrels", qrels, "--per-query", perQuery);

        Assert.Equal(ExitCodes.Success, run.Exit);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("queries 2, zero-hit 0, unjudged 0, depth 100", lines[0]);
        Assert.StartsWith("level", lines[1]);
        Assert.Matches(@"^article\s+2\s+0\.500\s", lines[2]);
        Assert.Equal(3, lines.Length);
        var records = File.ReadAllLines(perQuery).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["kopi gayo", "warga"], records.Select(r => r.GetProperty("qid").GetString()));
        Assert.Equal(1, records[0].GetProperty("article").GetProperty("first_rank").GetInt32());
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("article").GetProperty("first_rank").ValueKind);
    }

    [Fact]
    public void A_bad_qrels_line_exits_2_naming_file_and_line()
    {
        var qrels = _temp.Write("bad.tsv", "# judgments\nkopi gayo\tc.txt\nno tab here\n");

        var run = Eval("--qrels", qrels);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith("searchindex: bad.tsv:3: ", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("kopi gayo\tc.txt\n\tc.txt\n", "bad.tsv:2: field 1 of `query<TAB>article` is empty")]
    [InlineData("q1\tkopi gayo\tc.txt\n\tkopi\tc.txt\n", "bad.tsv:2: field 1 of `qid<TAB>query<TAB>article` is empty")]
    public void An_empty_first_field_is_named_not_miscounted(string lines, string message)
    {
        var run = Eval("--qrels", _temp.Write("bad.tsv", lines));

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: {message}\n", run.Error);
    }

    [Fact]
    public void Qrels_that_are_a_folder_say_so()
    {
        var run = Eval("--qrels", _temp.Combine("corpus"));

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("is a folder", run.Error);
    }

    [Fact]
    public void Per_query_to_stdout_is_refused_before_any_query_runs_and_no_file_named_dash_appears()
    {
        var run = Eval("--qrels", _temp.Write("qrels.tsv", "kopi\tc.txt\n"), "--per-query", "-");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("--per-query '-'", run.Error);
        Assert.Equal("", run.Out);
        Assert.False(File.Exists("-"));
    }

    /// <summary>
    /// The per-query file is written after every query ran: a path it cannot be written to is refused first, before
    /// the index is even opened (here there is none), not after minutes of queries.
    /// </summary>
    [Theory]
    [InlineData("corpus", "--per-query '{0}' is a folder; give a file to write")]
    [InlineData("no-such-folder/per-query.jsonl", "--per-query '{0}': there is no folder '{1}' to write it in; create it, or give another path")]
    public void A_per_query_path_that_cannot_be_written_is_refused_before_any_query_runs(string relative, string message)
    {
        var target = _temp.Combine(relative);
        var run = CliRun.Of(["eval", "--index", _temp.Combine("no-index"), "--qrels", _temp.Write("qrels.tsv", "kopi\tc.txt\n"), "--per-query", target]);

        Assert.Equal((ExitCodes.Error, $"searchindex: {string.Format(System.Globalization.CultureInfo.InvariantCulture, message, target, _temp.Combine("no-such-folder"))}\n", ""),
            (run.Exit, run.Error, run.Out));
    }

    [Fact]
    public void Judgments_that_are_not_utf8_are_an_error_naming_the_line_not_queries_of_replacement_characters()
    {
        var qrels = _temp.WriteBytes("latin1.tsv", [.. "kopi\tc.txt\ncaf"u8, 0xE9, .. "\tc.txt\n"u8]);

        var run = Eval("--qrels", qrels);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("line 2: invalid UTF-8", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Per_query_onto_the_judgments_file_is_refused_and_the_judgments_stay()
    {
        var qrels = _temp.Write("qrels.tsv", "kopi\tc.txt\n");

        var link = _temp.Combine("qrels-link.tsv");
        File.CreateSymbolicLink(link, qrels);

        var run = Eval("--qrels", qrels, "--per-query", Path.Combine(_temp.Path, ".", "qrels.tsv"));
        var linked = Eval("--qrels", link, "--per-query", qrels);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("is an input of this evaluation", run.Error);
        Assert.Equal(ExitCodes.Error, linked.Exit);
        Assert.Equal("kopi\tc.txt\n", File.ReadAllText(qrels));
    }

    [Fact]
    public void Per_query_onto_a_hard_link_of_the_judgments_is_refused_too()
    {
        var qrels = _temp.Write("judged.tsv", "kopi\tc.txt\n");
        var hard = _temp.Combine("judged-hard.tsv");
        using (var ln = System.Diagnostics.Process.Start("ln", [qrels, hard]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        var run = Eval("--qrels", qrels, "--per-query", hard);
        var other = Eval("--qrels", qrels, "--per-query", _temp.Combine("per-query.jsonl"));

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("is an input of this evaluation", run.Error);
        Assert.Equal("kopi\tc.txt\n", File.ReadAllText(qrels));
        Assert.Equal(ExitCodes.Success, other.Exit); // a file of its own is still written
    }

    [Fact]
    public void A_paragraph_offset_below_zero_is_an_error_naming_the_judgment()
    {
        var run = Eval("--qrels", _temp.Write("qrels.tsv", "kopi\tc.txt#0\n"), "--paragraph-offset", "-1");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("makes paragraph 0 of 'c.txt' (query kopi) negative", run.Error);
    }

    [Fact]
    public void A_paragraph_offset_past_the_largest_ordinal_does_not_wrap_round()
    {
        var run = Eval("--qrels", _temp.Write("qrels.tsv", "kopi\tc.txt#3\n"), "--paragraph-offset", "2147483647");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("makes paragraph 3 of 'c.txt' (query kopi) larger than any paragraph ordinal", run.Error);
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--format", "jsonl")]
    public void Bad_options_exit_2(string option, string value)
    {
        var qrels = _temp.Write("qrels.tsv", "kopi\tc.txt\n");

        Assert.Equal(ExitCodes.Error, Eval("--qrels", qrels, option, value).Exit);
    }

    /// <summary>
    /// A title-like query finds the article whose Title-Case title holds every word (<c>Jalani</c> is left unstemmed
    /// there), above a paragraph elsewhere that has the same words in running text (where <c>jalan</c> is indexed).
    /// </summary>
    [Fact]
    public void A_query_that_is_an_articles_title_ranks_that_article_first()
    {
        _temp.Write("corpus/d.txt", "Warga Jalani Vaksinasi Massal\nVaksinasi dimulai pagi di balai desa.\n");
        _temp.Write("corpus/e.txt", "Kabar Desa Hari Ini\nWarga desa jalani vaksinasi massal dan warga lain jalan kaki ke pasar.\n");
        var index = _temp.Combine("index2");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", _temp.Combine("corpus"), "--index", index, "--quiet"]).Exit);
        var qrels = _temp.Write("title.tsv", "Warga Jalani Vaksinasi Massal\td.txt\n");

        var run = CliRun.Of(["eval", "--index", index, "--qrels", qrels, "--format", "json"]);

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1.0, json.RootElement.GetProperty("article").GetProperty("mrr10").GetDouble(), 6);
    }

    [Fact]
    public void Missing_qrels_option_exits_2() => Assert.Equal(ExitCodes.Error, Eval().Exit);
}
