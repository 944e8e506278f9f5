namespace SearchIndex.Cli.Tests;

public class DamagedIndexTests
{
    [Theory]
    [InlineData("search", "putin")]
    [InlineData("index", "--corpus")]
    public void A_truncated_index_file_is_one_line_naming_the_fix(string command, string last)
    {
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", index).ExitCode);
        var largest = new DirectoryInfo(index).GetFiles().Where(f => f.Name != "searchindex.lock").MaxBy(f => f.Length)!;
        using (var stream = largest.Open(FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        string[] args = last == "--corpus"
            ? [command, "--index", index, "--corpus", RepositoryPaths.SampleCorpus]
            : [command, "--index", index, last];
        var (code, _, error) = CliRun.Invoke(args);

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("is damaged", error);
        Assert.Contains($"rebuild it with 'searchindex index --corpus {Path.GetFullPath(RepositoryPaths.SampleCorpus)} --index {index} --rebuild'", error);
        Assert.DoesNotContain(" at Lucene.", error); // no stack frame, though the message Lucene wrote holds one
    }

    [Theory]
    [InlineData("search", "putin")]
    [InlineData("info", null)]
    [InlineData("index", null)]
    [InlineData("index", "--rebuild")]
    public void A_copy_of_the_commit_file_beside_it_is_one_line_naming_it(string command, string? last)
    {
        // 'cp segments_1 segments_1.bak' before a repair: Lucene reads every segments* name as a commit's number.
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", index).ExitCode);
        var commit = Directory.GetFiles(index, "segments_*").Single();
        File.Copy(commit, commit + ".bak");

        string[] args = command == "index"
            ? [command, "--index", index, "--corpus", RepositoryPaths.SampleCorpus, .. last is null ? Array.Empty<string>() : [last]]
            : [command, "--index", index, .. last is null ? Array.Empty<string>() : [last]];
        var (code, _, error) = CliRun.Invoke(args);

        Assert.Equal(2, code);
        Assert.Equal($"searchindex: index folder '{index}' holds '{Path.GetFileName(commit)}.bak', which Lucene takes for a commit by its name and cannot read; move it out of the index folder, then run again\n", error);
        Assert.True(File.Exists(commit + ".bak"));
    }

    [Fact]
    public void A_missing_segment_file_is_damage_not_no_index()
    {
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", index).ExitCode);
        File.Delete(Directory.GetFiles(index, "*.si").First());

        var (code, _, error) = CliRun.Invoke("search", "--index", index, "putin");

        Assert.Equal(2, code);
        Assert.Contains("is damaged", error);
        Assert.Contains("--rebuild", error);
    }

    [Theory]
    [InlineData("search", "putin")]
    [InlineData("info", null)]
    [InlineData("index", null)]
    public void A_lost_commit_point_is_damage_with_the_rebuild_command_not_a_build_in_progress(string command, string? last)
    {
        // segments_N deleted by mistake, or moved to lost+found by fsck: segments.gen says a commit was completed, so
        // the folder is no unfinished first build. 'index' had named its own pid as "another run building it", at
        // every run, and 'search' advised the build that failed so.
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", index).ExitCode);
        File.Delete(Directory.GetFiles(index, "segments_*").Single());

        var args = CommandOn(index, command, last);
        var (code, _, error) = CliRun.Invoke(args);

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"searchindex: index '{index}' is damaged: its commit point (segments_N) is missing", error);
        Assert.EndsWith($"; rebuild it with 'searchindex index --corpus DIR --index {index} --rebuild'\n", error);
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", index, "--rebuild", "--quiet").ExitCode);
        Assert.Equal(0, CliRun.Invoke("search", "--index", index, "putin").ExitCode);
    }

    [Theory]
    [InlineData("search", "putin")]
    [InlineData("info", null)]
    [InlineData("index", null)]
    public void A_garbled_segments_gen_beside_an_intact_commit_says_to_delete_it_not_to_rebuild(string command, string? last)
    {
        // segments.gen only points Lucene to the latest commit; zeroed by a power cut (written, not yet on disk) Lucene
        // refuses the whole index, and the advice to rebuild threw an intact index away.
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", RepositoryPaths.SampleCorpus, "--index", index).ExitCode);
        var gen = Path.Combine(index, "segments.gen");
        File.WriteAllBytes(gen, new byte[new FileInfo(gen).Length]);

        var args = CommandOn(index, command, last);
        var (code, _, error) = CliRun.Invoke(args);

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"searchindex: index '{index}': its file 'segments.gen' is damaged (", error);
        Assert.EndsWith($"); it only points to the last commit, which is intact: delete '{Path.Combine(index, "segments.gen")}', then run again\n", error);
        File.Delete(gen);
        Assert.Equal(0, CliRun.Invoke(args).ExitCode);
    }

    /// <summary>The arguments of <paramref name="command"/> on <paramref name="index"/>: an update of the sample corpus, or <paramref name="last"/> if any.</summary>
    private static string[] CommandOn(string index, string command, string? last) => command == "index"
        ? [command, "--index", index, "--corpus", RepositoryPaths.SampleCorpus]
        : [command, "--index", index, .. last is null ? Array.Empty<string>() : [last]];
}
