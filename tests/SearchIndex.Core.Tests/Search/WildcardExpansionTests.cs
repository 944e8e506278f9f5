using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A strict-syntax pattern that expands to more terms than a query can list still finds and marks every match.</summary>
public sealed class WildcardExpansionTests : IDisposable
{
    private const int Words = RankingWeights.MaxTermExpansions + 76;
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public WildcardExpansionTests()
    {
        // One paragraph per distinct word zeta0000 … zeta1099, plus a few words of another prefix.
        var lines = Enumerable.Range(0, Words).Select(i => $"Ada kata zeta{i:D4} di sini.");
        _folder.Write("corpus/many.txt", "Banyak Kata\n" + string.Join('\n', lines) + "\n");
        _folder.Write("corpus/few.txt", "Sedikit Kata\nAda omega1 dan omega2 di sini, Selasa (10/9/2019).\nAda omega3 saja.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("zeta*")]
    [InlineData("zeta????")]
    [InlineData("/zeta[0-9]+/")]
    [InlineData("text_exact:zeta*")]
    public void A_pattern_over_more_terms_than_a_query_lists_finds_every_paragraph_and_marks_each(string query)
    {
        var result = _session.Search(query, new SearchOptions { Top = Words + 10, Syntax = QuerySyntax.Lucene });

        Assert.Equal(Words, result.Total);
        Assert.Equal(Words, result.Hits.Count);
        Assert.All(result.Hits, hit =>
        {
            var match = Assert.Single(hit.Text.Matches);
            Assert.StartsWith("zeta", hit.Text.Text[match.Start..match.End]);
        });
    }

    [Theory]
    [InlineData("*mega2", 1)]
    [InlineData("?mega*", 2)]
    [InlineData("text_exact:*a3", 1)]
    public void A_pattern_may_start_with_a_wildcard(string query, int paragraphs)
    {
        var hits = _session.Search(query, new SearchOptions { Top = 10, Syntax = QuerySyntax.Lucene }).Hits;

        Assert.Equal(paragraphs, hits.Count);
        Assert.All(hits, hit => Assert.StartsWith("omega", hit.Text.Text[hit.Text.Matches[0].Start..hit.Text.Matches[0].End]));
    }

    [Fact]
    public void The_explanation_shows_the_constant_score_of_a_pattern_over_many_terms()
    {
        var hit = _session.Search("zeta*", new SearchOptions { Top = 1, Syntax = QuerySyntax.Lucene, Explain = true }).Hits[0];

        var line = Assert.Single(hit.Explanation!.Scoring);
        Assert.Equal("1 text:zeta* (constant: too many terms to score each)", line);
        Assert.Equal(1f, hit.Score);
    }

    [Fact]
    public void The_explanation_names_a_date_clause_as_the_date_not_as_a_pattern()
    {
        var hit = _session.Search("omega1 date:2019-09-10", new SearchOptions { Top = 1, Syntax = QuerySyntax.Lucene, Explain = true }).Hits[0];

        Assert.Contains("1 date: (constant)", hit.Explanation!.Scoring);
        Assert.DoesNotContain(hit.Explanation.Scoring, line => line.Contains("too many terms", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pattern_over_few_terms_scores_them_as_words()
    {
        var hits = _session.Search("omega*", new SearchOptions { Top = 10, Syntax = QuerySyntax.Lucene }).Hits;

        Assert.Equal(2, hits.Count);
        Assert.Equal(2, hits[0].Text.Matches.Count); // the paragraph holding two of the words first
        Assert.True(hits[0].Score > hits[1].Score);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
