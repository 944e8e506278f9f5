namespace SearchIndex.Cli.Tests;

/// <summary>
/// Golden output of <c>search</c> on the sample corpus. The queries use names ("Putin Pyongyang") that no Indonesian
/// stemmer changes, so the files survive a stemmer swap.
/// </summary>
public sealed class SearchGoldenTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private CliRun Search(params string[] args) => CliRun.Of(["search", "--index", index.Path, .. args]);

    [Fact]
    public void Text_with_markers()
    {
        var run = Search("Putin Pyongyang", "--top", "3");

        Assert.Equal(0, run.Exit);
        Golden.Verify("putin-pyongyang.markers.txt", run.Out);
    }

    [Fact]
    public void Text_with_context_and_a_short_snippet()
    {
        var run = Search("Putin Pyongyang", "--top", "1", "--context", "1", "--snippet-chars", "120");

        Golden.Verify("putin-pyongyang.context.txt", run.Out);
    }

    [Fact]
    public void Text_with_html()
    {
        var run = Search("\"Vladimir Putin\"", "--highlight", "html");

        Golden.Verify("vladimir-putin.html.txt", run.Out);
    }

    [Fact]
    public void Json_lines()
    {
        var run = Search("Putin Pyongyang", "--top", "2", "--format", "jsonl");

        Golden.Verify("putin-pyongyang.jsonl", run.Out);
    }

    [Fact]
    public void Json_document()
    {
        var run = Search("\"Vladimir Putin\"", "--format", "json");

        Golden.Verify("vladimir-putin.json", run.Out);
    }
}
