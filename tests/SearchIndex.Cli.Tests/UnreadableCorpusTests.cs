namespace SearchIndex.Cli.Tests;

/// <summary>
/// A corpus folder or file the user running searchindex may not read is one line that says so in the same words.
/// Root reads everything, so the run is made as 'nobody' (setpriv, util-linux), in a folder it owns.
/// </summary>
public sealed class UnreadableCorpusTests
{
    [Fact]
    public void A_folder_this_user_may_not_list_is_reported_as_a_file_is_and_its_articles_kept()
    {
        using var temp = new TempFolder();
        temp.Write("c/a.txt", "Judul\nIsi berita.\n");
        temp.Write("c/closed/b.txt", "Judul dua\nIsi berita lain.\n");
        temp.Write("c/locked.txt", "Judul tiga\nIsi berita ketiga.\n");
        var indexDir = temp.Combine("index");
        Assert.Equal(0, CliRun.Invoke("index", "--corpus", temp.Combine("c"), "--index", indexDir, "--quiet").ExitCode);
        Shell("chown", "-R", "65534:65534", temp.Path);
        Shell("chmod", "755", temp.Path);
        Shell("chmod", "000", temp.Combine("c/closed"));
        Shell("chmod", "000", temp.Combine("c/locked.txt"));

        using var run = ChildProcess.StartProgram("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "dotnet", ChildProcess.CliDll, "index", "--corpus", temp.Combine("c"), "--index", indexDir);
        var output = run.StandardOutput.ReadToEnd();
        var error = run.StandardError.ReadToEnd();
        run.WaitForExit();
        Shell("chmod", "755", temp.Combine("c/closed"));

        // It had been .NET's sentence, the path said twice: "cannot list folder: Access to the path '/…/c/closed' is denied."
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"searchindex: {temp.Combine("c/closed")}: cannot list folder: permission denied\n" +
            $"searchindex: {temp.Combine("c/locked.txt")}: cannot read: permission denied\n", error);
        Assert.Contains("2 kept as indexed", output);
    }

    private static void Shell(string program, params string[] args)
    {
        using var process = ChildProcess.StartProgram(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
