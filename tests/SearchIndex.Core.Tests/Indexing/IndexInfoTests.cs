using System.Text.Json;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Output;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary><c>searchindex info</c>: counts of live articles, outlets as <c>--source</c> matches them, the span of dates.</summary>
public sealed class IndexInfoTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Article(int id, string? source, string? date, params string[] paragraphs)
    {
        var fields = (source is null ? "" : $"\"source\":\"{source}\",") + (date is null ? "" : $"\"published\":\"{date}\",");
        return $$"""{"id":{{id}},{{fields}}"title":"Judul {{id}}","paragraphs":[{{string.Join(',', paragraphs.Select(p => $"\"{p}\""))}}]}""";
    }

    private IndexInfo Build(params string[] articles)
    {
        _folder.Write("corpus/feed.jsonl", string.Join('\n', articles));
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        return IndexInfo.Read(_folder.Combine("index"));
    }

    [Fact]
    public void Counts_articles_outlets_and_the_span_of_dates()
    {
        var info = Build(
            Article(1, "Kompas", "2019-09-10", "Satu.", "Dua."),
            Article(2, "KOMPAS", "2018-01-02", "Tiga."),
            Article(3, "Tempo", null, "Empat."),
            Article(4, null, "2020-05-06", "Lima.", "Enam.", "Tujuh."));

        Assert.Equal(4, info.Articles);
        Assert.Equal(7, info.Paragraphs);
        Assert.Equal(3, info.DatedArticles);
        Assert.Equal("2018-01-02", info.Earliest);
        Assert.Equal("2020-05-06", info.Latest);
        // One outlet however it is spelt, as --source matches it; most articles first.
        Assert.Equal([("Kompas", 2), ("Tempo", 1)], info.Sources.Select(s => (s.Name, s.Articles)));
        Assert.Equal(1, info.ArticlesWithoutSource);
        Assert.Equal(_folder.Combine("corpus"), info.Metadata.CorpusRoots);
    }

    [Fact]
    public void Articles_an_update_removed_are_not_counted()
    {
        Build(Article(1, "Kompas", "2019-09-10", "Satu."), Article(2, "Tempo", "2021-01-01", "Dua."));

        var info = Build(Article(1, "Kompas", "2019-09-10", "Satu."));

        Assert.Equal(1, info.Articles);
        Assert.Equal(1, info.Paragraphs);
        Assert.Equal("2019-09-10", info.Latest);
        Assert.Equal([("Kompas", 1)], info.Sources.Select(s => (s.Name, s.Articles)));
    }

    [Fact]
    public void Paragraphs_an_update_replaced_are_named_while_their_segment_still_holds_them()
    {
        _folder.Write("corpus/a.txt", "Banjir di Kediri\nBanjir melanda desa.\nWarga mengungsi.\n");
        _folder.Write("corpus/b.txt", "Gempa di Palu\nGempa mengguncang Palu.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        // One segment for both: a segment of nothing but deleted paragraphs (a.txt's own) is dropped at once.
        Search.DeletedArticleTests.MergeIntoOneSegment(_folder.Combine("index"));
        _folder.Write("corpus/a.txt", "Banjir di Kediri\nBanjir melanda dua desa.\nWarga mengungsi.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        var info = IndexInfo.Read(_folder.Combine("index"));
        var (text, json) = (new StringWriter(), new StringWriter());

        IndexInfoWriter.WriteText(text, info);
        IndexInfoWriter.WriteJson(json, info);

        // a.txt's two old paragraphs stay in their segment until Lucene merges them away; they take disk space.
        Assert.Equal(2, info.DeletedParagraphs);
        Assert.Equal(3, info.Paragraphs);
        Assert.Matches(@"MB in 2 segments, with 2 replaced or removed paragraphs kept until Lucene merges them away \(no count or score includes them\)\n", text.ToString());
        Assert.Equal(2, JsonDocument.Parse(json.ToString()).RootElement.GetProperty("deleted_paragraphs").GetInt32());
    }

    [Fact]
    public void Text_and_json_say_the_same()
    {
        var info = Build(Article(1, "Kompas", "2019-09-10", "Satu."), Article(2, null, null, "Dua."));
        var text = new StringWriter();
        var json = new StringWriter();

        IndexInfoWriter.WriteText(text, info);
        IndexInfoWriter.WriteJson(json, info);

        Assert.Contains("articles  2 (2 paragraphs)", text.ToString());
        Assert.DoesNotContain("replaced", text.ToString());
        Assert.Contains("dates     2019-09-10 to 2019-09-10; 1 dated (1 by their JSONL record), 1 undated", text.ToString());
        Assert.Contains("sources   1 outlet: Kompas 1; 1 article without one", text.ToString());
        var root = JsonDocument.Parse(json.ToString()).RootElement;
        Assert.Equal(2, root.GetProperty("articles").GetInt32());
        Assert.Equal("2019-09-10", root.GetProperty("earliest").GetString());
        Assert.Equal("Kompas", root.GetProperty("sources")[0].GetProperty("name").GetString());
        Assert.Equal(1, root.GetProperty("articles_without_source").GetInt32());
        Assert.Equal("{\"published\":1}", root.GetProperty("dated_from").GetRawText());
    }

    [Fact]
    public void Dates_are_counted_by_where_they_were_read()
    {
        var info = Build(
            Article(1, null, "2019-09-10", "Satu."),
            Article(2, null, "2019-09-11", "Dua.", "Tiga."),
            Article(3, null, null, "Pada Senin (9/9/2019) hujan turun."),
            Article(4, null, null, "Empat."));
        var text = new StringWriter();

        IndexInfoWriter.WriteText(text, info);

        Assert.Equal([("published", 2), ("text", 1)], info.DatedFrom);
        Assert.Contains("3 dated (2 by their JSONL record, 1 read in the text), 1 undated", text.ToString());
    }

    [Fact]
    public void Each_corpus_folder_has_its_own_line_and_json_lists_them()
    {
        var info = Build(Article(1, "Kompas", "2019-09-10", "Satu."));
        info = info with { Metadata = info.Metadata with { CorpusRoots = "/arsip/2019-09\n/arsip/2019-10" } };
        var text = new StringWriter();
        var json = new StringWriter();

        IndexInfoWriter.WriteText(text, info);
        IndexInfoWriter.WriteJson(json, info);

        Assert.Equal(["corpus    /arsip/2019-09", "corpus    /arsip/2019-10"],
            text.ToString().Split('\n').Where(l => l.StartsWith("corpus", StringComparison.Ordinal)));
        var corpus = JsonDocument.Parse(json.ToString()).RootElement.GetProperty("corpus");
        Assert.Equal(["/arsip/2019-09", "/arsip/2019-10"], corpus.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void No_index_is_the_usual_error()
    {
        var error = Assert.Throws<SearchIndexException>(() => IndexInfo.Read(_folder.Combine("nothing")));

        Assert.Contains("no index in", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
