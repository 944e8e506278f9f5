using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// For a remembered headline, the share of each title's words the query holds scales its article's paragraphs
/// (docs/relevance.md, step 21): of titles that hold the query alike, the one with fewer other words counts more.
/// </summary>
public sealed class HeadlineTitleShareTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 50, Explain = true };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public HeadlineTitleShareTests()
    {
        // Same body; the first title holds the query and as many words again, the second only the query.
        _folder.Write("corpus/a-longer.txt", "Polisi Tangkap Pencuri Motor Pasar Minggu Warga Bantu Kejar\nPelaku sudah lama diincar petugas.\n");
        _folder.Write("corpus/b-query.txt", "Polisi Tangkap Pencuri Motor Pasar\nPelaku sudah lama diincar petugas.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void A_headline_counts_a_title_by_the_share_of_its_words_the_query_holds()
    {
        var hits = _session.Search("polisi tangkap pencuri motor pasar", Defaults).Hits;

        var longer = hits.First(h => h.Article == "a-longer.txt");
        var whole = hits.First(h => h.Article == "b-query.txt");
        Assert.True(whole.Rank < longer.Rank);
        // 5 of the longer title's 9 words: (1 + 0.3 × 5/9) / 1.3.
        Assert.Contains(longer.Explanation!.Scoring, l => l.EndsWith(", ×0.897 title 56% held)", StringComparison.Ordinal));
        Assert.DoesNotContain(whole.Explanation!.Scoring, l => l.Contains("held", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("siapa polisi tangkap pencuri motor pasar")] // a question
    [InlineData("pencuri motor pasar")]                    // too few words for a headline
    public void Other_queries_do_not_count_the_title_share(string query)
    {
        Assert.All(_session.Search(query, Defaults).Hits,
            h => Assert.DoesNotContain(h.Explanation!.Scoring, l => l.Contains("held", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
