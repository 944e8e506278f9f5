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
    public void Json_is_one_object()
    {
        var run = CliRun.Of(["info", "--index", index.Path, "--format", "json"]);

        Assert.Equal(ExitCodes.Success, run.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt32());
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
}
