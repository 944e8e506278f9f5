using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A count or a list by date names a word whose root reaches many times the paragraphs the word does.</summary>
public sealed class RootReachTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public RootReachTests()
    {
        // "pengadaan" (procurement) in 2 paragraphs; its root "ada" in 60 more ("diadakan": the bare "ada" is a stopword); "banjir" only as itself.
        var lines = Enumerable.Range(0, 60).Select(i => $"Rapat nomor {i} diadakan di balai saat banjir datang.")
            .Concat(["Pengadaan barang dibahas.", "Proyek pengadaan laptop diperiksa."]);
        _folder.Write("corpus/a.txt", "Berita Desa\n" + string.Join('\n', lines) + "\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData(CountBy.Year, ResultOrder.Relevance)]
    [InlineData(CountBy.None, ResultOrder.Newest)]
    public void A_count_or_a_list_by_date_names_the_word_its_root_reaches_far_beyond(CountBy countBy, ResultOrder order)
    {
        var result = _session.Search("pengadaan banjir", new SearchOptions { CountBy = countBy, Order = order, Mode = MatchMode.Any });

        Assert.Equal([new WidelyRootedWord("pengadaan", "ada", 62, 2)], result.WidelyRooted);
    }

    [Fact]
    public void A_ranked_list_and_a_quoted_word_name_none()
    {
        Assert.Empty(_session.Search("pengadaan", new SearchOptions()).WidelyRooted);
        Assert.Empty(_session.Search("\"pengadaan\"", new SearchOptions { CountBy = CountBy.Year }).WidelyRooted);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
