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
        // "sepakbola" in five titles and paragraphs, "kerjasama" in four (one fewer than it takes); none of them has
        // the words apart.
        for (var i = 0; i < RankingWeights.CompoundMinParagraphs; i++)
        {
            _folder.Write($"corpus/liga-{i}.txt", $"Sepakbola Pekan {i}\nPertandingan sepakbola pekan ke-{i} berakhir imbang.\n");
        }

        for (var i = 0; i < RankingWeights.CompoundMinParagraphs - 1; i++)
        {
            _folder.Write($"corpus/bank-{i}.txt", $"Bank Daerah {i}\nBank daerah menjalin kerjasama dengan koperasi ke-{i}.\n");
        }

        // The words apart once, as typed; each of them alone far more often than the joined word, so the joined
        // word's IDF is far above theirs.
        _folder.Write("corpus/liga-apart.txt", "Sepak Bola Pekan Lalu\nPertandingan sepak bola pekan lalu berakhir imbang.\n");
        for (var i = 0; i < 60; i++)
        {
            _folder.Write($"corpus/bola-{i}.txt", $"Bola Basket {i}\nBola basket ke-{i}.\n");
            _folder.Write($"corpus/sepak-{i}.txt", $"Sepak Terjang {i}\nSepak terjang tim ke-{i}.\n");
        }

        // "warganegara" (a surname, say) in five paragraphs, against "warga" and "negara" in 200: under 3 %, no compound.
        for (var i = 0; i < RankingWeights.CompoundMinParagraphs; i++)
        {
            _folder.Write($"corpus/model-{i}.txt", $"Model {i}\nDara Warganegara tampil di panggung ke-{i}.\n");
        }

        _folder.Write("corpus/warga.txt", "Warga Desa\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"Warga desa berkumpul di balai negara ke-{i}.\n")));
        // "terbaru" (root baru) in five paragraphs: joined, it is one of its own words.
        for (var i = 0; i < RankingWeights.CompoundMinParagraphs; i++)
        {
            _folder.Write($"corpus/ponsel-{i}.txt", $"Ponsel {i}\nPonsel terbaru ke-{i} dirilis.\n");
        }

        // "RKUHP" in five paragraphs, never written "R-KUHP"; "KUHP" alone in one.
        for (var i = 0; i < RankingWeights.CompoundMinParagraphs; i++)
        {
            _folder.Write($"corpus/rkuhp-{i}.txt", $"Demo Mahasiswa {i}\nMahasiswa menolak RKUHP di kota ke-{i}.\n");
        }

        _folder.Write("corpus/kuhp.txt", "Pasal Lama\nPasal itu ada dalam KUHP warisan Belanda.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void A_hyphenated_word_finds_it_written_whole_though_a_part_is_short()
    {
        // The tokenizer splits "R-KUHP" into "r" and "kuhp", under the three letters a compound's word needs: it found
        // "KUHP" alone, never the shared corpus's 1,142 "RKUHP".
        var hits = _session.Search("R-KUHP", Defaults).Hits;

        Assert.Equal(RankingWeights.CompoundMinParagraphs, hits.Count(h => h.Article.StartsWith("rkuhp-", StringComparison.Ordinal)));
        var hit = hits.First(h => h.Article.StartsWith("rkuhp-", StringComparison.Ordinal));
        Assert.Equal("RKUHP", hit.Text.Text[hit.Text.Matches[0].Start..hit.Text.Matches[0].End]);
        Assert.DoesNotContain(_session.Search("r kuhp", Defaults).Hits, h => h.Article.StartsWith("rkuhp-", StringComparison.Ordinal)); // typed apart, "r" is no word of it
        Assert.DoesNotContain(_session.Search("r/kuhp", Defaults).Hits, h => h.Article.StartsWith("rkuhp-", StringComparison.Ordinal)); // nor joined by another sign
    }

    [Fact]
    public void Two_words_find_them_written_as_one_and_mark_it()
    {
        var hits = _session.Search("sepak bola", Defaults).Hits;

        var joined = hits.Where(h => h.Article.StartsWith("liga-", StringComparison.Ordinal) && h.Article != "liga-apart.txt").ToList();
        Assert.Equal(RankingWeights.CompoundMinParagraphs, joined.Count);
        Assert.All(joined, h => Assert.Equal(["sepakbola"], h.Text.Matches.Select(m => h.Text.Text[m.Start..m.End])));
    }

    [Fact]
    public void The_joined_word_scores_no_more_than_the_two_words_typed()
    {
        // The joined word is rarer than either word, yet the paragraph with the words as typed ranks first.
        Assert.Equal("liga-apart.txt", _session.Search("sepak bola", Defaults).Hits[0].Article);
    }

    [Fact]
    public void A_joined_word_rare_beside_its_words_is_no_compound()
    {
        Assert.DoesNotContain(_session.Search("warga negara", Defaults).Hits, h => h.Article.StartsWith("model-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_joined_word_whose_root_is_one_of_the_two_is_no_compound()
    {
        // "ter baru": terbaru's root is baru, which would otherwise stand in for "ter" too.
        var hits = _session.Search("ter baru", Defaults with { Explain = true }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.DoesNotContain(h.Explanation!.StemMatches, m => m.StandsIn));
    }

    [Fact]
    public void Words_joined_by_OR_are_alternatives_not_a_compound()
    {
        Assert.DoesNotContain(_session.Search("sepak OR bola", Defaults).Hits, h => h.Article.StartsWith("liga-", StringComparison.Ordinal) && h.Article != "liga-apart.txt");
    }

    [Fact]
    public void A_prefix_word_is_no_half_of_a_compound()
    {
        Assert.DoesNotContain(_session.Search("sepak bola*", Defaults with { Top = 500 }).Hits, h => h.Article.StartsWith("liga-", StringComparison.Ordinal) && h.Article != "liga-apart.txt");
    }

    [Fact]
    public void A_joined_word_in_too_few_paragraphs_is_not_asked_for()
    {
        Assert.Empty(_session.Search("kerja sama", Defaults).Hits);
    }

    [Fact]
    public void Words_in_quotes_are_asked_for_as_written()
    {
        Assert.Equal(["liga-apart.txt"], _session.Search("\"sepak bola\"", Defaults).Hits.Select(h => h.Article));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
