using System.Text.Json;
namespace SearchIndex.Cli.Tests;

public sealed class SearchCommandTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private CliRun Search(params string[] args) => CliRun.Of(["search", "--index", index.Path, .. args]);

    [Fact]
    public void Hits_exit_0() => Assert.Equal(ExitCodes.Success, Search("putin").Exit);

    [Fact]
    public void Sorting_by_date_takes_every_word_unless_any_is_given()
    {
        Assert.Equal(ExitCodes.Success, Search("putin", "kremlinx").Exit);
        Assert.Equal(ExitCodes.NoMatch, Search("--sort", "newest", "putin", "kremlinx").Exit);
        Assert.Equal(ExitCodes.Success, Search("--sort", "oldest", "--any", "putin", "kremlinx").Exit);
    }

    [Fact]
    public void Kwic_prints_a_line_per_match_and_refuses_what_has_no_place_in_one()
    {
        var run = Search("putin", "--format", "kwic", "--top", "1");
        var counts = Search("putin", "--format", "kwic", "--count-by", "year");

        Assert.Equal(ExitCodes.Success, run.Exit);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.All(lines[..^1], line => Assert.Contains("  [[Putin]]", line));
        Assert.Equal($"5 matching paragraphs, showing 1-1: {lines.Length - 1} match{(lines.Length == 2 ? "" : "es")}", lines[^1]);
        Assert.Equal((ExitCodes.Error, "searchindex: --count-by is not written in KWIC lines; use --format text for it\n"), (counts.Exit, counts.Error));
    }

    [Fact]
    public void Counts_by_month_print_a_table_and_exit_as_hits_do()
    {
        var run = Search("putin", "--count-by", "month");

        Assert.Equal((ExitCodes.Success, "month    paragraphs  articles\n2023-09           5         1\n5 matching paragraphs in 1 article\n"), (run.Exit, run.Out));
        Assert.Equal(ExitCodes.NoMatch, Search("zzqqxx", "--count-by", "month").Exit);
        Assert.Equal(ExitCodes.Error, Search("putin", "--count-by", "week").Exit);
    }

    [Fact]
    public void Counts_with_no_query_count_the_whole_index_but_a_text_without_words_is_still_an_error()
    {
        var run = Search("--count-by", "year");

        Assert.Equal((ExitCodes.Success, "year  paragraphs  articles\n2023          11         1\n11 matching paragraphs in 1 article\n"), (run.Exit, run.Out));
        Assert.Equal(ExitCodes.Error, Search("\"\"", "--count-by", "year").Exit);
    }

    [Fact]
    public void Counts_in_json_lines_come_before_the_summary()
    {
        var lines = Search("putin", "--count-by", "source", "--format", "jsonl").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.Equal("""{"type":"count","data":{"query":"putin","by":"source","key":"Tribunnews.com","paragraphs":5,"articles":1}}""", lines[0]);
        using var summary = JsonDocument.Parse(lines[1]);
        Assert.Equal(("source", 1, 5), (summary.RootElement.GetProperty("data").GetProperty("count_by").GetString(),
            summary.RootElement.GetProperty("data").GetProperty("articles").GetInt32(), summary.RootElement.GetProperty("data").GetProperty("total").GetInt32()));
    }

    [Fact]
    public void Counts_beside_an_option_for_hits_is_an_error_naming_it()
    {
        var run = Search("putin", "--count-by", "year", "--context", "1");

        Assert.Equal((ExitCodes.Error, "searchindex: --context shows hits' neighbours; --count-by prints counts instead of hits\n"), (run.Exit, run.Error));
    }

    [Theory]
    [InlineData("--article", "tribunnews-kim-putin.txt")]
    [InlineData("--syntax", "lucene", "*:*")]
    public void Explain_says_why_a_filter_alone_scores_every_paragraph_alike(params string[] query)
    {
        var run = Search([.. query, "--explain", "--top", "1"]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("    = 1 every paragraph (constant: no word to score; article, then paragraph order)\n", run.Out);
    }

    [Fact]
    public void Did_you_mean_works_on_full_width_text()
    {
        var run = Search("ｐｕｔｔｉｎ");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.Contains("did you mean: putin", run.Error);
    }

    [Theory]
    [InlineData("/(a|b)*a(a|b){20}/", "a /regular expression/ counts at most 12 in all after a *, + or ? or a count range such as {0,5}; this one counts 20 by {20}")] // was 750 s, 3.6 GB
    [InlineData("/a{100000}/", "a /regular expression/ counts at most 999, not {100000}")] // was 101 s
    [InlineData("/(a|b)*a(a|b){13,}/", "a /regular expression/ counts at most 12 in all after a *, + or ? or a count range such as {0,5}; this one counts 13 by {13,}")]
    [InlineData("/[ab]{0,16}a[ab]{16}/", "a /regular expression/ counts at most 12 in all after a *, + or ? or a count range such as {0,5}; this one counts 16 by {16}")] // was 20 s, no * at all
    [InlineData("/(a|b)*a(a|b){12}(a|b){3}/", "a /regular expression/ counts at most 12 in all after a *, + or ? or a count range such as {0,5}; this one counts 15 by {3}")]
    public void A_pattern_that_could_take_minutes_is_a_syntax_error_before_it_runs(string query, string what)
    {
        var run = Search("--syntax", "lucene", query);

        Assert.Equal((ExitCodes.Error, $"searchindex: query syntax error: {what}; such a pattern can take minutes and gigabytes to run (--syntax lucene)\n"), (run.Exit, run.Error));
    }

    [Theory]
    [InlineData("/[0-9]{4}/")]
    [InlineData("/pu.{0,20}/")]
    [InlineData("/(a|b)*a(a|b){12}/")]
    [InlineData("/ban[*]ir{13}/")] // a literal star, in a class or escaped, opens nothing
    [InlineData("/a\\*b{13}/")]
    [InlineData("/[{9999}]/")] // braces in a class are characters
    [InlineData("/a{0000001}/")]
    public void Ordinary_counted_patterns_run(string query) =>
        Assert.NotEqual(ExitCodes.Error, Search("--syntax", "lucene", query, "--top", "0").Exit);

    [Fact]
    public void A_fuzzy_word_longer_than_any_indexed_word_is_a_syntax_error()
    {
        var run = Search("--syntax", "lucene", new string('x', 400) + "~2");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith("searchindex: query syntax error: a ~fuzzy word is at most 255 characters, not 400;", run.Error);
    }

    [Fact]
    public void A_query_of_more_clauses_than_lucene_takes_says_what_to_do()
    {
        // It had said "too many boolean clauses", neither the limit nor a way round it.
        var run = Search("--syntax", "lucene", string.Join(' ', Enumerable.Range(0, 1100).Select(i => $"kata{i}")));

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith("searchindex: query syntax error: more than 1,024 words or clauses in one ( ) group, Lucene's limit; split the query, or group its words in ( ) of at most 1,024 in '", run.Error);
        Assert.Equal(ExitCodes.NoMatch, Search("--syntax", "lucene", "(" + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"kata{i}")) + ") (" + string.Join(' ', Enumerable.Range(1000, 100).Select(i => $"kata{i}")) + ")").Exit);
    }

    [Theory]
    [InlineData("/putin", " at column 7: unterminated /regular expression/ (write a lone slash as \\/)")]
    [InlineData("\"putin korea", " at column 13: unterminated quote")]
    [InlineData("\"1/2\" putin\\", " at column 13: a '\\' at the end escapes nothing")]
    [InlineData("putin^-1", " at column 7: unexpected '-'")] // was JavaCC's "Lexical error at line 1, column 7. Encountered: ..."
    [InlineData("putin~2.5", ": a fuzzy word's ~ takes 0, 1 or 2 edits, not a fraction")] // was "Fractional edit distances are not allowed!"
    [InlineData("putin~-1", ": a fuzzy word's ~ takes 0, 1 or 2 edits, not a negative number")] // was "Minimum similarity for a FuzzyQuery has to be between 0.0f and 1.0f !"
    public void What_a_query_left_open_or_mistyped_is_named(string query, string what)
    {
        var run = Search("--syntax", "lucene", query);

        Assert.Equal((ExitCodes.Error, $"searchindex: query syntax error{what} in '{query}' (--syntax lucene)\n"), (run.Exit, run.Error));
    }

    [Theory]
    [InlineData("-hujan")] // was -h: help and exit 0
    [InlineData("-negara")] // was -n egara: "--top: 'egara' is not a whole number"
    [InlineData("-indonesia")] // was -i ndonesia: "-i is given 2 times"
    [InlineData("-film")] // was -f ilm: "give a query or --queries-file, not both"
    public void An_excluded_word_that_starts_with_a_short_option_letter_is_a_query_word(string excluded)
    {
        var run = Search("putin", excluded, "--format", "jsonl", "--top", "0");

        // The sample article has "negara" but not the other words, whose exclusion is named as excluding nothing.
        Assert.Equal(ExitCodes.Success, run.Exit);
        if (excluded == "-negara")
        {
            Assert.Equal("", run.Error);
        }
        else
        {
            Assert.StartsWith($"searchindex: {excluded} excludes nothing: no paragraph has '{excluded[1..]}'", run.Error);
        }
        Assert.Contains($"\"query\":\"putin {excluded}\"", run.Out);
    }

    [Theory]
    [InlineData("-C2", "'-C2' would exclude the word 'C2'; for the option write '-C 2', or put the word after a lone --")]
    [InlineData("-n5", "'-n5' would exclude the word 'n5'; for the option write '-n 5', or put the word after a lone --")]
    public void A_short_option_glued_to_its_number_is_an_error_that_shows_how_to_write_it(string glued, string message)
    {
        var run = Search("putin", glued);

        Assert.Equal((ExitCodes.Error, $"searchindex: {message}\n"), (run.Exit, run.Error));
    }

    [Fact]
    public void A_short_option_glued_to_a_path_that_exists_is_an_error_not_a_list_of_everything_without_that_word()
    {
        using var temp = new TempFolder();
        var queries = temp.Write("q.txt", "putin\n");

        var file = CliRun.Of(["search", "--index", index.Path, "-f" + queries]);
        var folder = CliRun.Of(["search", "-i" + index.Path, "putin"]);

        Assert.Equal((ExitCodes.Error, $"searchindex: '-f{queries}' would exclude the word 'f{queries}'; for the option write '-f {queries}', or put the word after a lone --\n"), (file.Exit, file.Error));
        Assert.Equal(ExitCodes.Error, folder.Exit);
        Assert.StartsWith($"searchindex: '-i{index.Path}' would exclude", folder.Error);
    }

    [Fact]
    public void A_typo_beside_words_that_found_something_is_noted_with_a_correction_and_the_hits_still_printed()
    {
        var run = Search("putin pyongyng", "--top", "1");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: no paragraph has 'pyongyng'; did you mean: putin pyongyang\n", run.Error);
        Assert.Contains("[[Putin]]", run.Out);
    }

    [Fact]
    public void An_excluded_word_in_no_paragraph_is_said_to_exclude_nothing_with_a_correction()
    {
        // A mistyped exclusion left every paragraph it meant to remove, and stderr said nothing: the reader took the
        // hits for cleaned of it.
        var run = Search("putin -pyongyng", "--top", "1");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: -pyongyng excludes nothing: no paragraph has 'pyongyng'; did you mean: -pyongyang\n", run.Error);
        Assert.Equal("", Search("putin -pyongyang", "--top", "1").Error);
        Assert.Equal(
            "searchindex: -zzqqxx excludes nothing: no paragraph has 'zzqqxx'; -\"kim jong unn\" excludes nothing: no paragraph has \"kim jong unn\"; did you mean: -\"kim jong un\"\n",
            Search("putin NOT zzqqxx -\"kim jong unn\"", "--top", "1").Error);
        // A stopword beside other words is dropped, excluded or not: "putin -tidak" kept the paragraphs with "tidak".
        Assert.Equal(
            "searchindex: -tidak excludes nothing: 'tidak' is a stopword, which a search for words leaves out; quote it (-\"tidak\") to exclude the paragraphs that hold it\n",
            Search("putin -tidak", "--top", "1").Error);
        Assert.Equal("", Search("-yang", "--top", "1").Error); // alone, it excludes
        Assert.Equal("", Search("putin -\"yang\"", "--top", "1").Error);
    }

    [Fact]
    public void An_exclusion_typed_twice_is_said_to_exclude_nothing_once()
    {
        // The note had repeated itself in one line: "-pyongyng excludes nothing: ...; -pyongyng excludes nothing: ...".
        Assert.Equal(
            "searchindex: -pyongyng excludes nothing: no paragraph has 'pyongyng'; did you mean: -pyongyang\n",
            Search("-pyongyng putin -pyongyng", "--top", "1").Error);
        Assert.Equal(
            "searchindex: -tidak excludes nothing: 'tidak' is a stopword, which a search for words leaves out; quote it (-\"tidak\") to exclude the paragraphs that hold it\n",
            Search("putin -tidak NOT tidak", "--top", "1").Error);
    }

    [Fact]
    public void Many_exclusions_that_exclude_nothing_name_five_then_count_the_rest()
    {
        // 200 mistyped exclusions had made one stderr line of 12 KB, each named in full.
        var excluded = Enumerable.Range(1, 8).Select(i => $"-zzqq{i}").ToList();

        var run = Search("putin " + string.Join(' ', excluded), "--top", "1");

        Assert.Equal(
            "searchindex: " + string.Join("; ", excluded.Take(5).Select(e => $"{e} excludes nothing: no paragraph has '{e[1..]}'"))
            + "; and 3 more exclusions exclude nothing too\n",
            run.Error);
    }

    [Fact]
    public void A_lucene_slop_after_a_phrase_is_left_out_and_noted_on_stderr()
    {
        // The 13 had been a word of its own, matching every "13" in the index beside the phrase, silently.
        var run = Search("\"kim jong\"~13", "--top", "0", "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal(Total(Search("\"kim jong\"", "--top", "0", "--format", "jsonl").Out), Total(run.Out));
        Assert.NotEqual(Total(Search("\"kim jong\" 13", "--top", "0", "--format", "jsonl").Out), Total(run.Out));
        Assert.NotEqual("", Total(run.Out));
        Assert.Equal("searchindex: '~13' lets a phrase's words stand apart only under --syntax lucene; here it is left out, and the phrase matches its words next to each other\n", run.Error);
    }

    [Fact]
    public void Words_past_the_limit_of_one_query_are_named_on_stderr()
    {
        // The 65th distinct word on was left out without a word said; this one, the only match, is one of them.
        var query = string.Join(' ', Enumerable.Range(1, 64).Select(i => $"zzq{i}")) + " putin";
        var run = Search(query, "--format", "jsonl");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.Contains("searchindex: the query holds 65 words and phrases; only the first 64 are searched, so 'putin' is left out\n", run.Error);
    }

    [Fact]
    public void Undated_over_an_index_whose_every_article_is_dated_says_so()
    {
        var run = Search("putin", "--undated");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.Equal("searchindex: no hits for 'putin': every article of this index is dated\n", run.Error);
    }

    [Fact]
    public void Queries_read_from_a_terminal_are_asked_for_and_from_a_pipe_are_not()
    {
        var typed = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-", "--format", "jsonl"], "putin\n", terminal: true);
        var piped = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-", "--format", "jsonl"], "putin\n");

        Assert.Equal("searchindex: reading queries from standard input, one a line: type them, then Ctrl-D (or give --queries-file FILE)\n", typed.Error);
        Assert.Equal(ExitCodes.Success, typed.Exit);
        Assert.Equal("", piped.Error);
        Assert.Equal(piped.Out.Split('\n').Length, typed.Out.Split('\n').Length);
    }

    private static string Total(string jsonLines) => System.Text.RegularExpressions.Regex.Match(jsonLines, "\"total\":[0-9]+").Value;

    [Fact]
    public void A_star_inside_quotes_is_noted_on_stderr()
    {
        var run = Search("\"kim jong*\"", "--top", "1");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: '*' is left out of \"kim jong*\": a quoted phrase matches its words as written; to match every word that starts so, write it outside the quotes (jong*)\n", run.Error);
    }

    [Fact]
    public void A_word_in_no_paragraph_without_a_correction_is_still_named_on_stderr_and_in_the_json_summary()
    {
        var text = Search("putin zzqqxx", "--top", "1");
        var json = Search("putin zzqqxx", "--top", "1", "--format", "jsonl");

        Assert.Equal((ExitCodes.Success, "searchindex: no paragraph has 'zzqqxx'; the hits match the other words\n"), (text.Exit, text.Error));
        Assert.Contains("[[Putin]]", text.Out);
        using var summary = JsonDocument.Parse(json.Out.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal(["zzqqxx"], summary.RootElement.GetProperty("data").GetProperty("missing").EnumerateArray().Select(w => w.GetString()));
        Assert.False(JsonDocument.Parse(Search("putin", "--format", "jsonl").Out.TrimEnd('\n').Split('\n')[^1]).RootElement.GetProperty("data").TryGetProperty("missing", out _));
    }

    [Fact]
    public void A_required_stopword_beside_other_words_is_said_to_require_nothing()
    {
        // "putin +yang" listed what "putin" lists: the search leaves stopwords out, required or not, and said nothing.
        var run = Search("putin +yang +yang", "--top", "1");
        var quoted = Search("putin +\"yang\"", "--top", "1");
        var alone = Search("+yang", "--top", "1");

        Assert.Equal((ExitCodes.Success, "searchindex: +yang requires nothing: 'yang' is a stopword, which a search for words leaves out; quote it (+\"yang\") to require it\n"), (run.Exit, run.Error));
        Assert.Equal((ExitCodes.Success, ""), (quoted.Exit, quoted.Error));
        Assert.Equal((ExitCodes.Success, ""), (alone.Exit, alone.Error)); // a query of stopwords searches them
    }

    [Fact]
    public void A_title_word_in_no_title_is_named_beside_hits_of_the_other_words()
    {
        // "putin title:zzqqxx" listed Putin's paragraphs and said nothing of the title word that matched no title.
        var text = Search("putin title:zzqqxx", "--top", "1");
        var json = Search("putin title:zzqqxx", "--top", "1", "--format", "jsonl");

        Assert.Equal((ExitCodes.Success, "searchindex: no paragraph has 'title:zzqqxx'; the hits match the other words\n"), (text.Exit, text.Error));
        using var summary = JsonDocument.Parse(json.Out.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal(["title:zzqqxx"], summary.RootElement.GetProperty("data").GetProperty("missing").EnumerateArray().Select(w => w.GetString()));
        var held = Search("putin title:kosmodrom", "--top", "1");
        Assert.Equal((ExitCodes.Success, ""), (held.Exit, held.Error));
        // A title prefix too, with its field: it had been named as a paragraph word ("no paragraph has 'zzq*'").
        Assert.Equal("searchindex: no paragraph has 'title:zzqq*'; the hits match the other words\n", Search("putin title:zzqq*", "--top", "1").Error);
        Assert.Equal("", Search("putin title:kosmo*", "--top", "1").Error);
    }

    [Fact]
    public void A_title_phrase_word_in_no_title_is_named_with_its_field_in_query_order()
    {
        // 'putin title:"kosmodrom zzqqxx"' listed Putin's paragraphs and said nothing of the phrase no title can hold.
        var text = Search("putin title:\"kosmodrom zzqqxx\" title:zzqqyy", "--top", "1");
        var json = Search("putin title:\"kosmodrom zzqqxx\"", "--top", "1", "--format", "jsonl");

        Assert.Equal((ExitCodes.Success, "searchindex: no paragraph has 'title:zzqqxx', 'title:zzqqyy'; the hits match the other words\n"), (text.Exit, text.Error));
        using var summary = JsonDocument.Parse(json.Out.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal(["title:zzqqxx"], summary.RootElement.GetProperty("data").GetProperty("missing").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("", Search("putin title:\"kosmodrom vostochny\"", "--top", "1").Error);
    }

    [Fact]
    public void Many_words_in_no_paragraph_are_named_a_few_whole_then_counted_not_cut_mid_quote()
    {
        var absent = new[] { "zzqqxa", "zzqqxb", "zzqqxc", "zzqqxd", "zzqqxe", "zzqqxf", "zzqqxg", "zzqqxh", "zzqqxi", "zzqqxj", "zzqqxk", "zzqqxl", "zzqqxm", "zzqqxn", "zzqqxo" };

        var run = Search("putin " + string.Join(' ', absent), "--top", "1");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: no paragraph has 'zzqqxa', 'zzqqxb', 'zzqqxc', 'zzqqxd', 'zzqqxe' or 10 more words; the hits match the other words\n", run.Error);
    }

    [Fact]
    public void A_long_word_in_no_paragraph_is_cut_inside_its_own_quotes()
    {
        var run = Search("putin k" + new string('z', 150), "--top", "1");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal($"searchindex: no paragraph has 'k{new string('z', 39)}…'; the hits match the other words\n", run.Error);
    }

    [Fact]
    public void A_correction_quoted_on_stderr_is_cut_as_the_query_is()
    {
        var pasted = "putin pyongyng " + string.Join(' ', Enumerable.Repeat("pyongyang", 40));

        var run = Search(pasted, "--top", "1");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.StartsWith("searchindex: no paragraph has 'pyongyng'; did you mean: putin pyongyang pyongyang", run.Error);
        Assert.True(run.Error.Length < 250, run.Error);
    }

    [Fact]
    public void A_field_the_forgiving_syntax_does_not_search_is_noted_on_stderr_and_the_words_still_searched()
    {
        var run = Search("tittle:putin");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal("searchindex: 'tittle:' is not a field, so it is searched as a word; did you mean 'title:'?\n", run.Error);
        Assert.DoesNotContain("field", Search("title:putin").Error);
        Assert.DoesNotContain("field", Search("--syntax", "lucene", "text:putin").Error);
    }

    [Theory]
    [InlineData("--sorce")]
    [InlineData("---top")]
    public void A_mistyped_option_is_an_error_not_query_words(string typo)
    {
        var run = Search("putin", typo, "Tribunnews.com");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith($"searchindex: unknown option '{typo}'", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--since", "--from")]
    [InlineData("--until", "--to")]
    [InlineData("--sorce", "--source")]
    [InlineData("--from-date", "--from")]
    [InlineData("--n", "-n")] // a short option typed with two dashes: it had been "did you mean --any or --to?"
    [InlineData("--C", "-C")]
    [InlineData("--SOURCE", "--source")] // caps lock: System.CommandLine matches names case-sensitively
    public void A_mistyped_or_borrowed_option_name_is_answered_with_the_option_meant(string typed, string meant)
    {
        // git log and journalctl call a date range --since/--until: the error had only said to put it after a lone --.
        var run = Search("putin", typed, "2019");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: unknown option '{typed}' (did you mean {meant}?); to use it as text, put it after a lone --\n", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--limit")]
    [InlineData("--x")] // two edits from --to, as any name of one or two letters is from some option: no guess
    [InlineData("--v")]
    public void An_option_name_close_to_no_option_gets_no_guess(string typed)
    {
        Assert.Equal($"searchindex: unknown option '{typed}'; to use it as text, put it after a lone --\n", Search("putin", typed, "3").Error);
    }

    [Theory]
    [InlineData("\u2014top", "--top")]
    [InlineData("\u2013format=jsonl", "--format")]
    public void An_option_with_a_long_dash_from_autocorrect_is_an_error_naming_the_option(string typed, string option)
    {
        var run = Search("putin", typed, "3");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal($"searchindex: '{typed}' has a long dash where the option {option} has two hyphens (autocorrect?); write --{typed[1..]}, or put the word after a lone --\n", run.Error);
        Assert.Equal(ExitCodes.Success, Search("putin", "\u2014", "pyongyang").Exit); // a dash between words stays text
        Assert.Equal(ExitCodes.Success, Search("--", "putin", typed).Exit);
    }

    [Fact]
    public void A_query_of_one_immense_word_says_such_a_word_is_not_searched()
    {
        var run = Search(new string('a', 300));

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("holds no word to search for (a word longer than 255 characters is neither indexed nor searched); give words", run.Error);
        Assert.DoesNotContain("longer than", Search("yang").Error);
    }

    [Fact]
    public void An_option_given_twice_is_named_as_such()
    {
        var run = Search("putin", "--top", "3", "--top", "0");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal("searchindex: --top is given 2 times; give it once\n", run.Error);
    }

    [Fact]
    public void Words_with_dashes_stay_words_and_a_lone_double_dash_passes_anything_on()
    {
        Assert.Equal(ExitCodes.Success, Search("putin", "-kim").Exit);
        var run = Search("--format", "jsonl", "--", "--putin");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("\"query\":\"--putin\"", run.Out);
    }

    [Fact]
    public void A_word_starting_with_at_is_a_query_word_not_a_response_file()
    {
        // System.CommandLine reads "@name" as a file of arguments by default: "Response file not found 'putin'".
        var run = Search("--format", "jsonl", "@putin");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("\"query\":\"@putin\"", run.Out);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("")]
    [InlineData("   ")]
    public void No_query_is_a_usage_error_not_no_hits(params string[] query)
    {
        var run = Search(query);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal("searchindex: no query: give the words to search for, a filter (--source, --from, --to, --undated, --article), --count-by alone (to count the whole index), or --queries-file FILE\n", run.Error);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("-")]
    [InlineData("* \"\"")]
    public void A_query_of_no_word_is_a_usage_error_as_an_empty_one_is(string query)
    {
        var run = Search("--format", "jsonl", query);

        Assert.Equal((ExitCodes.Error, "", $"searchindex: no query: '{query}' holds no word to search for; give words, or a filter (--source, --from, --to, --article)\n"), (run.Exit, run.Out, run.Error));
        Assert.Equal(ExitCodes.NoMatch, CliRun.Of(["search", "--index", index.Path, "--queries-file", "-"], query + "\n").Exit); // a batch goes on
    }

    [Fact]
    public void A_count_of_no_word_says_that_no_query_counts_the_whole_index()
    {
        var run = Search("--count-by", "year", "\"\"");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.EndsWith("(--source, --from, --to, --article), or no query at all to count the whole index\n", run.Error);
        Assert.Equal(ExitCodes.Success, Search("--count-by", "year").Exit);
    }

    [Fact]
    public void A_strict_query_of_no_word_is_a_usage_error_too()
    {
        var run = Search("--syntax", "lucene", "\"\"");

        Assert.Equal((ExitCodes.Error, "searchindex: no query: '\"\"' holds no word to search for; give words, or a filter (--source, --from, --to, --article)\n"), (run.Exit, run.Error));
        Assert.Equal(ExitCodes.Success, Search("--syntax", "lucene", "\"\"", "--source", "tribunnews.com").Exit); // a filter alone lists
    }

    [Fact]
    public void A_strict_query_of_stopwords_only_is_named_as_such()
    {
        // It had said "'yang OR dan' holds no word to search for", of two words, and with a filter listed every paragraph
        // the filter keeps, as if no word had been typed, silently.
        var run = Search("--syntax", "lucene", "yang OR dan");
        var filtered = Search("--syntax", "lucene", "--format", "jsonl", "--top", "0", "title:yang", "--source", "tribunnews.com");

        Assert.Equal((ExitCodes.Error, "searchindex: no query: 'yang OR dan' holds only stopwords, which --syntax lucene leaves out of text and title as the index does; search them as written in text_exact (text_exact:yang), or drop --syntax lucene, which searches a query of stopwords alone\n"), (run.Exit, run.Error));
        Assert.Equal((ExitCodes.Success, "searchindex: 'title:yang' holds only stopwords, which --syntax lucene leaves out of text and title as the index does, so every paragraph the filters keep is listed; search them as written in text_exact (text_exact:yang), or drop --syntax lucene, which searches a query of stopwords alone\n"),
            (filtered.Exit, filtered.Error.Split('\n')[0] + "\n"));
        Assert.Equal(ExitCodes.Success, Search("--syntax", "lucene", "text_exact:yang").Exit);
        Assert.Equal("", Search("--syntax", "lucene", "yang putin").Error);
    }

    [Fact]
    public void A_strict_query_that_only_excludes_says_how_to_list_what_it_keeps()
    {
        // Lucene matches nothing for it, and stderr had said only "no hits for '-putin'".
        var run = Search("--syntax", "lucene", "-putin NOT korea");

        Assert.Equal((ExitCodes.NoMatch, "searchindex: no hits for '-putin NOT korea'; under --syntax lucene, as in Lucene, a query that only excludes matches nothing: start it with *:* to list every paragraph without them (*:* -putin NOT korea)\n"), (run.Exit, run.Error));
        Assert.Equal(ExitCodes.Success, Search("--syntax", "lucene", "*:* -putin NOT korea").Exit);
        Assert.Equal("searchindex: no hits for 'putin -putin'\n", Search("--syntax", "lucene", "putin -putin").Error);
        Assert.Equal("searchindex: no hits for '(-putin)'\n", Search("--syntax", "lucene", "(-putin)").Error); // *:* before it keeps putin's
    }

    [Fact]
    public void A_queries_file_without_queries_is_an_error()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-"], "# a comment\n\n");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith("searchindex: no queries in standard input", run.Error);
    }

    [Fact]
    public void A_queries_file_that_is_not_utf8_is_an_error_naming_the_file_and_line()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. "putin\n# komentar\nj"u8, 0xE9, .. "kowi\n"u8];
        var file = temp.WriteBytes("queries.txt", bytes);

        var fromFile = Search("--queries-file", file);
        var fromStdin = CliRun.WithInput(["search", "--index", index.Path, "--queries-file", "-"], bytes);

        Assert.Equal(ExitCodes.Error, fromFile.Exit);
        Assert.Equal($"searchindex: queries file '{file}' line 3: invalid UTF-8 near byte 18; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)\n", fromFile.Error);
        Assert.Equal("", fromFile.Out);
        Assert.Equal(ExitCodes.Error, fromStdin.Exit);
        Assert.StartsWith("searchindex: standard input line 3: invalid UTF-8 near byte 18;", fromStdin.Error);
        Assert.Equal("", fromStdin.Out);
    }

    [Theory]
    [InlineData("--source", "tribun", "no outlet is named 'tribun' (names are matched whole); did you mean: tribunnews.com")]
    [InlineData("--article", "kim-putin.txt", "no article 'kim-putin.txt' in this index")]
    [InlineData("--article", "./tribunnews-kim-putin.txt", "no article './tribunnews-kim-putin.txt' in this index; did you mean 'tribunnews-kim-putin.txt'?")]
    [InlineData("--article", "/srv/news/corpus/Tribunnews-Kim-Putin.txt", "no article '/srv/news/corpus/Tribunnews-Kim-Putin.txt' in this index; did you mean 'tribunnews-kim-putin.txt'?")]
    [InlineData("--to", "1990-01-01", "no article is dated in that range")]
    public void No_hits_because_of_a_filter_names_the_filter(string option, string value, string reason)
    {
        var run = Search("putin", option, value);

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.StartsWith("searchindex: no hits for 'putin': " + reason, run.Error);
    }

    [Fact]
    public void A_stop_signal_seen_by_the_search_after_a_build_is_exit_130_and_one_line_not_a_crash()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();
        var (output, error) = (new StringWriter(), new StringWriter { NewLine = "\n" });

        var exit = CliApp.Run(["search", "--index", index.Path, "putin"], new CliContext(output, error, false, false) { Cancellation = stopped.Token });

        Assert.Equal((ExitCodes.Interrupted, "searchindex: interrupted\n"), (exit, error.ToString()));
    }

    [Fact]
    public void A_filter_without_words_lists_what_it_keeps()
    {
        var article = Search("--article", "tribunnews-kim-putin.txt", "--format", "jsonl", "--top", "3");
        var none = Search("--article", "kim-putin.txt");
        var outOfRange = Search("--source", "tribunnews.com", "--to", "1990-01-01");

        Assert.Equal(ExitCodes.Success, article.Exit);
        Assert.Contains("\"paragraph\":0,", article.Out.Split('\n')[0]);
        Assert.Contains("\"paragraph\":2,", article.Out.Split('\n')[2]);
        Assert.Equal(ExitCodes.NoMatch, none.Exit);
        Assert.StartsWith("searchindex: no paragraph passes the filters: no article 'kim-putin.txt' in this index", none.Error);
        Assert.Equal(ExitCodes.NoMatch, outOfRange.Exit);
        Assert.Equal("searchindex: no paragraph passes the filters: no article is dated in that range\n", outOfRange.Error);
    }

    [Fact]
    public void No_hits_because_of_an_in_query_source_names_it_and_suggests_nothing()
    {
        var run = Search("source:tribun puttin");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.Equal("searchindex: no hits for 'source:tribun puttin': no outlet is named 'tribun' (names are matched whole); did you mean: tribunnews.com\n", run.Error);
    }

    [Fact]
    public void A_flag_given_true_or_false_with_an_equals_sign_takes_it()
    {
        string Total(params string[] args) =>
            System.Text.RegularExpressions.Regex.Match(Search(["putin", "pyongyang", "--format", "jsonl", "--top", "0", .. args]).Out, "\"query\":\"putin pyongyang\",\"total\":[0-9]+").Value;

        Assert.NotEqual(Total(), Total("--all"));
        Assert.NotEqual("", Total("--all"));
        Assert.Equal(Total("--all"), Total("--all=true"));
        Assert.Equal(Total("--all"), Total("--all:TRUE"));
        Assert.Equal(Total(), Total("--all=false"));
    }

    [Fact]
    public void A_long_query_is_cut_in_the_no_hits_message()
    {
        var run = Search(string.Join(' ', Enumerable.Repeat("zzzqqq", 500)));

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.True(run.Error.Length < 300, run.Error);
    }

    [Fact]
    public void Top_0_counts_the_matches_without_printing_any()
    {
        var all = Search("putin", "--format", "jsonl", "--top", "100");
        var count = Search("putin", "--format", "jsonl", "--top", "0");

        Assert.Equal(ExitCodes.Success, count.Exit);
        var summary = Assert.Single(count.Out.Trim().Split('\n'));
        Assert.Contains("\"returned\":0", summary);
        var total = System.Text.RegularExpressions.Regex.Match(all.Out, "\"total\":([0-9]+)").Groups[1].Value;
        Assert.Contains("\"total\":" + total + ",", summary);
        Assert.NotEqual("0", total);
    }

    [Fact]
    public void No_hits_exit_1_and_suggest_a_close_word()
    {
        var run = Search("Puttin");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.Contains("did you mean: Putin", run.Error);
    }

    [Theory]
    [InlineData(ExitCodes.Success, "--from", "2023", "--to", "2023")]
    [InlineData(ExitCodes.Success, "--from", "2023-09", "--to", "2023-09")]
    [InlineData(ExitCodes.NoMatch, "--from", "2023-10")]
    [InlineData(ExitCodes.NoMatch, "--to", "2023-08")]
    public void A_month_or_year_filters_from_its_first_day_to_its_last(int exit, params string[] args)
    {
        // The sample article is dated 2023-09-13.
        var run = Search(["putin", .. args]);

        Assert.Equal(exit, run.Exit);
    }

    [Theory]
    [InlineData("--top", "abc")]
    [InlineData("--from", "13-09-2023")]
    [InlineData("--format", "xml")]
    [InlineData("--all", "--any")]
    [InlineData("--syntax", "lucene", "putin AND (korea")]
    public void Bad_arguments_and_strict_syntax_errors_exit_2(params string[] args)
    {
        var run = Search(["putin", .. args]);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Single(run.Error.Trim().Split('\n'), l => l.StartsWith("searchindex:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(50_000, 50_000)] // was "Stack overflow." and exit 134 (SIGABRT) from Lucene's recursive parser
    [InlineData(50_000, 0)] // unclosed groups overflowed too
    [InlineData(101, 101)]
    public void Groups_nested_too_deep_are_a_syntax_error_not_a_crash(int open, int close)
    {
        var query = new string('(', open) + "putin" + new string(')', close);

        var run = Search("--syntax", "lucene", "--format", "jsonl", query);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith("searchindex: query syntax error at column 100: ( ) groups nest more than 100 deep in '", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Groups_nested_100_deep_or_quoted_or_escaped_still_search()
    {
        Assert.Equal(ExitCodes.Success, Search("--syntax", "lucene", new string('(', 100) + "putin" + new string(')', 100)).Exit);
        Assert.Equal(ExitCodes.Success, Search("--syntax", "lucene", "putin \"" + new string('(', 500) + "\"").Exit);
        Assert.Equal(ExitCodes.Success, Search("--syntax", "lucene", "putin " + string.Concat(Enumerable.Repeat("\\(", 500))).Exit);
    }

    [Fact]
    public void A_batch_goes_on_past_a_query_nested_too_deep()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-", "--format", "jsonl", "--syntax", "lucene"], new string('(', 50_000) + "putin\nputin\n");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("groups nest more than 100 deep", run.Out);
        Assert.Contains("\"type\":\"hit\"", run.Out);
    }

    [Fact]
    public void A_negative_phrase_slop_is_explained_in_query_terms()
    {
        var run = Search("--syntax", "lucene", "\"putin korea\"~-1");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("a phrase's ~slop must be 0 or more", run.Error);
        Assert.DoesNotContain("Parameter", run.Error);
    }

    [Theory]
    [InlineData("putin^99999999999999999999999999999999999999999")] // a float's infinity
    [InlineData("(putin^10000000 korea)^2")]
    [InlineData("((((((((putin korea)^1000000 moskow)^1000000 kim)^1000000 rusia)^1000000 jong)^1000000 un)^1000000 presiden)^1000000 korut)^1000000")]
    public void A_boost_too_large_for_a_score_is_a_syntax_error_not_a_crash(string query)
    {
        var run = Search("--syntax", "lucene", "--format", "jsonl", query);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith("searchindex: query syntax error: a boost of ", run.Error);
        Assert.Equal(ExitCodes.Success, Search("--syntax", "lucene", "--format", "jsonl", "putin^1000000").Exit);
    }

    [Fact]
    public void A_query_argument_that_was_not_utf8_is_noted_on_stderr()
    {
        // What .NET makes of the Latin-1 bytes "Pu\xe9tin" in an argument: searched as "pu" and "tin", with a note.
        var run = Search("Pu\uFFFDtin");

        Assert.StartsWith("searchindex: the query 'Pu\uFFFDtin' holds \uFFFD, as bytes that are not UTF-8 are read", run.Error);
        Assert.DoesNotContain("\uFFFD", Search("putin").Error);
    }

    [Fact]
    public void A_word_cut_by_a_byte_that_was_not_utf8_gets_no_did_you_mean()
    {
        // "Puti\xe9" read as "Puti\uFFFD": corrected, it was offered as "putin\uFFFD", the bad byte kept.
        var run = Search("--format", "jsonl", "Puti\uFFFD");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.DoesNotContain("did you mean", run.Error);
        Assert.DoesNotContain("suggestion", run.Out);
        Assert.Contains("did you mean: Putin", Search("Puti").Error);
    }

    [Fact]
    public void A_batch_with_a_source_that_leaves_out_a_larger_namesake_says_so_once()
    {
        using var temp = new TempFolder();
        var feed = string.Concat(Enumerable.Range(1, 3).Select(i => $"{{\"id\":{i},\"source\":\"Tempo.co\",\"body\":\"Banjir ke-{i} di Jakarta.\"}}\n"))
            + "{\"id\":9,\"source\":\"TEMPO\",\"body\":\"Banjir di Bekasi.\"}\n";
        temp.Write("corpus/feed.jsonl", feed);
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index"), "--quiet"]).Exit);

        foreach (var syntax in new[] { "forgiving", "lucene" })
        {
            var run = CliRun.Of(["search", "--index", temp.Combine("index"), "--queries-file", "-", "--source", "tempo", "--syntax", syntax, "--format", "jsonl"], "banjir\nbekasi\njakarta\n");

            Assert.Equal(1, run.Error.Split('\n').Count(l => l.Contains("'tempo.co' is left out", StringComparison.Ordinal)));
            Assert.Equal(ExitCodes.Success, run.Exit);
        }
    }

    [Fact]
    public void A_strict_syntax_error_names_the_column()
    {
        var run = Search("--syntax", "lucene", "putin AND (korea");

        Assert.Contains("column", run.Error);
        Assert.Equal(ExitCodes.Error, run.Exit);
    }

    [Fact]
    public void A_missing_index_exits_2()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of(["search", "--index", temp.Combine("none"), "putin"]);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("no index", run.Error);
    }

    [Fact]
    public void Batch_mode_skips_blank_and_comment_lines_and_numbers_queries_by_line()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("queries.txt");
        File.WriteAllText(file, "# comment\n\nputin\n  zzzqqq  \n");

        var run = Search("--queries-file", file, "--format", "jsonl", "--top", "1");

        Assert.Equal(ExitCodes.Success, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"line\":3", lines[0]);
        Assert.Contains("\"type\":\"summary\"", lines[1]);
        Assert.Contains("\"query\":\"zzzqqq\",\"line\":4,\"total\":0", lines[2]);
    }

    [Fact]
    public void Batch_mode_reads_stdin_and_reports_timing_when_asked()
    {
        var env = new Dictionary<string, string> { ["SEARCHINDEX_TIMING"] = "1", ["PEER_REPEAT"] = "2" };

        var run = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-", "--format", "jsonl"], "putin\nkorea\n", environment: env);

        Assert.Equal(ExitCodes.Success, run.Exit);
        var timing = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("TIMING {", StringComparison.Ordinal));
        Assert.Contains("\"queries\":2", timing);
        Assert.Equal(2, timing.Split("\"mean_ms\"").Length - 1);
    }

    [Fact]
    public void A_batch_with_only_no_hits_exits_1()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-", "--format", "jsonl"], "zzzqqq\n");

        Assert.Equal(ExitCodes.NoMatch, run.Exit);
        Assert.Contains("\"type\":\"summary\"", run.Out);
    }

    [Fact]
    public void A_strict_syntax_error_in_a_batch_is_reported_and_the_batch_goes_on()
    {
        var run = CliRun.Of(["search", "--index", index.Path, "--queries-file", "-", "--format", "jsonl", "--syntax", "lucene"], "putin AND (\nputin\n");

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("\"type\":\"error\"", run.Out);
        Assert.Contains("\"type\":\"hit\"", run.Out);
    }

    [Fact]
    public void Ansi_on_a_terminal_unless_no_color_or_a_dumb_terminal()
    {
        var ansi = CliRun.Of(["search", "--index", index.Path, "putin"], terminal: true, environment: new() { ["TERM"] = "xterm-256color" });
        var noColor = CliRun.Of(["search", "--index", index.Path, "putin"], terminal: true, environment: new() { ["NO_COLOR"] = "1" });
        var dumb = CliRun.Of(["search", "--index", index.Path, "putin"], terminal: true, environment: new() { ["TERM"] = "dumb" });
        var always = CliRun.Of(["search", "--index", index.Path, "putin", "--color", "always"]);

        Assert.Contains("\u001b[1;31mPutin\u001b[0m", ansi.Out);
        Assert.Contains("[[Putin]]", noColor.Out);
        Assert.Contains("[[Putin]]", dumb.Out);
        Assert.Contains("\u001b[1;31m", always.Out);
    }

    [Fact]
    public void Html_escapes_everything_but_the_marks()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("corpus"));
        File.WriteAllText(temp.Combine("corpus", "a.txt"), "Judul <b>berita</b> & lainnya\nIsi <script>alert(\"Putin\")</script> & Putin di sini.\n");
        Assert.Equal(0, CliRun.Of(["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index"), "--quiet"]).Exit);

        var run = CliRun.Of(["search", "--index", temp.Combine("index"), "putin", "--highlight", "html"]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.DoesNotContain("<script>", run.Out);
        Assert.DoesNotContain("<b>", run.Out);
        Assert.Contains("&lt;script&gt;alert(&quot;<mark>Putin</mark>&quot;)&lt;/script&gt; &amp; <mark>Putin</mark>", run.Out);
    }
}
