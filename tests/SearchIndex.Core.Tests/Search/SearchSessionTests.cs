using System.Globalization;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

public sealed class SearchSessionTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private static readonly SearchOptions Defaults = new();

    [Fact]
    public void From_after_to_names_both_days_and_what_to_do()
    {
        var reversed = Defaults with { From = new DateOnly(2019, 9, 20), To = new DateOnly(2019, 9, 10) };

        var error = Assert.Throws<SearchIndexException>(reversed.Validate);

        Assert.Equal("--from 2019-09-20 is after --to 2019-09-10; swap them (both days are included)", error.Message);
    }

    [Fact]
    public void Total_is_exact_and_ranks_count_from_the_offset()
    {
        var all = index.Session.Search("putin", Defaults with { Top = 100 });
        var page = index.Session.Search("putin", Defaults with { Top = 2, Offset = 1 });

        Assert.Equal(all.Total, page.Total);
        Assert.Equal([2, 3], page.Hits.Select(h => h.Rank));
        Assert.Equal(all.Hits[1].Paragraph, page.Hits[0].Paragraph);
    }

    [Fact]
    public void All_requires_every_word_and_any_does_not()
    {
        var any = index.Session.Search("putin pyongyang", Defaults);
        var all = index.Session.Search("putin pyongyang", Defaults with { Mode = MatchMode.All });

        Assert.True(any.Total > all.Total);
        Assert.All(all.Hits, h => Assert.Contains("Pyongyang", h.Text.Text));
    }

    [Fact]
    public void Excluded_words_remove_paragraphs_and_are_never_marked()
    {
        var result = index.Session.Search("putin -pyongyang", Defaults with { Top = 100 });

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.DoesNotContain("Pyongyang", h.Text.Text));
        Assert.All(result.Hits, h => Assert.All(h.Text.Matches, m => Assert.Equal("Putin", h.Text.Text[m.Start..m.End])));
    }

    [Theory]
    [InlineData("putin -putin")]
    [InlineData("-putin putin")]
    [InlineData("putin pyongyang -pyongyang")]
    [InlineData("putin* -putin*")]
    [InlineData("\"presiden putin\" -\"presiden putin\"")]
    public void A_word_both_wanted_and_excluded_is_excluded(string query)
    {
        var result = index.Session.Search(query, Defaults with { Top = 100 });

        // The repeat had been dropped as a duplicate: the first two listed every Putin paragraph, or every other one.
        Assert.All(result.Hits, h => Assert.DoesNotContain(query.Contains("pyongyang") ? "Pyongyang" : "Putin", h.Text.Text));
        Assert.Equal(query.Contains("pyongyang") ? index.Session.Search("putin -pyongyang", Defaults).Total : 0, result.Total);
    }

    [Theory]
    [InlineData("putin pyongyang +pyongyang")]
    // A hyphenated word is one part of two words: upgrading the whole part would require putin too.
    [InlineData("putin-pyongyang +pyongyang")]
    [InlineData("pyongyang-putin +pyongyang")]
    public void A_word_typed_plain_and_required_is_required(string query)
    {
        var required = index.Session.Search("+pyongyang putin", Defaults with { Top = 100 });
        var repeated = index.Session.Search(query, Defaults with { Top = 100 });

        Assert.Equal(required.Total, repeated.Total);
        Assert.All(repeated.Hits, h => Assert.Contains("Pyongyang", h.Text.Text));
    }

    [Fact]
    public void A_phrase_marks_only_its_occurrences()
    {
        var result = index.Session.Search("\"presiden putin\"", Defaults);

        var hit = Assert.Single(result.Hits);
        var marked = hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]).ToList();
        Assert.Equal(["presiden", "Putin"], marked);
    }

    [Fact]
    public void Filters_restrict_by_source_date_and_article()
    {
        Assert.True(index.Session.Search("putin", Defaults with { Source = "TRIBUNNEWS.COM" }).Total > 0);
        Assert.Equal(0, index.Session.Search("putin", Defaults with { Source = "kompas" }).Total);
        Assert.True(index.Session.Search("putin", Defaults with { From = new DateOnly(2023, 9, 13), To = new DateOnly(2023, 9, 13) }).Total > 0);
        Assert.Equal(0, index.Session.Search("putin", Defaults with { From = new DateOnly(2024, 1, 1) }).Total);
        Assert.Equal(0, index.Session.Search("putin", Defaults with { Article = "nope.txt" }).Total);
        Assert.Equal(0, index.Session.Search("putin source:kompas", Defaults).Total);
    }

    [Fact]
    public void Per_article_caps_paragraphs_of_one_article()
    {
        var result = index.Session.Search("putin", Defaults with { PerArticle = 2 });

        Assert.Equal(2, result.Hits.Count);
    }

    [Fact]
    public void Context_returns_the_neighbouring_paragraphs_in_order()
    {
        var hit = index.Session.Search("putin pyongyang", Defaults with { Context = 1, Top = 1 }).Hits[0];

        Assert.All(hit.Before, p => Assert.Equal(hit.Paragraph - 1, p.Paragraph));
        Assert.All(hit.After, p => Assert.Equal(hit.Paragraph + 1, p.Paragraph));
        Assert.Equal(hit.Paragraph > 0 ? 1 : 0, hit.Before.Count);
    }

    [Fact]
    public void Every_match_covers_a_word_that_analyzes_to_a_query_term()
    {
        var stemmed = AnalysisChain.CreateStemmedAnalyzer();
        var surface = AnalysisChain.CreateSurfaceAnalyzer();
        var queryStems = TokenReader.Terms(stemmed, "hubungan negara kerja");

        var result = index.Session.Search("hubungan negara kerja", Defaults with { Top = 50 });

        Assert.NotEmpty(result.Hits);
        foreach (var hit in result.Hits)
        {
            foreach (var m in hit.Text.Matches)
            {
                var word = hit.Text.Text[m.Start..m.End];
                Assert.Contains(TokenReader.Terms(stemmed, word).Single(), queryStems);
                Assert.Single(TokenReader.Terms(surface, word));
            }
        }
    }

    [Fact]
    public void Explain_lists_stem_only_matches()
    {
        var hit = index.Session.Search("hubung", Defaults with { Explain = true, Top = 1 }).Hits[0];

        Assert.NotNull(hit.Explanation);
        Assert.NotEmpty(hit.Explanation.Scoring);
        Assert.Contains(hit.Explanation.StemMatches, s => s.Forms.Contains("hubungan"));
    }

    [Theory]
    [InlineData("kunjungan roket", true)]
    [InlineData("putin", false)]
    [InlineData("presiden putin pyongyang", false)]
    [InlineData("putin satelit korea", false)]
    public void Explained_terms_times_the_factors_give_the_score(string query, bool titleAsParagraph)
    {
        var hits = index.Session.Search(query, Defaults with { Explain = true, Top = 20 }).Hits;

        foreach (var hit in hits)
        {
            var scoring = hit.Explanation!.Scoring;
            var terms = scoring.Where(l => !l.StartsWith('×')).Sum(l => double.Parse(l[..l.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture));
            // coord is already in the term lines (it scales the words' clauses only); the others scale the whole score.
            var factors = scoring.Where(l => l.StartsWith('×') && !l.Contains("coord(", StringComparison.Ordinal))
                .Aggregate(1.0, (product, l) => product * double.Parse(l[1..l.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture));
            Assert.Equal(hit.Score, terms * factors, hit.Score * 2e-3);
        }

        Assert.Equal(titleAsParagraph, hits[0].Explanation!.Scoring.Any(l => l.Contains(" title-as-¶ title:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Explain_shows_the_coordination_factor_of_a_partial_match()
    {
        var result = index.Session.Search("putin satelit korea", Defaults with { Explain = true, Top = 20 });

        var full = result.Hits.First(h => h.Explanation!.Scoring.Count(l => l.Contains(" text:", StringComparison.Ordinal)) == 3);
        var partial = result.Hits.First(h => h.Explanation!.Scoring.Count(l => l.Contains(" text:", StringComparison.Ordinal)) == 2);
        Assert.DoesNotContain(full.Explanation!.Scoring, l => l.Contains("coord(", StringComparison.Ordinal));
        Assert.Contains("×0.4444 coord(4/6)", partial.Explanation!.Scoring);
    }

    [Fact]
    public void Later_paragraphs_of_one_article_are_scaled_down_and_explain_why()
    {
        // The sample corpus is one article: the k-th hit follows k - 1 better paragraphs of it.
        var result = index.Session.Search("putin korea", Defaults with { Explain = true, Top = 3 });

        Assert.DoesNotContain(result.Hits[0].Explanation!.Scoring, l => l.Contains("article-repeat", StringComparison.Ordinal));
        Assert.Contains("×0.8 article-repeat(1)", result.Hits[1].Explanation!.Scoring);
        Assert.Contains("×0.64 article-repeat(2)", result.Hits[2].Explanation!.Scoring);
        Assert.True(result.Hits[0].Score > result.Hits[1].Score && result.Hits[1].Score > result.Hits[2].Score);
    }

    [Fact]
    public void No_hits_suggests_a_close_indexed_word()
    {
        var result = index.Session.Search("Puttin", Defaults);

        Assert.Equal(0, result.Total);
        Assert.Equal("Putin", result.Suggestion); // in the case it was typed
    }

    [Fact]
    public void Strict_syntax_supports_boolean_wildcard_and_fuzzy()
    {
        var strict = Defaults with { Syntax = QuerySyntax.Lucene };

        Assert.True(index.Session.Search("putin AND pyongyang", strict).Total > 0);
        var wildcard = index.Session.Search("pyong*", strict);
        Assert.True(wildcard.Total > 0);
        Assert.NotEmpty(wildcard.Hits[0].Text.Matches);
        Assert.True(index.Session.Search("puttin~1", strict).Total > 0);
    }

    [Theory]
    [InlineData("putin AND (korea", "column")]
    [InlineData("putin )", "unexpected ')'")]
    [InlineData("\"putin", "column")]
    public void Strict_syntax_errors_name_the_position(string query, string expected)
    {
        var error = Assert.Throws<SearchIndexException>(() => index.Session.Search(query, Defaults with { Syntax = QuerySyntax.Lucene }));

        Assert.Equal(ErrorKind.QuerySyntax, error.Kind);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
