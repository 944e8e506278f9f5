using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>Paragraphs with equal scores come in article, then paragraph order, however the index was built.</summary>
public sealed class TieOrderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Equal_scores_are_ordered_by_article_and_paragraph_not_by_when_they_were_indexed()
    {
        // The same paragraph under the same title in three articles: every score is equal. c and b are indexed
        // first, a in a later run, so Lucene's own tie order (document number) would put a last.
        const string article = "Banjir Rob di Pesisir\nBanjir rob merendam permukiman nelayan.\nWarga mengungsi ke masjid.\n";
        _folder.Write("corpus/c.txt", article);
        _folder.Write("corpus/b.txt", article);
        Build();
        _folder.Write("corpus/a.txt", article);
        Build();

        using var session = IndexSearchSession.Open(_folder.Combine("index"));
        var hits = session.Search("banjir rob", new SearchOptions { Top = 10 }).Hits;

        Assert.Single(hits.Select(h => h.Score).Distinct());
        Assert.Equal(["a.txt", "b.txt", "c.txt"], hits.Select(h => h.Article));
        Assert.Equal(
            session.Rank("banjir rob", new SearchOptions { Top = 10 }).Select(h => (h.Article, h.Paragraph)),
            hits.Select(h => (h.Article, h.Paragraph)));
    }

    [Fact]
    public void Ties_cut_by_a_short_page_still_come_in_article_order_on_every_page()
    {
        // Six equal paragraphs, indexed in reverse order over three runs; a one-word query fetches only a few hits
        // for a page of one, so the cut falls inside the tie.
        const string article = "Banjir Rob di Pesisir\nBanjir rob merendam permukiman nelayan.\n";
        foreach (var batch in new[] { new[] { "f", "e", "d" }, ["c", "b"], ["a"] })
        {
            foreach (var name in batch)
            {
                _folder.Write($"corpus/{name}.txt", article);
            }

            Build();
        }

        using var session = IndexSearchSession.Open(_folder.Combine("index"));
        var pages = Enumerable.Range(0, 6)
            .SelectMany(offset => session.Search("rob", new SearchOptions { Top = 1, Offset = offset }).Hits)
            .Select(h => h.Article);

        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"], pages);
    }

    [Fact]
    public void An_index_updated_back_to_its_corpus_scores_as_a_fresh_build_of_it()
    {
        // Replacing an article deletes its old paragraphs; while they stay in a segment Lucene counts them in every
        // term's statistics, and the same corpus scored otherwise than after a fresh build.
        const string first = "Banjir Rob di Pesisir\nBanjir rob merendam permukiman nelayan.\nWarga mengungsi ke masjid.\n";
        const string second = "Gempa di Palu\nGempa mengguncang Palu dan warga mengungsi.\nBanjir menyusul di pesisir.\n";
        _folder.Write("corpus/a.txt", first);
        _folder.Write("corpus/b.txt", second);
        _folder.Write("fresh/a.txt", first);
        _folder.Write("fresh/b.txt", second);
        Build();
        _folder.Write("corpus/b.txt", second + "Banjir rob datang lagi, banjir dan banjir.\n");
        Build();
        _folder.Write("corpus/b.txt", second);
        Build();
        new IndexBuilder(new IndexRequest([_folder.Combine("fresh")], _folder.Combine("fresh-index"))).Run();

        Assert.Equal(Scores("fresh-index"), Scores("index"));
    }

    [Fact]
    public void An_update_interrupted_after_its_changes_and_run_again_scores_as_a_fresh_build()
    {
        // Ctrl-C commits the articles finished so far without rewriting the segments of their old paragraphs. When
        // every change was among them, the rerun finds nothing to change, and it must still catch up.
        const string first = "Banjir Rob di Pesisir\nBanjir rob merendam permukiman nelayan.\nWarga mengungsi ke masjid.\n";
        const string second = "Gempa di Palu\nGempa mengguncang Palu dan warga mengungsi.\nBanjir menyusul di pesisir.\n";
        _folder.Write("corpus/a.txt", second + "Banjir rob datang lagi, banjir dan banjir.\n");
        _folder.Write("corpus/b.txt", first);
        _folder.Write("fresh/a.txt", second);
        _folder.Write("fresh/b.txt", first);
        for (var i = 10; i < 40; i++)
        {
            // Others indexed beside a.txt keep its old segment alive (alone in one, its paragraphs would go with it).
            _folder.Write($"corpus/c{i}.txt", $"Berita {i}\nWarga desa {i} menanam padi.\n");
            _folder.Write($"fresh/c{i}.txt", $"Berita {i}\nWarga desa {i} menanam padi.\n");
        }

        Build();
        _folder.Write("corpus/a.txt", second);
        using (var interrupt = new CancellationTokenSource())
        {
            // Reported after each file: a.txt, the only change, is read before the run is cancelled.
            var request = new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"));
            var cancelled = Assert.Throws<SearchIndexException>(
                () => new IndexBuilder(request, new CancelOnReport(interrupt)).Run(interrupt.Token));
            Assert.Equal(ErrorKind.Cancelled, cancelled.Kind);
        }

        Build();
        new IndexBuilder(new IndexRequest([_folder.Combine("fresh")], _folder.Combine("fresh-index"))).Run();

        Assert.Equal(Scores("fresh-index"), Scores("index"));
    }

    private sealed class CancelOnReport(CancellationTokenSource source) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => source.Cancel();
    }

    private List<(string Article, int Paragraph, float Score)> Scores(string index)
    {
        using var session = IndexSearchSession.Open(_folder.Combine(index));
        return [.. session.Search("banjir warga mengungsi", new SearchOptions { Top = 10 }).Hits.Select(h => (h.Article, h.Paragraph, h.Score))];
    }

    private void Build() => new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();

    public void Dispose() => _folder.Dispose();
}
