using System.Text.Json;

namespace SearchIndex.Cli.Tests;

public class IndexCommandTests
{
    [Fact]
    public void Summary_line_counts_articles_paragraphs_and_speed()
    {
        using var temp = new TempFolder();

        var (code, output, error) = CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", temp.Combine("index"));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Matches(@"^indexed 1 article \(11 paragraphs, 0\.0 MB\) in \d+\.\d s, \d+\.\d MB/s\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_corpus_path_that_does_not_exist_is_one_line_and_leaves_no_index_folder_behind()
    {
        using var temp = new TempFolder();

        var (code, _, error) = CliRun.Invoke("index", "--corpus", temp.Combine("nyet"), "--index", temp.Combine("index"));

        Assert.Equal(2, code);
        Assert.StartsWith($"searchindex: --corpus: '{temp.Combine("nyet")}' does not exist", error);
        Assert.False(Directory.Exists(temp.Combine("index")));
    }

    [Fact]
    public void A_json_file_named_directly_is_refused_not_indexed_as_one_article_of_raw_json_while_other_names_are_text()
    {
        using var temp = new TempFolder();
        temp.Write("feed.json", "{\"id\":\"a\",\"title\":\"Judul\",\"body\":\"Polisi menangkap pencuri.\"}\n");
        temp.Write("catatan.md", "Banjir Merendam Bekasi\nRatusan rumah terendam.\n");

        var json = CliRun.Invoke("index", "--corpus", temp.Combine("feed.json"), "--index", temp.Combine("index"));
        var markdown = CliRun.Invoke("index", "--corpus", temp.Combine("catatan.md"), "--index", temp.Combine("index2"));

        Assert.Equal(2, json.ExitCode);
        Assert.StartsWith($"searchindex: --corpus: '{temp.Combine("feed.json")}' is a .json file; JSON articles are read from .jsonl files", json.Error);
        Assert.False(Directory.Exists(temp.Combine("index")));
        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("indexed 1 article (1 paragraph", markdown.Out);
    }

    /// <summary>
    /// A shell's <c>--corpus news/*</c> names a folder's files, its table among them: read as a .txt article, the
    /// table's rows were paragraphs of an article 'metadata.tsv' and its outlets and dates applied to no article.
    /// </summary>
    [Fact]
    public void A_metadata_table_named_directly_is_refused_naming_its_folder_not_indexed_as_an_article()
    {
        using var temp = new TempFolder();
        temp.Write("news/a.txt", "Banjir Merendam Bekasi\nRatusan rumah terendam.\n");
        var table = temp.Write("news/metadata.tsv", "file\tsource\na.txt\tTempo.co\n");

        var run = CliRun.Invoke("index", "--corpus", temp.Combine("news/a.txt"), "--corpus", table, "--index", temp.Combine("index"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"searchindex: --corpus: '{table}' is a folder's table of outlets and dates, not an article; give --corpus its folder, '{temp.Combine("news")}', whose articles it describes (docs/corpus-format.md)\n", run.Error);
        Assert.False(Directory.Exists(temp.Combine("index")));
    }

    [Fact]
    public void A_metadata_table_names_the_outlet_shown_and_its_bad_rows_and_a_bad_table_are_one_line_each()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Banjir Merendam Bekasi\nRatusan rumah terendam banjir.\n");
        temp.Write("corpus/metadata.tsv", "file\tsource\tdate\na.txt\tTempo.co\t2019-13-01\n");
        var index = temp.Combine("index");

        var (code, summary, error) = CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", index);
        var hit = CliRun.Invoke("search", "--index", index, "--color", "never", "banjir").Out;

        Assert.Equal(2, code);
        Assert.EndsWith("; 1 metadata.tsv problem", summary.TrimEnd()); // not "1 indexed with errors": the article is whole
        Assert.Equal($"searchindex: {temp.Combine("corpus", "metadata.tsv")}:2: date '2019-13-01' is not a date; use yyyy-MM-dd (the article keeps the date of its text, if any)\n",
            error.ReplaceLineEndings("\n"));
        Assert.Contains("a.txt ¶0  Tempo.co", hit);

        temp.Write("corpus/metadata.tsv", "source\ta.txt\n");
        (code, _, error) = CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", index);

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"searchindex: {temp.Combine("corpus", "metadata.tsv")}:1: no 'file' column", error);
    }

