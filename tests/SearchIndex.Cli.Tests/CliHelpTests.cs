namespace SearchIndex.Cli.Tests;

public class CliHelpTests
{
    [Fact]
    public void Help_names_the_program_searchindex_and_lists_every_command()
    {
        var run = CliRun.Of(["--help"]);

        Assert.Equal(0, run.Exit);
        Assert.Contains("searchindex [command] [options]", run.Out);
        foreach (var command in new[] { "index", "search", "analyze", "eval" })
        {
            Assert.Matches($@"\n  {command}\b", run.Out);
        }
    }

    [Fact]
    public void No_command_is_exit_2_with_a_hint()
    {
        var run = CliRun.Of([]);

        Assert.Equal(2, run.Exit);
        Assert.Equal("searchindex: no command given; use one of: index, search, analyze, eval, info\n", run.Error);
    }

    [Fact]
    public void An_unknown_command_is_named()
    {
        var run = CliRun.Of(["serach", "putin"]);

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("searchindex: unknown command 'serach'; use one of: index, search, analyze, eval, info", run.Error);
    }

    [Theory]
    [InlineData("search", "--index", "FILE", "putin")]
    [InlineData("search", "--queries-file", "FOLDER")]
    [InlineData("analyze", "--words", "FOLDER")]
    [InlineData("analyze", "--text-file", "FOLDER")]
    public void A_file_for_a_folder_or_a_folder_for_a_file_is_said_so(params string[] args)
    {
        using var temp = new TempFolder();
        temp.Write("file.txt", "putin\n");
        var run = CliRun.Of(args.Select(a => a switch { "FILE" => temp.Combine("file.txt"), "FOLDER" => temp.Path, _ => a }).ToArray());

        Assert.Equal(2, run.Exit);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.Matches("is a (file|folder)", run.Error);
    }
}
