using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary><c>--count-by</c>: the matching paragraphs counted by year, month, day or outlet, with their articles.</summary>
public sealed class HitCountsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public HitCountsTests()
    {
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":"a","source":"Kompas","published":"2019-09-10","title":"Banjir Bandang","paragraphs":["Banjir bandang melanda desa.","Banjir surut sore hari."]}""",
            """{"id":"b","source":"KOMPAS","published":"2019-09-12","title":"Hujan","paragraphs":["Banjir bandang lagi di kota."]}""",
            """{"id":"c","source":"Tempo","published":"2019-10-01","title":"Kemarau","paragraphs":["Tidak ada banjir bulan ini."]}""",
            """{"id":"d","published":"2020-01-02","title":"Awal Tahun","paragraphs":["Banjir bandang di awal tahun.", "Warga mengungsi."]}""",
            """{"id":"e","title":"Tanpa Tanggal","paragraphs":["Banjir kecil."]}""") + "\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void Paragraphs_and_their_articles_are_counted_by_month_in_time_order_undated_last()
    {
        var result = _session.Search("banjir", new SearchOptions { CountBy = CountBy.Month });

        Assert.Equal(
            [new("2019-09", 3, 2), new("2019-10", 1, 1), new("2020-01", 1, 1), new CountBucket(null, 1, 1)],
            result.Counts!);
        Assert.Equal((6, 5), (result.Total, result.CountedArticles));
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Every_word_must_match_unless_any_is_asked_for()
    {
        Assert.Equal(3, _session.Search("banjir bandang", new SearchOptions { CountBy = CountBy.Year }).Total);
        Assert.Equal(6, _session.Search("banjir bandang", new SearchOptions { CountBy = CountBy.Year, Mode = MatchMode.Any }).Total);
    }

    [Fact]
    public void By_year_and_by_day()
    {
        Assert.Equal(
            [new("2019", 4, 3), new("2020", 1, 1), new CountBucket(null, 1, 1)],
            _session.Search("banjir", new SearchOptions { CountBy = CountBy.Year }).Counts!);
        Assert.Equal("2019-09-10", _session.Search("banjir", new SearchOptions { CountBy = CountBy.Day }).Counts![0].Key);
    }

    [Fact]
    public void Outlets_are_counted_under_one_name_the_largest_first_none_last()
    {
        var counts = _session.Search("banjir", new SearchOptions { CountBy = CountBy.Source }).Counts!;

        // "Kompas" and "KOMPAS" are one outlet, named as its first article by id writes it.
        Assert.Equal([new("Kompas", 3, 2), new("Tempo", 1, 1), new CountBucket(null, 2, 2)], counts);
    }

    [Fact]
    public void An_outlet_is_named_as_info_names_it_whichever_of_its_articles_matched()
    {
        // Only b, which writes "KOMPAS", says "kota"; the outlet's first article by id, a, writes "Kompas".
        var counts = _session.Search("kota", new SearchOptions { CountBy = CountBy.Source }).Counts!;

        Assert.Equal([new CountBucket("Kompas", 1, 1)], counts);
        Assert.Contains(IndexInfo.Read(_folder.Combine("index")).Sources, s => s.Name == "Kompas");
    }

    [Fact]
    public void A_period_asked_for_with_from_and_to_lists_its_months_without_a_match_as_0()
    {
        var counts = _session.Search("banjir", new SearchOptions { CountBy = CountBy.Month, From = new DateOnly(2019, 9, 1), To = new DateOnly(2019, 12, 31) }).Counts!;

        Assert.Equal([new("2019-09", 3, 2), new("2019-10", 1, 1), new("2019-11", 0, 0), new CountBucket("2019-12", 0, 0)], counts);
    }

    [Fact]
    public void The_periods_listed_stop_at_the_index_s_own_first_and_last_days()
    {
        var counts = _session.Search("banjir", new SearchOptions { CountBy = CountBy.Year, From = DateOnly.MinValue, To = DateOnly.MaxValue }).Counts!;

        Assert.Equal([new("2019", 4, 3), new CountBucket("2020", 1, 1)], counts);
        Assert.Equal(
            [new("2019-10-01", 1, 1), new("2019-10-02", 0, 0), new CountBucket("2019-10-03", 0, 0)],
            _session.Search("banjir", new SearchOptions { CountBy = CountBy.Day, From = new DateOnly(2019, 10, 1), To = new DateOnly(2019, 10, 3) }).Counts!);
    }

    [Fact]
    public void The_periods_listed_stop_at_the_days_of_the_articles_still_indexed_after_an_update_removed_some()
    {
        // An update marks a removed article's paragraphs deleted; its day stays in the term dictionary until a
        // merge, so the span had still reached it while info, which counts live articles only, no longer did.
        using var folder = new TempFolder();
        folder.Write("corpus/early.txt", "Awal\nBanjir kecil, Selasa (1/1/2019).\n");
        folder.Write("corpus/mid.txt", "Tengah\nBanjir melanda kota, Senin (2/9/2019).\n");
        folder.Write("corpus/late.txt", "Akhir\nBanjir besar, Selasa (31/12/2019).\n");
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        File.Delete(folder.Combine("corpus/early.txt"));
        File.Delete(folder.Combine("corpus/late.txt"));
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        using var reader = DirectoryReader.Open(FSDirectory.Open(folder.Combine("index")));
        Assert.True(reader.HasDeletions); // the case itself: the removed articles' days are still terms

        var counts = HitCounts.Count(reader, new MatchAllDocsQuery(), CountBy.Month, (DateOnly.MinValue, DateOnly.MaxValue));

        Assert.Equal([new CountBucket("2019-09", 1, 1)], counts.Buckets);
        Assert.Equal(("2019-09-02", "2019-09-02"), (IndexInfo.Read(folder.Combine("index")).Earliest, IndexInfo.Read(folder.Combine("index")).Latest));
    }

    [Fact]
    public void No_words_and_no_filter_count_the_whole_index()
    {
        var result = _session.Search("", new SearchOptions { CountBy = CountBy.Year });

        Assert.Equal([new("2019", 4, 3), new("2020", 2, 1), new CountBucket(null, 1, 1)], result.Counts!);
        Assert.Equal((7, 5), (result.Total, result.CountedArticles));
        new SearchJob("index", "", null, new SearchOptions { CountBy = CountBy.Year }, default, default).Validate();
    }

    [Fact]
    public void A_hit_names_its_outlet_as_the_counts_do_beside_the_spelling_its_article_writes()
    {
        // b writes "KOMPAS"; counted, it is under "Kompas", and an exported hit must pivot under that name too.
        var hit = Assert.Single(_session.Search("kota", new SearchOptions()).Hits);

        Assert.Equal(("KOMPAS", "Kompas"), (hit.Source, hit.Outlet));
        Assert.Null(_session.Search("kecil", new SearchOptions()).Hits.Single().Outlet);
    }

    [Fact]
    public void Filters_narrow_what_is_counted()
    {
        var counts = _session.Search("banjir", new SearchOptions { CountBy = CountBy.Month, From = new DateOnly(2019, 10, 1) }).Counts!;

        Assert.Equal([new CountBucket("2019-10", 1, 1), new CountBucket("2020-01", 1, 1)], counts);
    }

    [Theory]
    [InlineData("zzqqxx")]
    [InlineData("*")] // nothing to search for: no query is run at all
    public void A_query_that_matches_nothing_has_empty_counts(string query)
    {
        var result = _session.Search(query, new SearchOptions { CountBy = CountBy.Day });

        Assert.Equal((0, CountBy.Day), (result.Total, result.CountBy));
        Assert.Empty(result.Counts!);
    }

    [Theory]
    [InlineData("offset")]
    [InlineData("context")]
    [InlineData("explain")]
    [InlineData("sort")]
    [InlineData("per-article")]
    public void Options_that_shape_hits_are_refused_beside_counts(string option)
    {
        var options = new SearchOptions { CountBy = CountBy.Year };
        options = option switch
        {
            "offset" => options with { Offset = 1 },
            "context" => options with { Context = 1 },
            "explain" => options with { Explain = true },
            "sort" => options with { Order = ResultOrder.Newest },
            _ => options with { PerArticle = 1 },
        };

        var error = Assert.Throws<SearchIndexException>(() => _session.Search("banjir", options));
        Assert.StartsWith("--" + option, error.Message);
    }

    [Fact]
    public void A_fuzzy_word_counts_the_paragraphs_a_search_finds_whatever_the_segments()
    {
        // Two segments, each with a term one edit from banjir; a fuzzy query of one expansion takes one over the
        // whole index, as a search does, not one per segment.
        using var folder = new TempFolder();
        folder.Write("corpus/a.txt", "Judul\nWarga banjar berkumpul.\n");
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        folder.Write("corpus/b.txt", "Judul\nWarga banjor berkumpul.\n");
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        using var reader = DirectoryReader.Open(FSDirectory.Open(folder.Combine("index")));
        Assert.True(reader.Leaves.Count > 1);
        var query = new FuzzyQuery(new Term(IndexSchema.TextExact, "banjir"), 1, 0, 1, true);

        var found = new IndexSearcher(reader).Search(query, 10).TotalHits;

        Assert.Equal(1, found);
        Assert.Equal(found, HitCounts.Count(reader, query, CountBy.Year).Paragraphs);
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
