using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Corpus;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// The indexer analyses an article's title once and replays its tokens on each paragraph. The index must be the same
/// as when every paragraph analyses the title itself: terms, positions, offsets, norms and stored values.
/// </summary>
public class TitleTokenReplayTests
{
    [Fact]
    public void Replayed_title_tokens_index_exactly_like_per_paragraph_analysis()
    {
        var articles = FixtureArticles();
        Assert.NotEmpty(articles);

        var analysed = Dump(Build(articles, (article, _) => ParagraphDocuments.For(article)));
        var replayed = Dump(Build(articles, ParagraphDocuments.For));

        Assert.Equal(analysed, replayed);
        Assert.Contains("title:", replayed, StringComparison.Ordinal);
    }

    private static List<Article> FixtureArticles()
    {
        var corpus = Path.Combine(RepositoryPaths.Fixtures, "id-news");
        return new CorpusScanner().Scan([corpus, RepositoryPaths.SampleCorpus])
            .SelectMany(CorpusReader.Read)
            .Select(pair => pair.Record!.Parse())
            .ToList();
    }

    private static RAMDirectory Build(List<Article> articles,
        Func<Article, Lucene.Net.Analysis.Analyzer, IEnumerable<Lucene.Net.Documents.Document>> documents)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(AnalysisChain.MatchVersion, AnalysisChain.CreateAnalyzer())
        {
            Similarity = Ranking.CreateSimilarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
        {
            writer.AddDocuments(documents(article, writer.Analyzer));
        }

        writer.Commit();
        return directory;
    }

    /// <summary>Every term of the title fields with docs, positions and offsets, the norms, and the stored titles.</summary>
    private static string Dump(RAMDirectory directory)
    {
        var text = new StringBuilder();
        using var reader = DirectoryReader.Open(directory);
        foreach (var field in new[] { IndexSchema.Title, IndexSchema.TitleExact, IndexSchema.Text })
        {
            var termsEnum = MultiFields.GetTerms(reader, field).GetEnumerator();
            DocsAndPositionsEnum? positions = null;
            while (termsEnum.MoveNext())
            {
                text.Append(field).Append(':').Append(termsEnum.Term.Utf8ToString());
                positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
                while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    text.Append(' ').Append(positions.DocID).Append('[');
                    for (var i = 0; i < positions.Freq; i++)
                    {
                        text.Append(positions.NextPosition()).Append('/').Append(positions.StartOffset).Append('-')
                            .Append(positions.EndOffset).Append(',');
                    }

                    text.Append(']');
                }

                text.Append('\n');
            }

            var norms = MultiDocValues.GetNormValues(reader, field);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                text.Append(norms.Get(doc)).Append(' ');
            }

            text.Append('\n');
        }

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            text.Append(string.Join('|', reader.Document(doc).GetValues(IndexSchema.Title))).Append('\n');
        }

        return text.ToString();
    }
}
