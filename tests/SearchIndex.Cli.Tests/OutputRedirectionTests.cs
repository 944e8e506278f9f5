namespace SearchIndex.Cli.Tests;

/// <summary>Regression: two runs sharing one redirected stdout file must append, not overwrite each other.</summary>
public class OutputRedirectionTests
{
    [Fact]
    public void Consecutive_runs_into_one_file_keep_both_outputs()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out.txt");
        var cli = $"dotnet '{ChildProcess.CliDll}'";

        using var shell = ChildProcess.StartProgram("sh", "-c",
            $"{{ {cli} analyze --format jsonl satu; {cli} analyze --format jsonl dua; }} > '{output}'");
        shell.WaitForExit();

        Assert.Equal(0, shell.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"word\":\"satu\"", lines[0]);
        Assert.Contains("\"word\":\"dua\"", lines[1]);
    }
}
