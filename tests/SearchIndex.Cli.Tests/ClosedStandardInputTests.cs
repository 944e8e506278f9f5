namespace SearchIndex.Cli.Tests;

/// <summary>
/// Standard input closed when the process starts (<c>&lt;&amp;-</c> in a script): the .NET runtime's own pipe then
/// sits at descriptor 0, and reading it waited forever. It reads as empty input instead.
/// </summary>
public sealed class ClosedStandardInputTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private const string ClosedStdin = "exec \"$@\" <&-";

    [Fact]
    public void A_queries_file_read_from_a_closed_standard_input_is_empty_not_a_hang()
    {
        var (code, _, error) = ChildProcess.RunInShell(ClosedStdin, "search", "--index", index.Path, "--queries-file", "-");

        Assert.Equal(ExitCodes.Error, code);
        Assert.StartsWith("searchindex: no queries in standard input", error);
    }

    [Fact]
    public void A_pipe_from_another_program_is_still_read()
    {
        var (code, output, _) = ChildProcess.RunInShell("echo putin | \"$@\"", "search", "--index", index.Path, "--queries-file", "-", "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"query\":\"putin\"", output);
    }
}
