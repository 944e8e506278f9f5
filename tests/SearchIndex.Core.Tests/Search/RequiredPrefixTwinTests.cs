using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A word typed plain and required is required; a prefix is a clause of its own, not the word's twin.</summary>
public sealed class RequiredPrefixTwinTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_plain_word_beside_its_required_prefix_stays_optional()
    {
        _folder.Write("corpus/a.txt", "Kabar satu\nPutinisme menguat di sana.\n");
        _folder.Write("corpus/b.txt", "Kabar dua\nPutin datang hari ini.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));

        var hits = session.Search("putin +putin*", new SearchOptions { Top = 10 }).Hits;

        Assert.Equal(["a.txt", "b.txt"], hits.Select(h => h.Article).Order());
    }

    public void Dispose() => _folder.Dispose();
}
