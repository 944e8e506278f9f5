using System.Text.Json;

namespace SearchIndex.Cli.Tests;

public class AnalyzeCommandTests
{
    [Fact]
    public void With_no_text_on_a_terminal_it_says_it_reads_standard_input_and_off_one_it_does_not()
    {
        var typed = CliRun.Of(["analyze"], "Polisi menangkap pencuri\n", terminal: true);
        var piped = CliRun.Of(["analyze", "--format", "jsonl"], "Polisi menangkap pencuri\n");

        Assert.Equal("searchindex: reading the text to analyse from standard input: type it, then Ctrl-D (or give TEXT, --text-file FILE or --words FILE)\n", typed.Error);
        Assert.Contains("tangkap", typed.Out);
        Assert.Equal("", piped.Error);
        Assert.Contains("\"stem\":\"tangkap\"", piped.Out);
    }

    [Fact]
    public void Text_read_from_bytes_that_are_not_utf8_is_analysed_with_a_note()
    {
        var run = CliRun.Of(["analyze", "ban\uFFFDjir", "--format", "jsonl"]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal(2, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // ban, jir
        Assert.StartsWith("searchindex: the text holds \uFFFD, as bytes that are not UTF-8 are read;", run.Error);
    }

    [Fact]
    public void Text_file_dash_reads_standard_input()
    {
        var run = CliRun.Of(["analyze", "--text-file", "-", "--format", "jsonl"], "Polisi menangkap pencuri\n");

        Assert.Equal(0, run.Exit);
        Assert.Contains("\"stem\":\"tangkap\"", run.Out);
    }

    [Fact]
    public void Title_shows_what_the_title_field_holds_and_is_refused_with_words()
    {
        var title = CliRun.Of(["analyze", "--title", "--format", "jsonl", "Penangkapan Bandar"]);
        var text = CliRun.Of(["analyze", "--format", "jsonl", "Penangkapan Bandar"]);
        var words = CliRun.Of(["analyze", "--title", "--words", "-"], "Penangkapan\n");

        Assert.Equal(0, title.Exit);
        Assert.Contains("\"stem\":\"penangkapan\"", title.Out);
        Assert.Contains("\"stem\":\"tangkap\"", text.Out);
        Assert.Equal(2, words.Exit);
        Assert.Contains("--title", words.Error);
        Assert.Equal("", words.Out);
    }

    [Fact]
    public void A_mistyped_option_is_an_error_not_text()
    {
        var run = CliRun.Of(["analyze", "--wrods", "kata"]);

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("searchindex: unknown option '--wrods'", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Jsonl_gives_each_token_its_offsets_terms_and_rule()
    {
        const string text = "Polisi menangkap pelaku di Kediri";

        var run = CliRun.Of(["analyze", "--format", "jsonl", text]);

        Assert.Equal(0, run.Exit);
        var tokens = run.Out.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Polisi", "menangkap", "pelaku", "di", "Kediri"], tokens.Select(t => t.GetProperty("word").GetString()));
        foreach (var token in tokens)
        {
            var (start, end) = (token.GetProperty("start").GetInt32(), token.GetProperty("end").GetInt32());
            Assert.Equal(token.GetProperty("word").GetString(), text[start..end]);
        }

        var menangkap = tokens[1];
        Assert.Equal(["tangkap", "menangkap"], menangkap.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith("affix:meN-", menangkap.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, tokens[3].GetProperty("stem").ValueKind);
        Assert.Equal("stopword", tokens[3].GetProperty("path").GetString());
        Assert.Equal("kediri", tokens[4].GetProperty("stem").GetString());
    }

    [Fact]
    public void Text_from_stdin_as_a_table()
    {
        var run = CliRun.Of(["analyze", "--format", "text"], stdin: "Mereka mengatakan");

        Assert.Equal(0, run.Exit);
        Assert.Contains("mengatakan", run.Out);
        Assert.Matches(@"1\s+7-17\s+mengatakan\s+kata\s+mengatakan\s+affix", run.Out);
    }

    [Theory]
    [InlineData]
    [InlineData("--format", "text")]
    public void Words_mode_prints_word_tab_root_for_every_word_stopwords_included(params string[] format)
    {
        var run = CliRun.Of(["analyze", "--words", "-", .. format], stdin: "mengatakan\tkata\nditangkap\nyang\n");

        Assert.Equal(0, run.Exit);
        Assert.Equal("mengatakan\tkata\nditangkap\ttangkap\nyang\tyang\n", run.Out);
    }

    [Fact]
    public void Words_mode_gives_a_blank_line_for_a_blank_line_so_output_lines_up_with_input()
    {
        var run = CliRun.Of(["analyze", "--words", "-"], stdin: "mengatakan\n\n  \nyang\r\n\tkata\n");

        Assert.Equal(0, run.Exit);
        Assert.Equal("mengatakan\tkata\n\n\nyang\tyang\n\n", run.Out);
    }

    [Fact]
    public void Words_mode_drops_a_byte_order_mark_opening_a_line()
    {
        // Word lists saved with a BOM and concatenated (cat a.txt b.txt) have one at the start of a line: it was
        // stemmed as part of the word ("\uFEFFditangkap" gave the root "\uFEFFditangkap"), a root the index never uses.
        var run = CliRun.Of(["analyze", "--words", "-"], stdin: "menangkap\n\uFEFFditangkap\n");

        Assert.Equal("menangkap\ttangkap\nditangkap\ttangkap\n", run.Out);
    }

    [Fact]
    public void Words_mode_gives_the_root_the_index_gives_a_word_written_with_a_zero_width_space_or_an_accent()
    {
        // The index normalizes text (a zero-width space goes) and folds accents before stemming; --words stemmed the
        // word as given, so "menang\u200Bkap" had no root and "márquez" kept its accent, roots no term of the index holds.
        var run = CliRun.Of(["analyze", "--words", "-"], stdin: "menang\u200Bkap\nmárquez\n");

        Assert.Equal("menang\u200Bkap\ttangkap\nmárquez\tmarquez\n", run.Out);
    }

    [Fact]
    public void Words_mode_gives_the_root_the_index_gives_a_word_written_with_an_apostrophe()
    {
        // The index reads Jum'at as jumat and Indonesia's as indonesia (id-morph/20); --words stemmed the word with its
        // apostrophes, so it gave jum'at and indonesia's, terms the index never holds.
        var run = CliRun.Of(["analyze", "--words", "-"], stdin: "Jum'at\nQur\u2019an\nIndonesia's\n");

        Assert.Equal("Jum'at\tjumat\nQur\u2019an\tquran\nIndonesia's\tindonesia\n", run.Out);
    }

    [Fact]
    public void Words_mode_gives_the_root_the_index_gives_a_word_with_punctuation_around_it()
    {
        // A word list cut from running text at spaces holds "menangkap," and "(pemerintah).": the tokenizer drops the
        // punctuation, so the index reads tangkap and perintah; --words stemmed the word with it and answered
        // "menangkap," (fallback:no-root), a root the index never holds, as if the stemmer knew no such word.
        var run = CliRun.Of(["analyze", "--words", "-"], stdin: "menangkap,\n\u201Cditangkap\u201D\n(pemerintah).\n...\nIndonesia's,\n");

        Assert.Equal("menangkap,\ttangkap\n\u201Cditangkap\u201D\ttangkap\n(pemerintah).\tperintah\n\nIndonesia's,\tindonesia\n", run.Out);
    }

    [Fact]
    public void Words_mode_stems_a_hyphenated_word_whole_where_the_index_splits_it_at_the_hyphen()
    {
        // docs/cli/analyze.md says so: the gold file's hyphenated pairs (memanggil-manggil → panggil) ask the stemmer
        // for one root, while the tokenizer splits running text at the hyphen and the index holds a term per part.
        var words = CliRun.Of(["analyze", "--words", "-"], stdin: "memanggil-manggil\ncovid-19\n");
        var text = CliRun.Of(["analyze", "--format", "jsonl", "memanggil-manggil covid-19"]);

        Assert.Equal("memanggil-manggil\tpanggil\ncovid-19\tcovid-19\n", words.Out);
        var parts = text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("word").GetString()).ToList();
        Assert.Equal(["memanggil", "manggil", "covid", "19"], parts);
    }

    [Fact]
    public void Words_mode_gives_punctuation_alone_a_line_without_a_root()
    {
        var run = CliRun.Of(["analyze", "--words", "-", "--format", "jsonl"], stdin: "--\n");

        Assert.Equal("{\"line\":1,\"word\":\"--\",\"root\":null,\"path\":null}\n", run.Out);
    }

    public sealed record WordRoot(int Line, string Word, string? Root, string? Path);

    [Fact]
    public void Words_mode_honours_format_jsonl_with_one_object_per_input_line()
    {
        var run = CliRun.Of(["analyze", "--words", "-", "--format", "jsonl"], stdin: "mengatakan\n\nyang\n");

        Assert.Equal(0, run.Exit);
        var strict = new JsonSerializerOptions(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<WordRoot>(l, strict)).ToList();
        Assert.Equal(
            [new WordRoot(1, "mengatakan", "kata", "affix:meN-+-kan"), new WordRoot(2, "", null, null), new WordRoot(3, "yang", "yang", "lexicon:root")],
            lines);
    }

    [Fact]
    public void Missing_words_file_is_exit_2_naming_it()
    {
        var run = CliRun.Of(["analyze", "--words", "/no/such/words.txt"]);

        Assert.Equal(2, run.Exit);
        Assert.Contains("/no/such/words.txt", run.Error);
    }

    // "café" in Latin-1: read with replacement characters it was analysed as "caf\uFFFD", a word nobody wrote.
    private static readonly byte[] Latin1Text = [.. "Polisi menangkap "u8, 0x63, 0x61, 0x66, 0xE9, .. "\nlagi\n"u8];

    [Fact]
    public void Text_on_stdin_that_is_not_utf8_is_an_error_naming_the_line()
    {
        var run = CliRun.WithInput(["analyze", "--format", "jsonl"], Latin1Text);

        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Contains("standard input line 1: invalid UTF-8", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_text_file_or_words_file_that_is_not_utf8_is_an_error_naming_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"si-latin1-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [.. "kata\n"u8, .. Latin1Text]);
        try
        {
            var text = CliRun.Of(["analyze", "--text-file", path]);
            var words = CliRun.Of(["analyze", "--words", path]);

            Assert.Equal(2, text.Exit);
            Assert.Contains($"--text-file '{path}' line 2: invalid UTF-8", text.Error);
            Assert.Equal(2, words.Exit);
            Assert.Contains($"--words '{path}' line 2: invalid UTF-8", words.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Words_on_stdin_that_are_not_utf8_stop_with_an_error_not_a_garbled_root()
    {
        var run = CliRun.WithInput(["analyze", "--words", "-"], Latin1Text);

        Assert.Equal(2, run.Exit);
        Assert.DoesNotContain("\uFFFD", run.Out);
        Assert.Contains("standard input line 1: invalid UTF-8", run.Error);
    }

    [Fact]
    public void Words_on_stdin_are_answered_up_to_the_bad_line_which_the_error_names()
    {
        var run = CliRun.WithInput(["analyze", "--words", "-"], [.. "menangkap\r\n"u8, .. Latin1Text]);

        Assert.Equal(2, run.Exit);
        Assert.Equal("menangkap\ttangkap\n", run.Out);
        Assert.Equal("searchindex: standard input line 2: invalid UTF-8; convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)\n", run.Error);
    }
}
