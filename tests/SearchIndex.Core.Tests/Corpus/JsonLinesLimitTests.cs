using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>
/// JSONL values the index cannot hold, or that only stand in for "none": a 40,000-character id or source crashed the
/// whole run (Lucene caps a term at 32,766 bytes) and every later update with it; an exporter's 0001-01-01 dated an
/// article 2,000 years back; an empty source became an outlet nobody can name.
/// </summary>
public sealed class JsonLinesLimitTests
{
    [Fact]
    public void An_id_too_long_for_the_index_skips_the_record_with_the_reason()
    {
        var json = $$"""{"id":"{{new string('s', JsonLinesArticle.MaxIdBytes + 1)}}","body":"Banjir besar."}""";

        var error = Assert.Throws<FormatException>(() => JsonLinesArticle.Parse("feed.jsonl", 2, json, "h", out _));

        Assert.Equal($"id is {JsonLinesArticle.MaxIdBytes + 1} bytes long in UTF-8; an id has at most {JsonLinesArticle.MaxIdBytes}", error.Message);
        // Counted in bytes, not characters: 1,000 emoji are 4,000 bytes, as many as the index takes.
        var emoji = string.Concat(Enumerable.Repeat("😀", JsonLinesArticle.MaxIdBytes / 4));
        Assert.Equal("feed.jsonl#" + emoji, JsonLinesArticle.Parse("feed.jsonl", 2, $$"""{"id":"{{emoji}}","body":"Banjir besar."}""", "h", out _).Id);
    }

    [Fact]
    public void A_source_too_long_for_an_outlet_name_is_left_out_and_reported()
    {
        var json = $$"""{"id":"a","source":"{{new string('s', 40000)}}","body":"Banjir besar."}""";

        var article = JsonLinesArticle.Parse("feed.jsonl", 2, json, "h", out var fieldError);

        Assert.Null(article.Source);
        Assert.Equal("source is 40000 characters long; an outlet's name has at most 200 (indexed without it)", fieldError);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_source_is_no_source(string source)
    {
        var article = JsonLinesArticle.Parse("feed.jsonl", 1, $$"""{"id":"a","source":"{{source}}","body":"Banjir besar."}""", "h", out var fieldError);

        Assert.Null(article.Source);
        Assert.Null(fieldError);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1753-01-01")]
    public void A_placeholder_date_is_no_date(string published)
    {
        var json = $$"""{"id":"a","published":"{{published}}","body":"Polisi menangkap pencuri, Rabu (11/9/2019)."}""";

        var article = JsonLinesArticle.Parse("feed.jsonl", 1, json, "h", out var fieldError);

        Assert.Equal(new DateOnly(2019, 9, 11), article.Date);
        Assert.Equal($"published '{published}' is before 1800, a placeholder for no date (indexed, dated from its text)", fieldError);
    }
}
