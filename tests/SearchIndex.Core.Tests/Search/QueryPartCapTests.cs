using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A query uses at most <see cref="RankingWeights.MaxQueryParts"/> distinct words and phrases; repeats do not use the cap up.</summary>
public sealed class QueryPartCapTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_word_after_many_repeats_of_another_still_counts()
    {
        _folder.Write("corpus/a.txt", "Banjir Bekasi\nBanjir merendam rumah warga.\n");
        _folder.Write("corpus/b.txt", "Kabut Riau\nAsap menyelimuti kota.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));
        var pasted = string.Concat(Enumerable.Repeat("banjir ", RankingWeights.MaxQueryParts)) + "asap";

        var hits = session.Search(pasted, new SearchOptions { Top = 10 }).Hits;

        Assert.Contains(hits, h => h.Article == "b.txt");
    }

    [Fact]
    public void Distinct_words_beyond_the_cap_are_left_out()
    {
        _folder.Write("corpus/b.txt", "Kabut Riau\nAsap menyelimuti kota.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));
        var others = string.Concat(Enumerable.Range(0, RankingWeights.MaxQueryParts).Select(i => $"kata{i}x "));

        Assert.Empty(session.Search(others + "asap", new SearchOptions { Top = 10 }).Hits);
    }

    public void Dispose() => _folder.Dispose();
}
