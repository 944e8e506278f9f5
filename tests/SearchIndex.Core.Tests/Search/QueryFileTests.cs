using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

public sealed class QueryFileTests
{
    [Fact]
    public void Blank_and_comment_lines_are_skipped_and_queries_trimmed()
    {
        var queries = QueryFile.Read(new StringReader("putin\r\n\n  # note\n\tkorea utara \n"));

        Assert.Equal([(1, "putin"), (4, "korea utara")], queries);
    }

    [Fact]
    public void A_byte_order_mark_inside_the_file_is_no_part_of_a_query()
    {
        // `cat a.txt b.txt > q.txt` of files saved with a BOM (Notepad, PowerShell) leaves b's BOM at the start of a
        // line: its comment ran as a query ("\uFEFF# second file" found 52 paragraphs of "second" and "file"), a line of
        // the BOM alone as a query of no word, and the query echoed in JSON and CSV started with an invisible U+FEFF.
        var queries = QueryFile.Read(new StringReader("putin\n\uFEFF# second file\n\uFEFFkorea\n\uFEFF\n"));

        Assert.Equal([(1, "putin"), (3, "korea")], queries);
    }
}
