using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A word news writes two ways finds both (<see cref="SpellingVariants"/>): <c>karier</c> and <c>karir</c>.</summary>
public sealed class SpellingVariantTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public SpellingVariantTests()
    {
        _folder.Write("corpus/standard.txt", "Atlet\nDia memulai karier sebagai pemain bola di Medan.\n");
        _folder.Write("corpus/variant.txt", "Penyanyi\nKarirnya menanjak setelah album kedua dirilis.\n");
        _folder.Write("corpus/prayer.txt", "Ibadah\nWarga menunaikan sholat Jumat di masjid raya.\n");
        _folder.Write("corpus/other.txt", "Cuaca\nHujan turun deras di Medan sejak pagi.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("karier")]
    [InlineData("karir")]
    [InlineData("berkarier")]
    public void Either_spelling_finds_both_and_marks_the_other(string query)
    {
        var result = _session.Search(query, new SearchOptions { SnippetChars = 0 });

        Assert.Equal(["standard.txt", "variant.txt"], result.Hits.Select(h => h.Article).Order());
        Assert.All(result.Hits, h => Assert.Single(h.Text.Matches));
        var variant = result.Hits.Single(h => h.Article == "variant.txt");
        Assert.Equal("Karirnya", variant.Text.Text[variant.Text.Matches[0].Start..variant.Text.Matches[0].End]);
    }

    [Fact]
    public void A_word_held_only_in_its_other_spelling_is_not_named_missing()
    {
        var result = _session.Search("shalat", new SearchOptions());

        Assert.Equal(["prayer.txt"], result.Hits.Select(h => h.Article));
        Assert.Empty(result.MissingWords);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public void Explain_names_the_other_spelling_a_paragraph_was_found_by()
    {
        // As "karir" names karirnya: the paragraph holds the word only in another written form.
        var hit = _session.Search("karier", new SearchOptions { Explain = true }).Hits.Single(h => h.Article == "variant.txt");

        var match = Assert.Single(hit.Explanation!.StemMatches);
        Assert.Equal("karier", match.Word);
        Assert.Equal(["karirnya"], match.Forms);
        Assert.False(match.StandsIn);
    }

    [Fact]
    public void An_article_holding_a_word_in_its_other_spelling_holds_the_query_word()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/singer.txt", "Penyanyi\nKarirnya menanjak setelah album kedua.\nIa lahir di Medan.\n");
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(folder.Combine("index"));

        var hits = session.Search("karier medan", new SearchOptions { Explain = true }).Hits;

        // Each paragraph holds one of the two words and its article both, karier as "Karirnya".
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Contains(h.Explanation!.Scoring, l => l.Contains(" article-cover(2/2,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_spelling_of_a_group_lists_the_others()
    {
        var variants = new SpellingVariants(AnalysisChain.CreateStemmedAnalyzer(), [("salat", "shalat"), ("salat", "sholat"), ("yang", "yg"), ("bola", "Bola")]);

        Assert.Equal(["salat", "sholat"], variants.Of("shalat"));
        Assert.Equal(["shalat", "sholat"], variants.Of("salat"));
        Assert.Empty(variants.Of("yang")); // a stopword has no stem
        Assert.Empty(variants.Of("bola")); // one stem already
    }

    [Fact]
    public void The_shipped_table_joins_spellings_the_stemmer_keeps_apart()
    {
        var variants = new SpellingVariants(AnalysisChain.CreateStemmedAnalyzer());

        Assert.Contains("karir", variants.Of("karier"));
        Assert.Contains("risiko", variants.Of("resiko"));
        Assert.Empty(variants.Of("medan"));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
