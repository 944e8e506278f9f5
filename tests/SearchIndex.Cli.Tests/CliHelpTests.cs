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
    public void Search_help_names_every_case_of_the_defaults_it_states()
    {
        // --count-by requires every word as --sort newest does, and KWIC lines are marked as text is
        // (docs/cli/search.md); the help had named --sort alone, and text and csv alone.
        var run = CliRun.Of(["search", "--help"]);

        Assert.Equal(0, run.Exit);
        var lines = run.Out.Split('\n');
        Assert.Contains("--count-by", Assert.Single(lines, l => l.TrimStart().StartsWith("--all ", StringComparison.Ordinal)));
        Assert.Contains("--count-by", Assert.Single(lines, l => l.TrimStart().StartsWith("--any ", StringComparison.Ordinal)));
        Assert.Contains("kwic", Assert.Single(lines, l => l.TrimStart().StartsWith("--highlight ", StringComparison.Ordinal)));
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
