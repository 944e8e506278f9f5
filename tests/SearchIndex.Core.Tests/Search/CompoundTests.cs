using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// Two query words the index also holds written as one (<c>sepak bola</c>, <c>sepakbola</c>) find that word too, when
/// it is in at least <see cref="RankingWeights.CompoundMinParagraphs"/> paragraphs (docs/relevance.md, step 23).
/// </summary>
public sealed class CompoundTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 50 };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public CompoundTests()
    {
        // "sepakbola" in five paragraphs, "kerjasama" in four (one fewer than it takes); none of them has the words apart.
        for (var i = 0; i < RankingWeights.CompoundMinParagraphs; i++)
        {
            _folder.Write($"corpus/liga-{i}.txt", $"Liga Pekan {i}\nPertandingan sepakbola pekan ke-{i} berakhir imbang.\n");
        }

        for (var i = 0; i < RankingWeights.CompoundMinParagraphs - 1; i++)
        {
            _folder.Write($"corpus/bank-{i}.txt", $"Bank Daerah {i}\nBank daerah menjalin kerjasama dengan koperasi ke-{i}.\n");
        }

        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void Two_words_find_them_written_as_one_and_mark_it()
    {
        var hits = _session.Search("sepak bola", Defaults).Hits;

        Assert.Equal(RankingWeights.CompoundMinParagraphs, hits.Count);
        Assert.All(hits, h => Assert.Equal(["sepakbola"], h.Text.Matches.Select(m => h.Text.Text[m.Start..m.End])));
    }

    [Fact]
    public void A_joined_word_in_too_few_paragraphs_is_not_asked_for()
    {
        Assert.Empty(_session.Search("kerja sama", Defaults).Hits);
    }

    [Fact]
    public void Words_in_quotes_are_asked_for_as_written()
    {
        Assert.Empty(_session.Search("\"sepak bola\"", Defaults).Hits);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
