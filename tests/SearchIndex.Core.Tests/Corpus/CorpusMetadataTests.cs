using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

public class CorpusMetadataTests
{
    [Fact]
    public void Columns_are_found_by_name_and_others_are_ignored()
    {
        var table = CorpusMetadata.Parse("c/metadata.tsv",
            "subset\tFile\tSource\tcategory\tdate\turl\r\n"
            + "x\t ./2019/a.txt \t Kompas.com \tNews\t16/09/2019\thttps://k.com/a\r\n"
            + "\n"
            + "x\tb.txt\t\tLife\t\t\r\n");

        var a = table.Row("2019/a.txt");
        Assert.NotNull(a);
        Assert.Equal((2, "Kompas.com", new DateOnly(2019, 9, 16), "https://k.com/a"), (a.Line, a.Source, a.Date, a.Url));
        Assert.Null(a.Author);
        var b = table.Row("b.txt");
        Assert.NotNull(b);
        Assert.Equal((4, null, null, null), (b.Line, b.Source, b.Date, b.Url));
        Assert.Empty(table.Errors);
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void Cells_quoted_as_spreadsheets_export_them_are_read_without_their_quotes()
    {
        var table = CorpusMetadata.Parse("metadata.tsv",
            "\"file\"\t\"source\"\t\"author\"\n"
            + "\"a.txt\"\t\"Kompas \"\"Daily\"\"\"\t\"Doe, John\"\n"
            + "b.txt\t\"Tempo\tco\"\tAni\n"
            + "c.txt\t\"Open quote\tBudi\n");

        Assert.Equal(("Kompas \"Daily\"", "Doe, John"), (table.Row("a.txt")?.Source, table.Row("a.txt")?.Author));
        Assert.Equal(("Tempo\tco", "Ani"), (table.Row("b.txt")?.Source, table.Row("b.txt")?.Author));
        Assert.Equal(("\"Open quote", "Budi"), (table.Row("c.txt")?.Source, table.Row("c.txt")?.Author));
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_names_is_skipped_and_reported_and_empty_extra_cells_are_not()
    {
        var table = CorpusMetadata.Parse("metadata.tsv",
            "file\tsource\turl\na.txt\tKompas\t.com\thttps://k.com/a\nb.txt\tTempo\thttps://t.co/b\t\t \n");

        Assert.Null(table.Row("a.txt"));
        Assert.Equal("https://t.co/b", table.Row("b.txt")?.Url);
        Assert.Equal(
            ["metadata.tsv:2: 4 cells where the first line names 3 columns (a tab inside a value moves the cells after it); quote that value or name the extra column; row skipped"],
            table.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Rows_end_at_line_feeds_and_carriage_returns_only_not_at_a_unicode_line_separator_in_a_value()
    {
        var table = CorpusMetadata.Parse("metadata.tsv",
            "file\tplace\turl\ra.txt\tJAKARTA\u0085 Selatan\thttps://k.com/a\r\nb.txt\tBOGOR\u2028\thttps://k.com/b\n");

        Assert.Equal(("JAKARTA\u0085 Selatan", "https://k.com/a", 2), (table.Row("a.txt")?.Place, table.Row("a.txt")?.Url, table.Row("a.txt")?.Line));
        Assert.Equal(("https://k.com/b", 3), (table.Row("b.txt")?.Url, table.Row("b.txt")?.Line));
        Assert.Empty(table.Errors);
    }

    [Fact]
    public void A_column_named_twice_is_reported_and_the_first_one_read()
    {
        // Two joined exports ("Source" and "source"): the second column's values were ignored unsaid, exit 0.
        var table = CorpusMetadata.Parse("metadata.tsv", "file\tSource\turl\tsource\tcategory\tcategory\na.txt\tKompas\thttps://k.com/a\tDetik\tx\ty\n");

        Assert.Equal(("Kompas", "https://k.com/a"), (table.Row("a.txt")?.Source, table.Row("a.txt")?.Url));
        Assert.Equal(
            ["metadata.tsv:1: the column 'source' is named twice (columns 2 and 4); the first is read and the other ignored: rename or delete one"],
            table.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Published_is_read_before_date()
    {
        var table = CorpusMetadata.Parse("metadata.tsv", "file\tdate\tpublished\na.txt\t2019-01-01\t2019-02-02\n");

        Assert.Equal(new DateOnly(2019, 2, 2), table.Row("a.txt")?.Date);
    }

    [Fact]
    public void A_table_without_a_file_column_is_refused_naming_the_columns_it_has()
    {
        var refused = Assert.Throws<SearchIndexException>(() => CorpusMetadata.Parse("c/metadata.tsv", "name\tsource\na.txt\tKompas\n"));

        Assert.Equal(ErrorKind.BadInput, refused.Kind);
        Assert.StartsWith("c/metadata.tsv:1: no 'file' column", refused.Message);
        Assert.Contains("found 'name', 'source'", refused.Message);
        Assert.Contains("nothing was indexed", refused.Message);
    }

    [Fact]
    public void A_date_that_cannot_be_read_is_left_out_and_reported_with_its_line_and_the_rest_of_the_row_used()
    {
        var table = CorpusMetadata.Parse("c/metadata.tsv",
            "file\tsource\tdate\na.txt\tTempo\t43747\nb.txt\tTempo\t2999-01-01\nc.txt\tTempo\t0001-01-01\n");

        Assert.Equal(("Tempo", (DateOnly?)null), (table.Row("a.txt")?.Source, table.Row("a.txt")?.Date));
        Assert.Equal(
            ["c/metadata.tsv:2: date '43747' is not a date; use yyyy-MM-dd (the article keeps the date of its text, if any)",
             "c/metadata.tsv:3: date '2999-01-01' is after today (the article keeps the date of its text, if any)",
             "c/metadata.tsv:4: date '0001-01-01' is before 1800, a placeholder for no date (the article keeps the date of its text, if any)"],
            table.Errors.Select(e => e.ToString()));
        Assert.All(table.Errors, e => Assert.False(e.Skipped));
    }

    [Fact]
    public void A_second_row_for_one_file_and_a_row_without_a_file_are_skipped_and_reported()
    {
        var table = CorpusMetadata.Parse("metadata.tsv", "file\tsource\na.txt\tTempo\n\tKompas\na.txt\tDetik\n");

        Assert.Equal("Tempo", table.Row("a.txt")?.Source);
        Assert.Equal(
            ["metadata.tsv:3: no file named in the 'file' column; row skipped",
             "metadata.tsv:4: 'a.txt' has a row already (line 2); this one is skipped: keep one row per article"],
            table.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_digest_changes_with_every_value_that_reaches_the_index()
    {
        var row = new MetadataRow(2, "Tempo", new DateOnly(2019, 9, 10), "https://t.co/a", "Ani", "Jakarta");
        var digests = new[]
        {
            row, row with { Source = "Kompas" }, row with { Date = new DateOnly(2019, 9, 11) }, row with { Url = null },
            row with { Author = "Budi" }, row with { Place = "Bogor" }, row with { Title = "Judul" },
        }.Select(r => ContentHash.WithMetadata("abc", r)).ToList();

        Assert.Equal(digests.Count, digests.Distinct().Count());
        Assert.Equal(digests[0], ContentHash.WithMetadata("abc", row with { Line = 9 }));
    }
}
