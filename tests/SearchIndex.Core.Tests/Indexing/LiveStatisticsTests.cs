using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// An updated index keeps its replaced and removed paragraphs in their segments, marked deleted, until Lucene merges
/// them away; its statistics must be those of a fresh build of the same corpus all the same.
/// </summary>
public sealed class LiveStatisticsTests : IDisposable
{
    private static readonly string[] ScoredFields = [IndexSchema.Text, IndexSchema.TextExact, IndexSchema.Title, IndexSchema.TitleExact];

    private readonly TempFolder _folder = new();

    [Fact]
    public void An_updated_index_counts_words_and_lengths_as_a_fresh_build_of_its_corpus()
    {
        for (var i = 0; i < 30; i++)
        {
            _folder.Write($"corpus/a{i:D2}.txt", $"Banjir di Desa {i}\nBanjir merendam desa {i} dan warga mengungsi.\nPetani desa {i} menanam padi lagi.\n");
        }

        Build("corpus", "index");
        // Replaced longer and shorter, removed, added: every statistic moves.
        _folder.Write("corpus/a03.txt", "Gempa di Palu\nGempa mengguncang Palu, banjir dan banjir datang, warga warga mengungsi ke masjid.\n");
        _folder.Write("corpus/a17.txt", "Banjir\nBanjir.\n");
        File.Delete(_folder.Combine("corpus/a21.txt"));
        _folder.Write("corpus/b00.txt", "Kemarau di Klaten\nKemarau membuat sumur warga kering.\n");
        Build("corpus", "index");
        AssertCountsAsFreshBuild();
    }

    [Fact]
    public void Counts_stay_those_of_a_fresh_build_through_Lucene_merging_segments_that_hold_deleted_paragraphs()
    {
        // One run per day: new articles, and two earlier ones corrected. A segment per run, until Lucene merges them,
        // dropping the deleted paragraphs of some and copying the norms of the rest.
        var checkedAfterMerges = 0;
        for (var day = 0; day < 14; day++)
        {
            for (var i = 0; i < 4; i++)
            {
                _folder.Write($"corpus/d{day:D2}-{i}.txt", $"Banjir Hari {day}\nBanjir merendam desa {day} {i}, warga mengungsi.\nPetani menanam padi di sawah {i}.\n");
            }

            if (day > 0)
            {
                _folder.Write($"corpus/d{day - 1:D2}-0.txt", $"Koreksi Hari {day}\nGempa kecil mengguncang desa {day} dan warga warga kembali.\n");
                _folder.Write($"corpus/d{day / 2:D2}-3.txt", $"Banjir Surut {day}\nBanjir surut.\n");
            }

            Build("corpus", "index");
            // Checked each day Lucene has merged some runs' segments (fewer than the runs so far) and replaced
            // paragraphs remain: a merge may drop every deletion, so which days qualify depends on the threads' timing.
            if (SegmentNames("index").Count < day + 1 && HasDeletions("index"))
            {
                AssertCountsAsFreshBuild();
                checkedAfterMerges++;
            }
        }

        Assert.True(checkedAfterMerges > 0, "the test needs a day with segments merged and replaced paragraphs left");
    }

    /// <summary>The updated index's live statistics against a fresh build of its corpus, for every word of the scored fields.</summary>
    private void AssertCountsAsFreshBuild()
    {
        foreach (var built in new[] { "fresh", "fresh-index" }.Select(name => _folder.Combine(name)).Where(System.IO.Directory.Exists))
        {
            System.IO.Directory.Delete(built, recursive: true);
        }

        foreach (var file in System.IO.Directory.GetFiles(_folder.Combine("corpus")))
        {
            _folder.Write("fresh/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        Build("fresh", "fresh-index");
        using var updated = Open("index");
        using var fresh = Open("fresh-index");
        Assert.True(updated.Reader.HasDeletions, "the test needs replaced paragraphs still in their segments");
        var (live, exact) = (LiveStatistics.Of(updated.Reader), LiveStatistics.Of(fresh.Reader));
        Assert.False(exact.HasDeletions);
        Assert.Equal(fresh.Reader.NumDocs, live.Documents);
        foreach (var field in ScoredFields)
        {
            var (ours, theirs) = (live.Collection(field), exact.Collection(field));
            Assert.Equal((theirs.MaxDoc, theirs.DocCount, theirs.SumTotalTermFreq), (ours.MaxDoc, ours.DocCount, ours.SumTotalTermFreq));
            var terms = Terms(updated.Reader, field).Union(Terms(fresh.Reader, field)).ToList();
            Assert.Contains("banjir", terms);
            foreach (var term in terms.Select(t => new Term(field, t)))
            {
                Assert.Equal((fresh.Reader.DocFreq(term), fresh.Reader.TotalTermFreq(term)), (live.DocFreq(term), live.TotalTermFreq(term)));
            }
        }
    }

    [Fact]
    public void Correcting_one_article_leaves_the_segments_of_the_others_as_they_were()
    {
        for (var i = 0; i < 200; i++)
        {
            _folder.Write($"corpus/a{i:D3}.txt", $"Berita {i}\nWarga desa {i} menanam padi di sawah.\n");
        }

        Build("corpus", "index");
        var before = SegmentNames("index");
        _folder.Write("corpus/a100.txt", "Berita 100\nWarga desa 100 memanen padi di sawah.\n");
        Build("corpus", "index");

        // Rewriting the segment that held the old text to drop it copied nearly the whole index for one article.
        Assert.Subset(SegmentNames("index"), before);
        using var updated = Open("index");
        Assert.True(updated.Reader.HasDeletions);
        Assert.Equal(1, LiveStatistics.Of(updated.Reader).DocFreq(new Term(IndexSchema.TextExact, "memanen")));
        Assert.Equal(199, LiveStatistics.Of(updated.Reader).DocFreq(new Term(IndexSchema.TextExact, "menanam")));
    }

    private bool HasDeletions(string index)
    {
        using var open = Open(index);
        return open.Reader.HasDeletions;
    }

    private HashSet<string> SegmentNames(string index)
    {
        using var directory = FSDirectory.Open(_folder.Combine(index));
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.Segments.Select(s => s.Info.Name)];
    }

    private static IEnumerable<string> Terms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            yield return terms.Term.Utf8ToString();
        }
    }

    private OpenIndex Open(string index) => new(FSDirectory.Open(_folder.Combine(index)));

    private void Build(string corpus, string index) =>
        new IndexBuilder(new IndexRequest([_folder.Combine(corpus)], _folder.Combine(index))).Run();

    private sealed class OpenIndex(FSDirectory directory) : IDisposable
    {
        public DirectoryReader Reader { get; } = DirectoryReader.Open(directory);

        public void Dispose()
        {
            Reader.Dispose();
            directory.Dispose();
        }
    }

    public void Dispose() => _folder.Dispose();
}
