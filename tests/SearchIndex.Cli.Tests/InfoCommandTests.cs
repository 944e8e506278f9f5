namespace SearchIndex.Cli.Tests;

/// <summary><c>searchindex info</c> through the CLI: labelled lines or one JSON object, and the usual index errors.</summary>
public sealed class InfoCommandTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Fact]
    public void Text_names_the_article_count_and_its_outlet()
    {
        var run = CliRun.Of(["info", "--index", index.Path]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("articles  1 (", run.Out);
        Assert.Contains("sources   1 outlet: Tribunnews.com 1", run.Out);
        Assert.Contains("dates     2023-09-13 to 2023-09-13", run.Out);
    }

    [Fact]
    public void A_mistyped_option_is_named_with_the_option_meant()
    {
        // System.CommandLine's own "Unrecognized command or argument '--fromat'." named no option to use instead.
        var run = CliRun.Of(["info", "--index", index.Path, "--fromat", "json"]);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal("searchindex: unknown option '--fromat' (did you mean --format?)\n", run.Error);
    }

    [Fact]
    public void Json_is_one_object()
    {
        var run = CliRun.Of(["info", "--index", index.Path, "--format", "json"]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt32());
        // As the text's "0 undated": a script had to subtract dated_articles from articles to learn it.
        Assert.Equal(0, json.RootElement.GetProperty("undated_articles").GetInt32());
    }

    [Fact]
    public void Acronyms_lists_the_pairs_the_corpus_defines_as_text_or_json_lines()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/a.txt", "Pasar Sepi\nPedagang mengeluh sejak Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM) berlaku.\n");
        temp.Write("corpus/b.txt", "Aturan Baru\nPemerintah memperpanjang Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM) di Bali.\n");
        temp.Write("corpus/c.txt", "Sekolah Daring\nSelama Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM) murid belajar di rumah.\n");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index"), "--quiet"]).Exit);

        var text = CliRun.Of(["info", "--index", temp.Combine("index"), "--acronyms"]);
        var json = CliRun.Of(["info", "--index", temp.Combine("index"), "--acronyms", "--format", "json"]);
        var summary = CliRun.Of(["info", "--index", temp.Combine("index")]);

        Assert.Equal("ppkm\tpemberlakuan pembatasan kegiatan masyarakat\n", text.Out);
        using var line = System.Text.Json.JsonDocument.Parse(Assert.Single(json.Out.TrimEnd('\n').Split('\n')));
        Assert.Equal("pemberlakuan pembatasan kegiatan masyarakat", line.RootElement.GetProperty("long_form").GetString());
        Assert.Contains("acronyms  1 pair the corpus defines, 1 not among the", summary.Out);
    }

    [Fact]
    public void Acronyms_of_a_corpus_defining_none_is_an_empty_list_with_a_note()
    {
        var run = CliRun.Of(["info", "--index", index.Path, "--acronyms"]);

        Assert.Equal((ExitCodes.Success, ""), (run.Exit, run.Out));
        Assert.StartsWith("searchindex: the corpus defines no acronyms (", run.Error);
    }

    [Fact]
    public void Control_characters_in_an_outlet_name_never_reach_the_terminal()
    {
        // Before, "info" printed a scraped source's escape sequence as is: "sources   1 outlet: ESC[32mKompas 1".
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "{\"source\":\"\\u001b[32mKompas\\u0007\",\"body\":\"Polisi menangkap pelaku.\"}\n");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index"), "--quiet"]).Exit);

        var text = CliRun.Of(["info", "--index", temp.Combine("index")]);
        var json = CliRun.Of(["info", "--index", temp.Combine("index"), "--format", "json"]);

        Assert.Equal(ExitCodes.Success, text.Exit);
        Assert.Contains("sources   1 outlet: \uFFFD[32mKompas\uFFFD 1\n", text.Out);
        Assert.DoesNotContain('\u001b', text.Out);
        Assert.DoesNotContain('\u0007', text.Out);
        Assert.Contains("\"name\":\"\\u001B[32mKompas\\u0007\"", json.Out); // JSON keeps the name exact, escaped
    }

    [Fact]
    public void A_missing_index_is_one_line_and_exit_2()
    {
        var run = CliRun.Of(["info", "--index", index.Path + "-missing"]);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.StartsWith("searchindex: no index in ", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_index_option_naming_the_corpus_folder_says_to_index_it_into_a_folder_of_its_own()
    {
        // A newcomer gives their articles' folder as --index. The error said "build one with 'searchindex index
        // --corpus DIR --index news'", a command index refuses (an index may not share its corpus's folder).
        using var temp = new TempFolder();
        temp.Write("news/a.txt", "Judul\nPolisi menangkap pelaku.\n");
        var news = temp.Combine("news");

        foreach (var command in new[] { "info", "search" })
        {
            var run = CliRun.Of(command == "info" ? ["info", "--index", news] : ["search", "polisi", "--index", news]);

            Assert.Equal(ExitCodes.Error, run.Exit);
            Assert.Equal($"searchindex: no index in '{news}': it holds articles ('a.txt'), not an index; build one from them with "
                + $"'searchindex index --corpus {news} --index {news}-index', then give --index {news}-index\n", run.Error);
        }
    }

    [Fact]
    public void An_index_path_with_a_quoted_tilde_is_told_apart_from_the_home_folder()
    {
        // '~/idx' quoted reaches the tool as typed; the advice to build one "--index ~/idx" then built it elsewhere.
        var run = CliRun.Of(["search", "polisi", "--index", "~/zzq-no-such-index"]);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Equal("searchindex: no index in '~/zzq-no-such-index' (a folder named '~' in the current one: the shell reads ~ as your home folder only unquoted; write $HOME instead); "
            + "build one with 'searchindex index --corpus DIR --index ~/zzq-no-such-index'\n", run.Error);
    }

    [Fact]
    public void Files_an_index_run_deletes_while_info_counts_the_folder_are_no_damage()
    {
        // info may run while an index run commits, which deletes the old commit's and merged segments' files. A file
        // gone between listing the folder and reading its size was "index ... is damaged and cannot be read (Could not
        // find file ...); rebuild it", exit 2, of a whole index. Here a loop creates and deletes files in the folder.
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--quiet"]).Exit);
        using var stop = new CancellationTokenSource();
        var churn = new Thread(() =>
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var names = Enumerable.Range(0, 200).Select(i => Path.Combine(indexDir, $"churn{round}_{i}")).ToList();
                names.ForEach(name => File.WriteAllBytes(name, []));
                names.ForEach(File.Delete);
            }
        });
        churn.Start();

        var failures = new List<string>();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(3) && failures.Count == 0)
            {
                var info = CliRun.Of(["info", "--index", indexDir]);
                if (info.Exit != ExitCodes.Success)
                {
                    failures.Add(info.Error);
                }
            }
        }
        finally
        {
            stop.Cancel();
            churn.Join();
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Check_reads_every_file_of_the_commit_and_says_intact()
    {
        var text = CliRun.Of(["info", "--index", index.Path, "--check"]);
        var json = CliRun.Of(["info", "--index", index.Path, "--check", "--format", "json"]);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (text.Exit, json.Exit));
        Assert.StartsWith($"index     {index.Path}: intact\nchecked   ", text.Out);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Out);
        var root = parsed.RootElement;
        Assert.True(root.GetProperty("intact").GetBoolean());
        var commit = new Lucene.Net.Index.SegmentInfos();
        using var directory = Lucene.Net.Store.FSDirectory.Open(index.Path);
        commit.Read(directory);
        var files = commit.GetFiles(directory, includeSegmentsFile: true);
        Assert.Equal(files.Count, root.GetProperty("files").GetInt32());
        Assert.Equal(files.Sum(f => new FileInfo(Path.Combine(index.Path, f)).Length), root.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public void Check_names_a_file_whose_bytes_changed_where_search_and_the_summary_read_nothing_wrong()
    {
        // A byte flipped in the checksum that ends the compound file: no search reads it (Lucene 4.8 compares
        // checksums only when it merges), so only the check finds it.
        using var temp = new TempFolder();
        var indexDir = temp.Combine("index");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", RepositoryPaths.SampleCorpus, "--index", indexDir, "--quiet"]).Exit);
        var compound = new DirectoryInfo(indexDir).GetFiles("*.cfs").MaxBy(f => f.Length)!;
        using (var stream = compound.Open(FileMode.Open))
        {
            stream.Position = stream.Length - 1;
            var b = stream.ReadByte();
            stream.Position--;
            stream.WriteByte((byte)(b ^ 0x5A));
        }

        var check = CliRun.Of(["info", "--index", indexDir, "--check"]);

        Assert.Equal(ExitCodes.Success, CliRun.Of(["search", "--index", indexDir, "putin"]).Exit);
        Assert.Equal(ExitCodes.Success, CliRun.Of(["info", "--index", indexDir]).Exit);
        Assert.Equal((ExitCodes.Error, ""), (check.Exit, check.Out));
        Assert.Equal(
            $"searchindex: index '{indexDir}' is damaged: file '{compound.Name}' does not match the checksum written with it: bytes changed after searchindex wrote them (a disk, copy or transfer fault); "
            + $"rebuild it with 'searchindex index --corpus {Path.GetFullPath(RepositoryPaths.SampleCorpus)} --index {indexDir} --rebuild'\n",
            check.Error);
    }

    [Fact]
    public void Check_follows_commits_an_index_run_makes_meanwhile()
    {
        // Each update commits and deletes files of the commit before, which a check may be reading: it then checks the
        // new commit, not report a file the update deleted as missing.
        using var temp = new TempFolder();
        var article = temp.Write("corpus/a.txt", "Banjir Jakarta\nHujan deras sejak pagi.\n");
        var indexDir = temp.Combine("index");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", temp.Combine("corpus"), "--index", indexDir, "--quiet"]).Exit);
        using var stop = new CancellationTokenSource();
        var updates = 0;
        var updater = new Thread(() =>
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                File.WriteAllText(article, $"Banjir Jakarta\nHujan deras sejak pagi, hari ke-{round}.\n");
                if (CliRun.Of(["index", "--corpus", temp.Combine("corpus"), "--index", indexDir, "--quiet"]).Exit == ExitCodes.Success)
                {
                    updates++;
                }
            }
        });
        updater.Start();

        var failures = new List<string>();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while ((clock.Elapsed < TimeSpan.FromSeconds(3) || Volatile.Read(ref updates) < 3) && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                var check = CliRun.Of(["info", "--index", indexDir, "--check"]);
                if (check.Exit != ExitCodes.Success)
                {
                    failures.Add(check.Error);
                }
            }
        }
        finally
        {
            stop.Cancel();
            updater.Join();
        }

        Assert.Empty(failures);
        Assert.True(updates >= 3, $"only {updates} updates ran beside the checks");
    }

    [Fact]
    public void Check_and_acronyms_together_is_a_usage_error()
    {
        var run = CliRun.Of(["info", "--index", index.Path, "--check", "--acronyms"]);

        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("--acronyms and --check each replace the summary: give one of them", run.Error);
    }
}
