using Lucene.Net.Index;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// One open session searched from many threads at once, as a web service does: every search must answer what it
/// answers alone. The session shared one doc-values reader of the article ids per segment across threads, and Lucene's
/// readers of doc values are per thread: concurrent searches listed other hits, or failed as "index is damaged".
/// </summary>
public sealed class ConcurrentSearchTests
{
    private static readonly string[] Queries =
        ["fabregas", "kulit perempuan", "ronaldo starter", "tiongkok tradisional", "transportasi online", "zulkifli", "kecantikan", "mandiri"];

    private static readonly SearchOptions[] Variants =
    [
        new(),
        new(Top: 20, PerArticle: 1),
        new(Context: 1, FoldSimilar: true),
        new(Order: ResultOrder.Newest),
    ];

    [Fact]
    public async Task Searches_from_eight_threads_at_once_answer_as_one_thread_does()
    {
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        new IndexBuilder(new IndexRequest([Path.Combine(RepositoryPaths.Fixtures, "id-news")], index)).Run();
        using var session = IndexSearchSession.Open(index);
        string Answer(string query, SearchOptions options)
        {
            var result = session.Search(query, options);
            return $"{result.Total}: " + string.Join("; ", result.Hits.Select(h =>
                $"{h.Article}#{h.Paragraph} {h.Score} {h.Outlet} [{string.Join(",", h.Text.Matches)}] {h.Before.Count}/{h.After.Count}"));
        }

        var alone = Queries.SelectMany(q => Variants.Select(o => (q, o))).ToDictionary(p => p, p => Answer(p.q, p.o));

        const int threads = 8;
        using var start = new Barrier(threads);
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll([.. Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            for (var round = 0; round < 30; round++)
            {
                var key = (Queries[(t + round) % Queries.Length], Variants[(t * 3 + round) % Variants.Length]);
                string got;
                try
                {
                    got = Answer(key.Item1, key.Item2);
                }
                catch (SearchIndexException e)
                {
                    got = e.Message;
                }

                if (got != alone[key])
                {
                    wrong.Add($"{key.Item1}: {got}");
                }
            }
        }))]);

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Article_blocks_read_from_eight_threads_at_once_name_each_paragraph_s_own_article()
    {
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        new IndexBuilder(new IndexRequest([Path.Combine(RepositoryPaths.Fixtures, "id-news")], index)).Run();
        using var directory = Lucene.Net.Store.FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var blocks = new ArticleBlocks(reader);
        var alone = Enumerable.Range(0, reader.MaxDoc).Select(doc => (blocks.ArticleOf(doc), blocks.Paragraphs(doc).Docs.Count)).ToList();

        const int threads = 8;
        using var start = new Barrier(threads);
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll([.. Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            for (var round = 0; round < 200; round++)
            {
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    try
                    {
                        var got = (blocks.ArticleOf(doc), blocks.Paragraphs(doc).Docs.Count);
                        if (got != alone[doc])
                        {
                            wrong.Add($"{doc}: {got} for {alone[doc]}");
                        }
                    }
                    catch (Exception e)
                    {
                        wrong.Add($"{doc}: {e.GetType().Name} {e.Message}");
                    }
                }
            }
        }))]);

        Assert.Empty(wrong);
    }
}
