using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// Two titles of one story both hold the query; the shorter one is the closer match, as every peer ranks it. The
/// other article's paragraph repeats the words, and with a tie breaker of 0.3 that paragraph outweighed the titles'
/// difference (docs/relevance.md, "Choices", step 19).
/// </summary>
public sealed class TitleTieTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public TitleTieTests()
    {
        _folder.Write("corpus/a.txt", "Menpora Imam Nahrawi Mundur dari Kabinet\nImam Nahrawi menyerahkan surat pengunduran diri dari kabinet kepada presiden di Istana pada pagi hari.\n");
        _folder.Write("corpus/b.txt", "Menpora Imam Nahrawi Resmi Mundur dari Kabinet Kerja\n" + string.Join(' ', Enumerable.Repeat("Imam Nahrawi keluar dari kabinet.", 3)) + "\n");
        for (var n = 1; n <= 6; n++)
        {
            _folder.Write($"corpus/c{n}.txt", $"Harga Cabai Naik {n}\nHarga cabai naik di pasar {n}.\n");
        }

        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void The_shorter_title_holding_the_words_wins_over_a_paragraph_that_repeats_them()
    {
        var hits = _session.Search("Imam Nahrawi Kabinet", new SearchOptions { Top = 2 }).Hits;

        Assert.Equal(["a.txt", "b.txt"], hits.Select(h => h.Article));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
