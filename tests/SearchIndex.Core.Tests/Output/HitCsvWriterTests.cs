using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Output;

public sealed class HitCsvWriterTests
{
    private static SearchHit Hit(int rank, string text, params TextRange[] matches) =>
        new(rank, 1.5f, "a.txt", "Judul, \"kutipan\"", 2, new Highlight(text, matches), new Highlight(text, matches))
        {
            Date = "2019-09-01",
            DateFrom = "metadata",
            Outlet = "Tempo.co",
            Source = "TEMPO.CO",
            Paragraphs = 7,
        };

    [Theory]
    [InlineData("banjir", "banjir")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("kata \"dia\"", "\"kata \"\"dia\"\"\"")]
    [InlineData("dua\nbaris", "\"dua\nbaris\"")]
    [InlineData(" spasi", "\" spasi\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_must_be_and_its_quotes_doubled(string value, string written) =>
        Assert.Equal(written, HitCsvWriter.Field(value));

    [Fact]
    public void Matched_lists_each_form_once_as_first_written()
    {
        var text = new Highlight("Banjir lagi, banjir dan kebanjiran", [new(0, 6), new(13, 19), new(24, 34)]);

        Assert.Equal("Banjir; kebanjiran", HitCsvWriter.Matched(text));
    }

    [Fact]
    public void A_batch_has_one_header_and_every_row_names_its_query_and_line()
    {
        var output = new StringWriter();
        var writer = new HitCsvWriter(output, HighlightRenderers.For(HighlightStyle.None), counts: false);

        var folded = Hit(1, "Banjir, lagi", new TextRange(0, 6)) with { Similar = [new("b.txt", 3), new("c.txt", 0)] };
        writer.Write(new SearchResult("banjir", 1, 12, [folded], TimeSpan.Zero, null));
        writer.WriteError("(a", 2, "syntax error");
        writer.Write(new SearchResult("zzq", 3, 0, [], TimeSpan.Zero, null));
        writer.Finish();

        Assert.Equal(
            string.Join(',', HitCsvWriter.HitColumns) + "\n"
            + "banjir,1,1,1.5,12,a.txt,2,7,2019-09-01,metadata,Tempo.co,TEMPO.CO,,,,\"Judul, \"\"kutipan\"\"\",Banjir,b.txt#3; c.txt#0,\"Banjir, lagi\",\"Banjir, lagi\"\n",
            output.ToString());
    }

    [Fact]
    public void Control_characters_in_ids_names_and_the_query_are_written_as_in_the_text()
    {
        var output = new StringWriter();
        var hit = Hit(1, "Banjir lagi", new TextRange(0, 6)) with
        {
            Article = "dua\nbaris\t.txt",
            Author = "Ali\u0007",
            Similar = [new("dua\nbaris\t.txt", 3)],
        };

        new HitCsvWriter(output, HighlightRenderers.For(HighlightStyle.None), counts: false)
            .Write(new SearchResult("banjir\u0001", null, 1, [hit], TimeSpan.Zero, null));

        // As the similar column (and the text column, and text output) already wrote them: a row is one line.
        var row = output.ToString().Split('\n')[1];
        Assert.StartsWith("banjir\uFFFD,,1,1.5,1,dua\uFFFDbaris .txt,2,7,", row);
        Assert.Contains(",Ali\uFFFD,", row);
        Assert.Contains(",dua\uFFFDbaris .txt#3,", row);
    }

    [Fact]
    public void Marks_are_written_only_by_the_renderer_asked_for()
    {
        var output = new StringWriter();
        new HitCsvWriter(output, HighlightRenderers.For(HighlightStyle.Markers), counts: false)
            .Write(new SearchResult("banjir", null, 1, [Hit(1, "Banjir lagi", new TextRange(0, 6))], TimeSpan.Zero, null));

        Assert.EndsWith(",Banjir,,[[Banjir]] lagi,[[Banjir]] lagi\n", output.ToString());
    }

    [Fact]
    public void Counts_have_their_own_columns_and_an_undated_group_an_empty_key()
    {
        var output = new StringWriter();
        var writer = new HitCsvWriter(output, HighlightRenderers.For(HighlightStyle.None), counts: true);

        writer.Write(new SearchResult("korupsi", null, 9, [], TimeSpan.Zero, null)
        {
            Counts = [new CountBucket("2019", 7, 3), new CountBucket(null, 2, 1)],
            CountBy = CountBy.Year,
        });

        Assert.Equal("query,line,by,key,paragraphs,articles\nkorupsi,,year,2019,7,3\nkorupsi,,year,,2,1\n", output.ToString());
    }

    [Fact]
    public void A_batch_where_no_query_ran_is_still_a_table_with_its_header()
    {
        var output = new StringWriter();
        var writer = new HitCsvWriter(output, HighlightRenderers.For(HighlightStyle.None), counts: true);

        writer.WriteError("(a", 1, "syntax error");
        writer.Finish();

        Assert.Equal("query,line,by,key,paragraphs,articles\n", output.ToString());
    }
}
