namespace SearchIndex.Cli.Tests;

/// <summary>
/// Standard output that cannot be written: a full disk or a closed descriptor is one error line and exit 2, never a
/// crash or a lost result behind exit 0; a reader that went away (<c>| head</c>) still ends the run quietly.
/// </summary>
public sealed class OutputFailureTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private const string FullDisk = "exec \"$@\" > /dev/full";
    private const string ClosedStdout = "exec \"$@\" >&-";

    [Theory]
    [InlineData("search", "--index", "INDEX", "putin", "--format", "jsonl")]
    [InlineData("search", "--index", "INDEX", "putin", "--format", "json")]
    [InlineData("search", "--index", "INDEX", "putin", "--format", "text")]
    [InlineData("analyze", "--format", "jsonl", "satu")]
    public void Output_to_a_full_disk_is_one_error_line_and_exit_2(params string[] args)
    {
        var (code, _, error) = ChildProcess.RunInShell(FullDisk, WithIndex(args));

        Assert.Equal("searchindex: cannot write output: No space left on device\n", error);
        Assert.Equal(ExitCodes.Error, code);
    }

    [Fact]
    public void An_index_summary_to_a_full_disk_is_an_error_not_a_silent_success()
    {
        using var temp = new TempFolder();

        var (code, _, error) = ChildProcess.RunInShell(FullDisk, "index", "--corpus", RepositoryPaths.SampleCorpus, "--index", temp.Combine("index"), "--json");

        Assert.Equal("searchindex: cannot write output: No space left on device\n", error);
        Assert.Equal(ExitCodes.Error, code);
    }

    [Theory]
    [InlineData("search", "--index", "INDEX", "putin", "--format", "jsonl")]
    [InlineData("analyze", "--format", "jsonl", "satu")]
    public void Output_to_a_closed_stdout_is_one_error_line_and_exit_2(params string[] args)
    {
        var (code, _, error) = ChildProcess.RunInShell(ClosedStdout, WithIndex(args));

        Assert.Equal("searchindex: cannot write output: Bad file descriptor\n", error);
        Assert.Equal(ExitCodes.Error, code);
    }

    [Theory]
    [InlineData("exec \"$@\" 2> /dev/full", 1, "search", "--index", "INDEX", "jokowwi")] // no hits, and a suggestion
    [InlineData("exec \"$@\" 2> /dev/full", 2, "search", "--index", "/nonexistent/index", "putin")]
    [InlineData("exec \"$@\" 2>&-", 2, "search", "--index", "/nonexistent/index", "putin")]
    [InlineData("exec \"$@\" 2>&-", 0, "search", "--index", "INDEX", "putin", "--top", "0")]
    public void Standard_error_that_cannot_be_written_loses_the_message_but_not_the_exit_status(string script, int expected, params string[] args)
    {
        // It had crashed the process (exit 134) from inside the handler of the error it was reporting.
        var (code, _, _) = ChildProcess.RunInShell(script, WithIndex(args));

        Assert.Equal(expected, code);
    }

    [Fact]
    public void A_reader_that_went_away_ends_the_run_quietly()
    {
        using var temp = new TempFolder();

        var (code, _, error) = ChildProcess.RunInShell(ReaderGone(temp), "search", "--index", index.Path, "putin", "--format", "jsonl");

        Assert.Equal("", error);
        Assert.Equal(ExitCodes.Success, code);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void A_reader_that_went_away_does_not_turn_no_hits_into_a_success(string format)
    {
        // Exit 0 had followed "no hits" on stderr whenever the reader left before the summary was written
        // (`searchindex search nohit | true`): the status depended on a race with the reader.
        using var temp = new TempFolder();

        var (code, _, error) = ChildProcess.RunInShell(ReaderGone(temp), "search", "--index", index.Path, "zzqqxx", "--format", format);

        Assert.Equal("searchindex: no hits for 'zzqqxx'\n", error);
        Assert.Equal(ExitCodes.NoMatch, code);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void A_reader_that_went_away_does_not_turn_no_hits_into_a_success_under_peer_repeat(string format)
    {
        // PEER_REPEAT (the peers' harness timing passes) flushes the printed pass before the timed ones; that flush
        // met the closed pipe first and returned 0.
        using var temp = new TempFolder();

        var (code, _, error) = ChildProcess.RunInShell("export PEER_REPEAT=2\n" + ReaderGone(temp), "search", "--index", index.Path, "zzqqxx", "--format", format);

        Assert.Contains("searchindex: no hits for 'zzqqxx'\n", error);
        Assert.Equal(ExitCodes.NoMatch, code);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void A_reader_that_went_away_part_way_does_not_hide_a_failed_batch_line(string format)
    {
        // Line 1 is a syntax error; the hits of the lines after it fill the output buffer, whose write then meets the
        // closed pipe in the middle of the batch. That had ended the run with 0, the error on stderr notwithstanding.
        using var temp = new TempFolder();
        var queries = temp.Combine("q.txt");
        File.WriteAllText(queries, "putin AND (\n" + string.Concat(Enumerable.Repeat("putin\n", 300)));

        var (code, _, error) = ChildProcess.RunInShell(ReaderGone(temp), "search", "--index", index.Path, "--queries-file", queries, "--syntax", "lucene", "--format", format);

        Assert.StartsWith("searchindex: line 1: query syntax error", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Error, code);
    }

    [Fact]
    public void A_reader_that_went_away_part_way_through_a_batch_without_hits_leaves_it_without_hits()
    {
        using var temp = new TempFolder();
        var queries = temp.Combine("q.txt");
        File.WriteAllText(queries, string.Concat(Enumerable.Repeat("zzqqxx\n", 3000))); // summaries past the output buffer

        var (code, _, _) = ChildProcess.RunInShell(ReaderGone(temp), "search", "--index", index.Path, "--queries-file", queries, "--format", "jsonl");

        Assert.Equal(ExitCodes.NoMatch, code);
    }

    [Fact]
    public void A_reader_that_went_away_does_not_hide_a_skipped_file()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("corpus");
        Directory.CreateDirectory(corpus);
        File.Copy(RepositoryPaths.SampleArticle, Path.Combine(corpus, "a.txt"));
        File.WriteAllBytes(Path.Combine(corpus, "b.txt"), [0x61, 0x00, 0x62]);

        var (code, _, error) = ChildProcess.RunInShell(ReaderGone(temp), "index", "--corpus", corpus, "--index", temp.Combine("index"), "--json");

        Assert.Contains("b.txt: binary file", error);
        Assert.Equal(ExitCodes.Error, code);
    }

    /// <summary>
    /// Runs the CLI into a pipe whose only reader has opened and closed it before the CLI starts: the first write
    /// fails with EPIPE, as after `| head -1`, with no race between reader and writer.
    /// </summary>
    private static string ReaderGone(TempFolder temp) => $"""
        cd '{temp.Path}' && mkfifo data closed || exit 99
        ( exec 3< data; exec 3<&-; echo > closed ) &
        exec 4> data
        read line < closed
        "$@" >&4
        """;

    private string[] WithIndex(string[] args) => args.Select(a => a == "INDEX" ? index.Path : a).ToArray();
}
