using SearchIndex.Core.Corpus;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Corpus;

public class JsonLinesInputTests
{
    [Fact]
    public void Jsonl_record_fields_become_the_article()
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 3,
            """{"id":"a1","title":"Judul","url":"https://x.id/a1","source":"Antara","author":"Budi","place":"JAKARTA","published":"2024-02-01T10:00:00+07:00","body":"Satu.\nDua.","related":["Lain"]}""",
            "h");

        Assert.Equal("feed.jsonl#a1", article.Id);
        Assert.Equal("Judul", article.Title);
        Assert.Equal(["Satu.", "Dua."], article.Paragraphs);
        Assert.Equal("https://x.id/a1", article.Url);
        Assert.Equal("Antara", article.Source);
        Assert.Equal("Budi", article.Author);
        Assert.Equal("JAKARTA", article.Place);
        Assert.Equal(new DateOnly(2024, 2, 1), article.Date);
        Assert.Equal(["Lain"], article.RelatedLinks);
    }

    [Fact]
    public void Names_beside_the_hits_are_trimmed_and_a_blank_one_is_absent()
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1,
            """{"id":"a1","body":"Isi.","source":"  Kompas  ","author":" Budi\t","place":"  ","url":""}""", "h");

        Assert.Equal("Kompas", article.Source);
        Assert.Equal("Budi", article.Author);
        Assert.Null(article.Place);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Paragraphs_array_and_missing_id_use_the_line_number()
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 7, """{"paragraphs":["Satu.","  ","Dua."]}""", "h");

        Assert.Equal("feed.jsonl#7", article.Id);
        Assert.Equal(["Satu.", "Dua."], article.Paragraphs);
        Assert.Equal("Satu.", article.Title);
    }

    [Theory]
    [InlineData("""{"id":"a","paragraphs":[],"body":"Satu.\nDua."}""")]
    [InlineData("""{"id":"a","paragraphs":["  ",null],"body":"Satu.\nDua."}""")]
    public void A_paragraphs_list_without_text_gives_way_to_the_body(string json)
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1, json, "h", out var fieldError);

        Assert.Equal(["Satu.", "Dua."], article.Paragraphs);
        Assert.Null(fieldError);
    }

    [Fact]
    public void A_record_with_neither_body_nor_paragraphs_text_is_no_article()
    {
        var error = Assert.Throws<FormatException>(() => JsonLinesArticle.Parse("feed.jsonl", 1, """{"id":"a","paragraphs":[],"body":"  "}""", "h"));

        Assert.StartsWith("no text", error.Message);
    }

    [Theory]
    [InlineData("""{"id":"a","title":{"text":"Judul"},"body":"Isi."}""", "title is an object, not a string; left out")]
    [InlineData("""{"id":"a","source":true,"body":"Isi."}""", "source is a boolean, not a string; left out")]
    [InlineData("""{"id":"a","related":"https://x.id/b","body":"Isi."}""", "related is a string, not an array of strings; left out")]
    [InlineData("""{"id":"a","paragraphs":["Isi.",7,"Lagi."]}""", "paragraphs[1] is a number, not a string; such items left out")]
    [InlineData("""{"id":"a","author":["Budi"],"published":"kemarin","body":"Isi."}""",
        "author is an array, not a string; left out; published 'kemarin' is not a date; use yyyy-MM-dd (indexed without a date)")]
    public void A_known_field_of_an_unusable_type_is_named_and_the_article_kept(string json, string expected)
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1, json, "h", out var fieldError);

        Assert.Equal("feed.jsonl#a", article.Id);
        Assert.Equal(expected, fieldError);
    }

    [Fact]
    public void A_record_without_a_date_is_dated_by_its_titles_day_name_date_when_its_body_names_none()
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1,
            """{"id":"a","title":"Hasil Liga Champions, Rabu (18/9/2019)","body":"Juventus ditahan imbang Atletico."}""", "h", out _);

        Assert.Equal(new DateOnly(2019, 9, 18), article.Date);
    }

    [Fact]
    public void A_published_date_after_tomorrow_is_named_and_the_text_dates_the_article()
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1,
            """{"id":"a","published":"2099-01-01","body":"Polisi menangkap pencuri, Rabu (11/9/2019)."}""", "h", out var fieldError);

        Assert.Equal(new DateOnly(2019, 9, 11), article.Date);
        Assert.Equal("published '2099-01-01' is after today (indexed, dated from its text)", fieldError);
    }

    [Fact]
    public void A_published_date_refused_as_after_today_is_in_the_content_hash_so_the_record_is_re_indexed_when_its_day_comes()
    {
        // The line's bytes do not change when the day comes; a fresh build then dates the record by its field. Were
        // its hash the line's, the update would call it unchanged and keep the text's date (or none), exit 0.
        const string Ahead = """{"id":"a","published":"2099-01-01","body":"Polisi menangkap pencuri, Rabu (11/9/2019)."}""";
        var refused = JsonLinesArticle.Parse("feed.jsonl", 1, Ahead, "h", out _);
        var again = JsonLinesArticle.Parse("feed.jsonl", 1, Ahead, "h", out _);
        var accepted = JsonLinesArticle.Parse("feed.jsonl", 1, """{"id":"a","published":"2019-09-10","body":"Isi."}""", "h", out _);

        Assert.NotEqual("h", refused.ContentHash);
        Assert.Equal(refused.ContentHash, again.ContentHash);
        Assert.Equal("h", accepted.ContentHash);
    }

    [Fact]
    public void Invalid_json_names_the_byte_where_it_goes_wrong()
    {
        var error = Assert.Throws<FormatException>(() => JsonLinesArticle.Parse("feed.jsonl", 1, """{"id":"a","body":"x"}}""", "h"));

        Assert.StartsWith("invalid JSON at byte 22 (", error.Message);
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"body\":\"Satu.\"}\r{\"id\":\"b\",\"body\":\"Dua.\"}\r",
        "; its records end with a lone CR (old Mac line ends), which ends no line in a .jsonl file: end each with LF (e.g. tr '\\r' '\\n')")]
    [InlineData("{\"id\":\"a\",\"body\":\"Satu.\"}{\"id\":\"b\",\"body\":\"Dua.\"}",
        "; two or more records on one line: give each a line of its own")]
    [InlineData("{\"id\":\"a\",\"body\":\"Satu.\"}{\"id\":\"b\",\"body\":\"Dua.\"}\r",
        "; two or more records on one line: give each a line of its own")]
    public void Records_run_together_on_one_line_are_told_how_to_part_them(string json, string advice)
    {
        // The reader's message alone ('{' is invalid after a single JSON value) said nothing of the records it skipped.
        var error = Assert.Throws<FormatException>(() => JsonLinesArticle.Parse("feed.jsonl", 1, json, "h"));

        Assert.StartsWith("invalid JSON at byte ", error.Message);
        Assert.EndsWith("('{' is invalid after a single JSON value)" + advice, error.Message);
    }

    [Fact]
    public void Numbers_and_nulls_in_text_fields_are_not_reported()
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1, """{"id":12,"title":2024,"source":null,"related":null,"paragraphs":["Isi.",null]}""", "h", out var fieldError);

        Assert.Null(fieldError);
        Assert.Equal("feed.jsonl#12", article.Id);
        Assert.Equal("2024", article.Title);
    }

    [Theory]
    [InlineData("""{"id":"a","body":"kopi \ud800 tubruk"}""")]
    [InlineData("""{"id":"a","title":"\udc00","body":"kopi"}""")]
    [InlineData("""{"id":"a","body":"kopi","related":["\ud83d"]}""")]
    public void A_half_surrogate_escape_is_a_bad_record_not_a_crash(string json)
    {
        var error = Assert.Throws<FormatException>(() => JsonLinesArticle.Parse("feed.jsonl", 1, json, "h"));

        Assert.Contains("surrogate", error.Message);
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_line_and_good_ones_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":"a","title":"Satu","body":"Polisi menangkap pencuri."}""",
            """{"id":"b", "body": """,
            "",
            """[1,2]""",
            """{"id":"c","title":"Tanpa isi"}""",
            """{"id":"d","paragraphs":["Presiden meresmikan jalan tol."]}""",
            """{"id":"e","body":"Kopi \ud800 tubruk."}"""));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(2, summary.Added);
        Assert.Equal([2, 4, 5, 7], summary.Errors.Select(e => e.Line!.Value));
        Assert.Contains("invalid JSON", summary.Errors[0].Reason);
        Assert.Contains("expected a JSON object", summary.Errors[1].Reason);
        Assert.Contains("no text", summary.Errors[2].Reason);
        Assert.Contains("surrogate", summary.Errors[3].Reason);
    }
    [Fact]
    public void A_byte_order_mark_on_a_blank_first_line_is_a_blank_line_and_a_record_deleted_after_it_goes()
    {
        // An exporter that writes the BOM, then a line end: the first line was "no text (the file holds only white
        // space)", exit 2 at every run, and, as a record that might have been any article, it kept every one of the file.
        using var temp = new TempFolder();
        temp.Write("corpus/feed.jsonl", "\uFEFF\r\n" + """{"id":"a","body":"Polisi menangkap pencuri."}""" + "\r\n"
            + """{"id":"b","body":"Banjir melanda Bekasi."}""" + "\r\n");
        var request = new IndexRequest([temp.Combine("corpus")], temp.Combine("index"));
        var built = new IndexBuilder(request).Run();
        temp.Write("corpus/feed.jsonl", "\uFEFF\r\n" + """{"id":"a","body":"Polisi menangkap pencuri."}""" + "\r\n");

        var updated = new IndexBuilder(request).Run();

        Assert.Equal((2, 0), (built.Added, built.Errors.Count));
        Assert.Equal((1, 1, 0), (updated.Removed, updated.Unchanged, updated.Errors.Count));
    }

    [Fact]
    public void A_blank_id_is_no_id_so_each_record_keeps_its_line_number()
    {
        using var temp = new TempFolder();
        // An exporter's "id":"" on every record made them all feed.jsonl#: the first indexed, the rest skipped as duplicates.
        temp.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":"","body":"Polisi menangkap pencuri."}""",
            """{"id":"","body":"Presiden meresmikan jalan tol."}""",
            """{"id":"  ","body":"Banjir melanda Bekasi."}""",
            """{"id":"a","body":"Gempa di Lombok."}"""));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal((4, 0), (summary.Added, summary.Errors.Count));
        Assert.Equal("feed.jsonl#3", JsonLinesArticle.Parse("feed.jsonl", 3, """{"id":" ","body":"x"}""", "h").Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_file_with_its_byte_order_mark_is_read_record_by_record(bool bigEndian)
    {
        using var temp = new TempFolder();
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: true);
        // U+FFFD written as text (a replacement character the source already had) is text, not damage.
        var text = "{\"id\":\"a\",\"body\":\"Polisi menangkap pencuri \uFFFD.\"}\n{\"id\":\"b\",\"body\":\"Presiden meresmikan jalan tol.\"}\n";
        temp.WriteBytes("corpus/feed.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal(2, summary.Added);
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public void A_utf16_file_without_its_byte_order_mark_is_one_error_that_names_its_encoding(bool bigEndian, string name)
    {
        using var temp = new TempFolder();
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: false);
        var text = "{\"id\":\"a\",\"body\":\"Polisi menangkap pencuri.\"}\n{\"id\":\"b\",\"body\":\"Presiden meresmikan jalan tol.\"}\n{\"id\":\"c\",\"body\":\"Banjir.\"}\n";
        temp.WriteBytes("corpus/feed.jsonl", encoding.GetBytes(text));

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        // Split on the '\n' byte, each record after the first began (little-endian) with the newline's NUL and was
        // called UTF-16BE, whose conversion garbles it, and the NUL after the last made a fourth line, 'binary'.
        var error = Assert.Single(summary.Errors);
        Assert.Null(error.Line);
        Assert.Equal($"NUL bytes (the first at offset {(bigEndian ? 0 : 1)}): the file looks like {name} without a byte-order mark; save it as UTF-8 (e.g. iconv -f {name} -t UTF-8), or as UTF-16 with a BOM", error.Reason);
        Assert.Equal(0, summary.Added);
    }

    [Fact]
    public void Damaged_utf16_keeps_the_records_before_it_and_names_the_line()
    {
        using var temp = new TempFolder();
        var encoding = new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var good = encoding.GetBytes("{\"id\":\"a\",\"body\":\"Polisi menangkap pencuri.\"}\n");
        // A lone high surrogate (D800) inside the second record.
        byte[] damaged = [.. encoding.GetBytes("{\"id\":\"b\",\"body\":\"Kopi "), 0x00, 0xD8, .. encoding.GetBytes(" tubruk.\"}\n")];
        temp.WriteBytes("corpus/feed.jsonl", [.. encoding.GetPreamble(), .. good, .. damaged]);

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("invalid UTF-16", error.Reason);
    }
}
