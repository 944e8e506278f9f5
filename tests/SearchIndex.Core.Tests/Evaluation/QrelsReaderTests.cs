using SearchIndex.Core.Evaluation;

namespace SearchIndex.Core.Tests.Evaluation;

public sealed class QrelsReaderTests
{
    private static IReadOnlyList<JudgedQuery> Read(string qrels, string? queries = null) =>
        QrelsReader.Read(
            new StringReader(qrels),
            "qrels.tsv",
            queries is null ? null : QrelsReader.ReadQueries(new StringReader(queries), "queries.tsv"));

    [Fact]
    public void Query_tab_article_lines_group_by_query_text_in_first_seen_order()
    {
        var q = Read("Putin Korea\ta.txt\n\n# comment\nharga cabai\tb.txt\nPutin Korea\tc.txt\n");

        Assert.Equal(["Putin Korea", "harga cabai"], q.Select(x => x.Text));
        Assert.Equal("Putin Korea", q[0].Id);
        Assert.Equal([new Judgment("a.txt", null, 1), new Judgment("c.txt", null, 1)], q[0].Judgments);
        Assert.False(q[0].HasParagraphJudgments);
    }

    [Fact]
    public void Qid_tab_query_tab_article_lines_group_by_qid()
    {
        var q = Read("fq001\tSiapa pelatih Inggris?\tx.txt\nfq002\tSiapa pelatih Inggris?\ty.txt#3\n");

        Assert.Equal(["fq001", "fq002"], q.Select(x => x.Id));
        Assert.Equal("Siapa pelatih Inggris?", q[1].Text);
        Assert.Equal(new Judgment("y.txt", 3, 1), q[1].Judgments.Single());
        Assert.True(q[1].HasParagraphJudgments);
    }

    [Fact]
    public void Trec_lines_take_texts_from_the_queries_file_and_read_graded_paragraph_docids()
    {
        var q = Read("q1 0 a.txt#0 2\nq1\t0\tb.txt\t0\nq2 0 c.txt 1\n", "q1\tbanjir jakarta\nq2\tgempa\n");

        Assert.Equal(2, q.Count);
        Assert.Equal("banjir jakarta", q[0].Text);
        Assert.Equal([new Judgment("a.txt", 0, 2), new Judgment("b.txt", null, 0)], q[0].Judgments);
        Assert.Equal(new Judgment("c.txt", null, 1), q[1].Judgments.Single());
    }

    /// <summary>
    /// Files saved with a byte-order mark and concatenated (<c>cat a.qrels b.qrels</c>) hold one at the start of a line:
    /// it is no part of the qid (<c>q2</c> was "not in the queries file" while it was, as <c>\uFEFFq2</c>), nor hides a comment.
    /// </summary>
    [Fact]
    public void A_byte_order_mark_opening_a_line_is_no_part_of_its_first_field()
    {
        var q = Read("q1 0 a.txt 1\n\uFEFF# second file\n\uFEFFq2 0 c.txt 1\n", "q1\tbanjir jakarta\n\uFEFFq2\tgempa\n");

        Assert.Equal(["q1", "q2"], q.Select(x => x.Id));
        Assert.Equal("gempa", q[1].Text);
    }

    /// <summary>
    /// TREC fields are separated by spaces or tabs, mixed on one line too (as trec_eval reads them): a line with a tab
    /// or two among its four fields is not a tabbed <c>qid&lt;TAB&gt;query&lt;TAB&gt;article</c> line whose article is
    /// the grade (no article id is a bare number).
    /// </summary>
    [Fact]
    public void Trec_lines_may_mix_tabs_and_spaces()
    {
        var q = Read("q1\t0\ta.txt 2\nq1 0 b.txt\t1\n", "q1\tbanjir jakarta\n");

        Assert.Equal("banjir jakarta", q.Single().Text);
        Assert.Equal([new Judgment("a.txt", null, 2), new Judgment("b.txt", null, 1)], q.Single().Judgments);
    }

    /// <summary>A <c>.jsonl</c> file is never an article itself, so <c>feed.jsonl#1</c> is its record <c>1</c>.</summary>
    [Fact]
    public void Jsonl_record_ids_are_articles_whatever_their_id_and_a_number_after_one_is_its_paragraph()
    {
        var q = Read("q1 0 feed.jsonl#1 1\nq1 0 feed.jsonl#a2 2\nq1 0 Feed.JSONL#a2#0 1\n", "q1\twarga\n");

        Assert.Equal(
            [new Judgment("feed.jsonl#1", null, 1), new Judgment("feed.jsonl#a2", null, 2), new Judgment("Feed.JSONL#a2", 0, 1)],
            q.Single().Judgments);
    }

