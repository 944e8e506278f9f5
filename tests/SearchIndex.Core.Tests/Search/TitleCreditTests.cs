using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>The title scores as one more paragraph of its article, once: on the article's best paragraph (step 16).</summary>
public sealed class TitleCreditTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 20, Explain = true };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public TitleCreditTests()
    {
        // The headline article mentions the flood in every paragraph but the harbour only in its title and lead; the
        // weather round-up has one paragraph holding the whole query.
        _folder.Write("corpus/a-headline.txt",
            "Banjir Rob Rendam Pelabuhan Tanjung Emas Semarang\n" +
            "Banjir rob merendam kawasan Pelabuhan Tanjung Emas Semarang sejak pagi.\n" +
            "Warga menyebut banjir kali ini lebih tinggi dari tahun lalu.\n" +
            "Petugas membagikan makanan kepada korban banjir di posko.\n");
        _folder.Write("corpus/b-roundup.txt",
            "Ringkasan cuaca pekan ini\n" +
            "Hujan deras turun di banyak kota.\n" +
            "Banjir rob juga menggenangi jalan dekat pelabuhan Tanjung Emas di Semarang.\n");
        for (var i = 0; i < 6; i++)
        {
            _folder.Write($"corpus/filler-{i}.txt", $"Kabar kota {i}\nJalan raya ramai pada hari libur.\n");
        }

        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void The_headline_articles_other_paragraphs_rank_by_their_own_words_below_another_articles_full_match()
    {
        var hits = _session.Search("banjir rob pelabuhan tanjung emas semarang", Defaults).Hits;

        Assert.Equal(("a-headline.txt", 0), (hits[0].Article, hits[0].Paragraph));
        Assert.Equal(("b-roundup.txt", 1), (hits[1].Article, hits[1].Paragraph));
        var later = hits.Where(h => h.Article == "a-headline.txt" && h.Paragraph > 0).ToList();
        Assert.Equal(2, later.Count);
        Assert.All(later, h => Assert.Contains(h.Explanation!.Scoring, l => l.EndsWith(" title-counted-once", StringComparison.Ordinal)));
        Assert.DoesNotContain(hits[0].Explanation!.Scoring, l => l.Contains("title-counted-once", StringComparison.Ordinal));
    }

    [Fact]
    public void Paging_gives_the_same_list_as_one_long_page()
    {
        var all = _session.Search("banjir rob pelabuhan semarang", Defaults with { Explain = false }).Hits;
        var paged = Enumerable.Range(0, all.Count)
            .SelectMany(i => _session.Search("banjir rob pelabuhan semarang", Defaults with { Explain = false, Offset = i, Top = 1 }).Hits)
            .ToList();

        Assert.Equal(all.Select(h => (h.Article, h.Paragraph, h.Score)), paged.Select(h => (h.Article, h.Paragraph, h.Score)));
    }

    [Fact]
    public void The_recorded_title_score_gives_what_the_other_clause_of_the_disjunction_scores_alone()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(AnalysisChain.MatchVersion, new WhitespaceAnalyzer(AnalysisChain.MatchVersion))))
        {
            foreach (var text in new[] { "x y", "x x x y", "y", "x", "z" })
            {
                writer.AddDocument([new TextField("f", text, Field.Store.NO)]);
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = Ranking.CreateSimilarity() };
        var own = new TermQuery(new Term("f", "x"));
        var title = new TermQuery(new Term("f", "y")) { Boost = 3f }; // outscores the own clause on some documents
        var recorder = new ScoreRecorder();
        var recording = new DisjunctionMaxQuery(RankingWeights.TitleTieBreaker) { own, new ScoreRecordingQuery(title, recorder) };
        var plain = new DisjunctionMaxQuery(RankingWeights.TitleTieBreaker) { own, title };

        var docs = searcher.Search(recording, 10).ScoreDocs;

        var ownAlone = searcher.Search(own, 10).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var titleAlone = searcher.Search(title, 10).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        Assert.Equal(searcher.Search(plain, 10).ScoreDocs.Select(d => (d.Doc, d.Score)), docs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(4, docs.Length);
        Assert.All(docs, d => Assert.Equal(titleAlone.GetValueOrDefault(d.Doc), recorder.Of(d.Doc), 5));
        Assert.All(docs, d => Assert.Equal(ownAlone.GetValueOrDefault(d.Doc), TitleCredit.OwnShare(d.Score, recorder.Of(d.Doc)) * d.Score, 3));
        Assert.Equal(0f, TitleCredit.OwnShare(docs.Single(d => d.Doc == 2).Score, recorder.Of(2))); // "y" only: all title
        Assert.Equal(1f, TitleCredit.OwnShare(docs.Single(d => d.Doc == 3).Score, recorder.Of(3))); // "x" only: all its own
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
