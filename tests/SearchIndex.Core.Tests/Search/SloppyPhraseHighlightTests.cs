using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// A sloppy phrase (<c>"a b"~N</c>, <c>--syntax lucene</c>) marks the words of each occurrence it matched, in either
/// order, as Lucene's slop counts them. It marked only the words standing next to each other in the order typed, so
/// a hit matched through "Vladimir Putin" for <c>"putin vladimir"~2</c> had nothing marked. So does a phrase whose
/// stopword leaves a place in the stemmed field, which any word fills.
/// </summary>
public sealed class SloppyPhraseHighlightTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private static readonly SearchOptions Strict = new() { Syntax = QuerySyntax.Lucene, Top = 50 };

    private static List<string> TextMarks(SearchHit hit) => hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]).ToList();

    [Theory]
    [InlineData("\"putin vladimir\"~2")]
    [InlineData("text_exact:\"putin vladimir\"~2")]
    [InlineData("text_exact:\"vladimir untuk\"~2")]
    public void Every_hit_of_a_sloppy_phrase_marks_the_words_it_matched(string query)
    {
        var hits = index.Session.Search(query, Strict).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("Vladimir", TextMarks(h)));
    }

    [Fact]
    public void A_reversed_pair_takes_a_slop_of_two_as_in_lucene()
    {
        // Reversed, two words next to each other take a slop of 2: at 1 the phrase matches nothing; at 2 it is marked
        // beside another word of the query.
        Assert.Equal(0, index.Session.Search("\"putin vladimir\"~1", Strict).Total);
        var hit = index.Session.Search("\"putin vladimir\"~2 kim", Strict).Hits.First(h => h.Text.Text.Contains("Vladimir Putin", StringComparison.Ordinal));
        Assert.Contains("Putin", TextMarks(hit));
    }

    [Fact]
    public void A_repeated_word_of_a_sloppy_phrase_is_not_marked_where_it_stands_alone()
    {
        // "Putin … Putin" within 3 words of each other is in no paragraph of the sample; one Putin is not both words.
        Assert.Equal(0, index.Session.Search("\"putin putin\"~3", Strict).Total);
        var hits = index.Session.Search("\"putin putin\"~3 kim", Strict).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.DoesNotContain("Putin", TextMarks(h)));
    }

    [Fact]
    public void A_phrase_with_a_stopword_marks_the_words_around_whatever_word_stands_in_its_place()
    {
        // The stemmed field drops "di" and keeps its place, so Lucene matches "mengajak pimpinan tertinggi" (a word there)
        // and not "Korea Utara" (none); the words had been marked only where they stood next to each other.
        var hit = Assert.Single(index.Session.Search("\"mengajak di tertinggi\"", Strict).Hits);
        Assert.Equal(["mengajak", "tertinggi"], TextMarks(hit));

        Assert.Equal(0, index.Session.Search("\"korea di utara\"", Strict).Total);
        Assert.All(index.Session.Search("\"korea di utara\" kim", Strict).Hits, h => Assert.DoesNotContain("Korea", TextMarks(h)));
    }
}