    [Theory]
    [InlineData("a\tb.txt\nonly-one-field\n", "qrels.tsv:2: expected `query<TAB>article`")]
    [InlineData("# header\nq1 0 a.txt 1\nq1 0 a.txt high\n", "qrels.tsv:3: expected TREC `qid 0 docid rel`")]
    [InlineData("q1 0 a.txt#x 1\n", "qrels.tsv:1: docid `a.txt#x` must be")]
    [InlineData("q9 0 a.txt 1\n", "qrels.tsv:1: query id `q9` is not in the queries file")]
    [InlineData("id\tq\ta.txt\nid\t\tb.txt\n", "qrels.tsv:2: field 2 of `qid<TAB>query<TAB>article` is empty")]
    [InlineData("q1\tbanjir\ta.txt\nq1\tgempa\tb.txt\n", "qrels.tsv:2: query id `q1` appears with another query text")]
    // A graded tabbed line: read as qid, query, article, it ran the article's name as the query against article `2`.
    [InlineData("banjir jakarta\ta.txt\t2\n", "qrels.tsv:1: the last field `2` is a number, not an article")]
    [InlineData("banjir\ta.txt\t2\n", "qrels.tsv:1: the last field `2` is a number, not an article")]
    public void A_bad_line_is_bad_input_naming_the_file_and_line(string qrels, string messageStart)
    {
        var e = Assert.Throws<SearchIndexException>(() => Read(qrels, "q1\tbanjir\n"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.StartsWith(messageStart, e.Message);
    }

    /// <summary>
    /// Judgments of a topic the queries file lacks (qrels of a larger set, or an empty queries file) are refused, and the
    /// line says both ways on: the message had only said what was wrong.
    /// </summary>
    [Fact]
    public void A_qid_missing_from_the_queries_file_says_what_to_do()
    {
        var e = Assert.Throws<SearchIndexException>(() => Read("q1 0 a.txt 1\nq9 0 a.txt 1\n", "q1\tbanjir\n"));

        Assert.Equal("qrels.tsv:2: query id `q9` is not in the queries file; add a `q9<TAB>query` line to it, or leave the judgments of `q9` out", e.Message);
    }

    [Fact]
    public void Trec_qrels_without_a_queries_file_are_bad_input()
    {
        var e = Assert.Throws<SearchIndexException>(() => Read("q1 0 a.txt 1\n"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.StartsWith("qrels.tsv:1: TREC qrels need a queries file", e.Message);
    }

    [Theory]
    [InlineData("q1 banjir\n", "queries.tsv:1: expected `qid<TAB>query`")]
    [InlineData("q1\tbanjir\nq1\tgempa\n", "queries.tsv:2: query id `q1` appears twice (also on line 1, another query): give each query its own id")]
    [InlineData("q1\tbanjir\n\nq1\tbanjir\n", "queries.tsv:3: query id `q1` appears twice (line 1 is the same line): delete one of them")]
    // A collection file (`qid<TAB>query<TAB>article`) given as --queries: its article id ran as part of every query, and
    // factoid's article MRR@10 went from 0.870 to 0.858 without a word said.
    [InlineData("fq1\tSiapa pelatih timnas?\tclickid-tempo-01418.txt\n", "queries.tsv:1: expected `qid<TAB>query`, got 3 tab-separated fields")]
    public void A_bad_queries_line_names_the_file_and_line(string queries, string messageStart)
    {
        var e = Assert.Throws<SearchIndexException>(
            () => QrelsReader.ReadQueries(new StringReader(queries), "queries.tsv"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.StartsWith(messageStart, e.Message);
    }

    [Fact]
    public void Files_are_read_from_disk_and_a_missing_file_is_bad_input()
    {
        var dir = Directory.CreateTempSubdirectory("si-qrels-");
        try
        {
            var qrels = Path.Combine(dir.FullName, "dev.qrels");
            var queries = Path.Combine(dir.FullName, "dev.queries.tsv");
            File.WriteAllText(qrels, "q1 0 a.txt#2 1\n");
            File.WriteAllText(queries, "q1\tSiapa pelatih timnas Inggris?\n");

            var q = QrelsReader.ReadFiles(qrels, queries).Single();
            Assert.Equal("Siapa pelatih timnas Inggris?", q.Text);

            var e = Assert.Throws<SearchIndexException>(
                () => QrelsReader.ReadFiles(Path.Combine(dir.FullName, "missing.tsv")));
            Assert.Equal(ErrorKind.BadInput, e.Kind);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
