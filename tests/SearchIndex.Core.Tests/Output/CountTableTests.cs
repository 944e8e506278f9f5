using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Output;

public class CountTableTests
{
    [Fact]
    public void Counts_line_up_under_their_header_when_an_outlet_name_has_wide_characters()
    {
        // 新华社 takes six terminal columns in three UTF-16 units: padded by its length, its numbers stood three columns left.
        var output = new StringWriter();
        var writer = new HitTextWriter(output, HighlightRenderers.For(HighlightStyle.None), showQueryHeader: false);

        writer.Write(new SearchResult("gempa", null, 9, [], TimeSpan.Zero, null)
        {
            Counts = [new CountBucket("新华社", 7, 3), new CountBucket("kompas.com", 2, 1)],
            CountBy = CountBy.Source,
        });

        var lines = output.ToString().Split('\n').Where(line => line.Contains("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.Equal(TerminalColumns.Of(lines[0]), TerminalColumns.Of(line)));
    }
}
