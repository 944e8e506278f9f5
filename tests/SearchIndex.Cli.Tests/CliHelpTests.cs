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
        Assert.Contains("Try 'searchindex --help'.", run.Error);
    }
}