    [Fact]
    public void A_paragraph_that_is_also_the_title_is_printed_once()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "{\"id\":\"a\",\"body\":\"Gempa mengguncang Palu pagi ini.\\nWarga mengungsi.\"}\n");
        temp.Write("corpus/kilat.txt", "Banjir Merendam Bekasi\n");
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", index).ExitCode);

        var gempa = CliRun.Invoke("search", "--index", index, "gempa").Out.ReplaceLineEndings("\n");
        var banjir = CliRun.Invoke("search", "--index", index, "banjir").Out.ReplaceLineEndings("\n");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(gempa, "mengguncang Palu pagi"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(banjir, "Merendam Bekasi"));
        Assert.Contains("1 matching paragraph", banjir);
    }

    [Fact]
    public void A_file_name_holding_a_newline_or_an_escape_sequence_is_reported_on_one_printable_line()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", "Judul\nIsi berita.\n");
        File.WriteAllBytes(temp.Combine("corpus", "x\u001b]0;pwned\u0007\u001b[2Jy.txt"), [0x7f, 0x45, 0x4c, 0x46, 0, 0]);
        File.WriteAllBytes(temp.Combine("corpus", "bad\nname.txt"), [0x7f, 0x45, 0x4c, 0x46, 0, 0]);

        var (code, _, error) = CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index"));

        Assert.Equal(2, code);
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("searchindex: ", line));
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("bad\uFFFDname.txt: binary file", error);
    }

    [Fact]
    public void Indexing_on_a_terminal_draws_progress_and_succeeds()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of(["index", "--corpus", RepositoryPaths.SampleCorpus, "--index", temp.Combine("index")], terminal: true);

        Assert.Equal(0, run.Exit);
        Assert.Contains("100%", run.Error);
        Assert.Contains("indexed 1 article", run.Out);
    }

    [Fact]
    public void Jsonl_dates_in_other_forms_are_read_and_an_unreadable_one_is_an_error_of_the_run()
    {
        using var temp = new TempFolder();
        var feed = temp.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":"a","published":"Selasa, 10 September 2019 14:00 WIB","body":"Gempa mengguncang Palu, Rabu (13/9/2023)."}""",
            """{"id":"b","date":"October 1, 2019","body":"Gempa susulan di Palu."}""",
            """{"id":"c","published":"kemarin","body":"Gempa kecil di Sigi."}"""));
        var index = temp.Combine("index");

        var (code, output, error) = CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", index);
        var json = JsonDocument.Parse(CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", index, "--json").Out);
        var (found, hits, _) = CliRun.Invoke("search", "--index", index, "--from", "2019-09-10", "--to", "2019-10-01", "--format", "jsonl", "gempa");

        Assert.Equal(2, code);
        Assert.Equal($"searchindex: {feed}:3: published 'kemarin' is not a date; use yyyy-MM-dd (indexed without a date)\n", error);
        Assert.Contains("indexed 3 articles", output);
        Assert.EndsWith("; 1 indexed with errors\n", output);
        Assert.False(json.RootElement.GetProperty("errors")[0].GetProperty("skipped").GetBoolean());
        Assert.Equal(0, found);
        Assert.Equal(["feed.jsonl#a", "feed.jsonl#b"], hits.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(hit => hit.GetProperty("type").GetString() == "hit")
            .Select(hit => hit.GetProperty("data").GetProperty("article").GetString()).Order());
    }

    [Fact]
    public void Indexing_another_folder_alone_is_refused_and_loses_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("archive/a.txt", "Gempa di Palu\nGempa mengguncang Palu.\n");
        temp.Write("archive/b.txt", "Banjir di Bekasi\nBanjir merendam Bekasi.\n");
        temp.Write("new/c.txt", "Kebakaran di Riau\nHutan terbakar di Riau.\n");
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("archive"), "--index", index).ExitCode);

        var (code, _, error) = CliRun.Invoke("index", "--corpus", temp.Combine("new"), "--index", index);

        Assert.Equal(2, code);
        Assert.Contains("would remove 2 articles", error);
        Assert.Contains("--rebuild", error);
        Assert.Equal(0, CliRun.Invoke("search", "--index", index, "gempa").ExitCode);
        Assert.Equal(1, CliRun.Invoke("search", "--index", index, "kebakaran").ExitCode);

        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("archive"), "--corpus", temp.Combine("new"), "--index", index).ExitCode);
        Assert.Equal(0, CliRun.Invoke("search", "--index", index, "kebakaran").ExitCode);
        Assert.Equal(0, CliRun.Invoke("search", "--index", index, "gempa").ExitCode);
    }

    [Fact]
    public void The_same_folder_given_twice_is_read_once()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Gempa di Palu\nGempa mengguncang Palu.\n");

        var (code, output, error) = CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--corpus", temp.Combine("corpus") + "/", "--index", temp.Combine("index"));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("indexed 1 article", output);
    }

    [Fact]
    public void An_article_deleted_from_the_same_folder_is_removed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Gempa di Palu\nGempa mengguncang Palu.\n");
        temp.Write("corpus/b.txt", "Banjir di Bekasi\nBanjir merendam Bekasi.\n");
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", index).ExitCode);
        File.Delete(temp.Combine("corpus/b.txt"));

        var (code, output, _) = CliRun.Invoke("index", "--corpus", temp.Combine("corpus") + "/", "--index", index, "--json");

        Assert.Equal(0, code);
        Assert.Contains("\"removed\":1", output);
        Assert.Equal(1, CliRun.Invoke("search", "--index", index, "banjir").ExitCode);
    }

    [Fact]
    public void A_rerun_that_can_only_keep_the_indexed_articles_says_so_in_the_summary()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        string[] args = ["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index")];
        Assert.Equal(0, CliRun.Invoke(args).ExitCode);
        temp.WriteBytes("corpus/a.txt", [.. "Judul A\nIsi caf"u8, 0xE9, .. "\n"u8]);
        temp.WriteBytes("corpus/b.txt", [.. "Judul B\nIsi caf"u8, 0xE9, .. "\n"u8]);

        var (code, output, _) = CliRun.Invoke(args);
        var json = CliRun.Invoke([.. args, "--json"]).Out;

        Assert.Equal(2, code);
        Assert.Matches(@"^index up to date: 0 articles unchanged, 2 kept as indexed, checked in \d+\.\d s; 2 skipped with errors\n$", output.ReplaceLineEndings("\n"));
        Assert.Contains("\"articles\":2,\"added\":0,\"updated\":0,\"removed\":0,\"unchanged\":0,\"kept\":2,", json);
    }

    [Fact]
    public void A_rerun_that_only_removes_says_so_not_indexed_with_zero_paragraphs()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\n");
        string[] args = ["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index")];
        Assert.Equal(0, CliRun.Invoke(args).ExitCode);
        File.Delete(temp.Combine("corpus", "b.txt"));

        var (code, output, _) = CliRun.Invoke(args);

        Assert.Equal(0, code);
        Assert.Matches(@"^index updated: 1 article removed, 1 article unchanged, checked in \d+\.\d s\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_update_that_changes_articles_names_the_changes_and_the_paragraphs_it_wrote()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Judul A\nIsi artikel A.\n");
        temp.Write("corpus/b.txt", "Judul B\nIsi artikel B.\nParagraf kedua B.\n");
        string[] args = ["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index")];
        Assert.Equal(0, CliRun.Invoke(args).ExitCode);
        temp.Write("corpus/c.txt", "Judul C\nIsi artikel C.\nParagraf kedua C.\nParagraf ketiga C.\n");

        var (code, output, _) = CliRun.Invoke(args);

        Assert.Equal(0, code);
        Assert.Matches(@"^index updated: 1 added, 0 updated, 0 removed, 2 unchanged \(3 paragraphs written, 0\.0 MB read\) in \d+\.\d s; 3 articles indexed\n$",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_rerun_over_an_unchanged_corpus_says_the_index_is_up_to_date()
    {
        using var temp = new TempFolder();
        string[] args = ["index", "--corpus", RepositoryPaths.SampleCorpus, "--index", temp.Combine("index")];
        Assert.Equal(0, CliRun.Invoke(args).ExitCode);

        var (code, output, _) = CliRun.Invoke(args);

        Assert.Equal(0, code);
        Assert.Matches(@"^index up to date: 1 article unchanged, checked in \d+\.\d s\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Invisible_and_full_width_characters_neither_split_nor_hide_words()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Kunjungan ke Moskow\nPresiden Vladimir Put\u00ADin menyambut tamu di Kre\u200Bmlin.\n");
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", index).ExitCode);

        var typed = CliRun.Of(["search", "--index", index, "--format", "jsonl", "putin kremlin"]);
        var fullWidth = CliRun.Of(["search", "--index", index, "--format", "jsonl", "ｐｕｔｉｎ"]);

        Assert.Equal(0, typed.Exit);
        Assert.Contains("Presiden Vladimir Putin menyambut tamu di Kremlin.", typed.Out);
        Assert.Equal(0, fullWidth.Exit);
    }

    [Fact]
    public void Json_summary_is_one_object_on_stdout()
    {
        using var temp = new TempFolder();

        var (code, output, _) = CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", temp.Combine("index"), "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(11, json.RootElement.GetProperty("paragraphs").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Skipped_file_is_named_on_stderr_and_exit_status_is_2()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", "Judul\nIsi.\n");
        temp.WriteBytes("corpus/bad.txt", [0xC3, 0x28]);

        var (code, output, error) = CliRun.Invoke("index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index"));

        Assert.Equal(2, code);
        Assert.Contains("indexed 1 article", output);
        Assert.Matches(@"^searchindex: .*bad\.txt: invalid UTF-8", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Missing_corpus_is_one_line_and_exit_2_without_stack_trace()
    {
        using var temp = new TempFolder();

        var (code, _, error) = CliRun.Invoke("index", "--corpus", temp.Combine("nope"), "--index", temp.Combine("index"));

        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("nope", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Unknown_option_is_exit_2()
    {
        var (code, _, error) = CliRun.Invoke("index", "--no-such-option");

        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", error);
    }
}
