using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// <c>title:</c> words mark the title they matched, in both syntaxes, and not the paragraph, which they never searched.
/// The sample's title is "Usai menggelar kunjungan ke situs peluncuran roket luar angkasa Kosmodrom Vostochny…".
/// </summary>
public sealed class TitleHighlightTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private static readonly SearchOptions Forgiving = new();
    private static readonly SearchOptions Strict = new() { Syntax = QuerySyntax.Lucene };

    private static List<string> TitleMarks(SearchHit hit) => hit.TitleMatches.Select(m => hit.Title[m.Start..m.End]).ToList();

    private static List<string> TextMarks(SearchHit hit) => hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]).ToList();

    [Theory]
    [InlineData("title:roket", false)]
    [InlineData("title:roket", true)]
    [InlineData("title:peluncuran", false)]
    [InlineData("title:peluncuran", true)]
    public void A_title_word_marks_the_title_only(string query, bool strict)
    {
        var hits = index.Session.Search(query, strict ? Strict : Forgiving).Hits;

        Assert.NotEmpty(hits);
        var word = query["title:".Length..];
        Assert.All(hits, h => Assert.Equal([word], TitleMarks(h)));
        // Paragraph 0 holds the word too, but the query asked the title only.
        Assert.All(hits, h => Assert.Empty(h.Text.Matches));
    }

    [Theory]
    [InlineData("title:\"luar angkasa\"", false)]
    [InlineData("title:\"luar angkasa\"", true)]
    public void A_title_phrase_marks_its_words_in_the_title(string query, bool strict)
    {
        var hit = index.Session.Search(query, strict ? Strict : Forgiving).Hits[0];

        Assert.Equal(["luar", "angkasa"], TitleMarks(hit));
    }

    [Theory]
    [InlineData("putin title:roket", false)]
    [InlineData("putin title:roket", true)]
    public void Paragraph_words_and_title_words_each_mark_where_they_were_searched(string query, bool strict)
    {
        var hits = index.Session.Search(query, (strict ? Strict : Forgiving) with { Top = 50 }).Hits;

        var hit = hits.First(h => h.Text.Text.Contains("Putin", StringComparison.Ordinal) && h.Text.Text.Contains("roket", StringComparison.Ordinal));
        Assert.Equal(["roket"], TitleMarks(hit));
        Assert.Equal(["Putin"], TextMarks(hit));
    }

    [Theory]
    [InlineData("putin roket -roket")]
    [InlineData("putin -roket roket")]
    [InlineData("putin rok* -roket")]
    [InlineData("putin luncur -peluncuran")]
    [InlineData("putin roket NOT roket")]
    public void An_excluded_word_is_not_marked_in_the_title_of_the_paragraphs_left(string query)
    {
        // The paragraphs listed are those of 'putin -roket', none holding the word; their title does, and marked it,
        // as if the word had matched (over the shared corpus 'jakarta banjir -banjir' marked 17 titles' banjir).
        var hits = index.Session.Search(query, Forgiving with { Top = 50 }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.DoesNotContain(TitleMarks(h), w => w is "roket" or "peluncuran"));
    }

    [Fact]
    public void A_title_word_excluded_from_the_paragraphs_still_marks_the_title()
    {
        var hits = index.Session.Search("putin title:roket -roket", Forgiving with { Top = 50 }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(["roket"], TitleMarks(h)));
    }
}
