using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// <c>--context</c>: a hit's neighbours are its own article's paragraphs within N, in order, never another article's,
/// also for an article an update rewrote (its block then sits in a later segment than its neighbours in the corpus).
/// </summary>
public sealed class ContextParagraphTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ContextParagraphTests()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            _folder.Write($"corpus/{name}.txt", Article(name, "lama"));
        }

        Build();
        _folder.Write("corpus/b.txt", Article("b", "baru")); // b is replaced: its new block is added after c's
        Build();
    }

    [Theory]
    [InlineData("kolibri", 0, new int[0], new[] { 1, 2 })]
    [InlineData("merpati", 1, new[] { 0 }, new[] { 2, 3 })]
    [InlineData("elang", 3, new[] { 1, 2 }, new int[0])]
    public void Neighbours_are_the_hits_own_article_paragraphs_within_n_in_order(string word, int paragraph, int[] before, int[] after)
    {
        using var session = IndexSearchSession.Open(_folder.Combine("index"));

        var hits = session.Search($"{word}b", new SearchOptions { Context = 2 }).Hits;

        var hit = Assert.Single(hits);
        Assert.Equal(("b.txt", paragraph), (hit.Article, hit.Paragraph));
        Assert.Equal(before, hit.Before.Select(p => p.Paragraph));
        Assert.Equal(after, hit.After.Select(p => p.Paragraph));
        Assert.All(hit.Before.Concat(hit.After), p => Assert.StartsWith("Paragraf b baru", p.Text));
    }

    [Fact]
    public void A_one_paragraph_article_has_no_neighbours()
    {
        _folder.Write("corpus/d.txt", "Judul d\nSatu-satunya paragraf tentang rajawali.\n");
        Build();
        using var session = IndexSearchSession.Open(_folder.Combine("index"));

        var hit = Assert.Single(session.Search("rajawali", new SearchOptions { Context = 3 }).Hits);

        Assert.Empty(hit.Before);
        Assert.Empty(hit.After);
    }

    public void Dispose() => _folder.Dispose();

    // Four paragraphs, each with a word of its own (kolibrib, merpatib, ... for article b).
    private static string Article(string name, string version) =>
        $"Judul {name}\n" + string.Join('\n', new[] { "kolibri", "merpati", "camar", "elang" }
            .Select((bird, i) => $"Paragraf {name} {version} nomor {i} tentang {bird}{name}.")) + "\n";

    private void Build() => new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
}
