using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A word typed as one finds it written apart (<c>ektp</c>: <c>e-KTP</c>), as <see cref="WordReadings.Apart"/> decides.</summary>
public sealed class WordApartSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public WordApartSearchTests()
    {
        for (var i = 0; i < 6; i++)
        {
            _folder.Write($"corpus/ktp{i}.txt", $"Berita {i}\nKasus korupsi proyek e-KTP sidang ke-{i + 2} digelar hari ini.\n");
            _folder.Write($"corpus/pop{i}.txt", $"Musik {i}\nPenggemar K-Pop antre tiket konser nomor {i + 2}.\n");
            _folder.Write($"corpus/kota{i}.txt", $"Kota {i}\nRencana kota baru itu dibahas lagi, babak {i + 2}.\n");
        }

        _folder.Write("corpus/joined.txt", "Warga\nWarga mengurus eKTP di kantor kecamatan.\n");
        _folder.Write("corpus/regency.txt", "Kabupaten\nBanjir melanda Kotabaru sejak pagi.\n");
        _folder.Write("corpus/razia.txt", "Razia\nPetugas di Jakarta memeriksa surat e dan KTP pengendara.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void A_word_typed_as_one_finds_it_hyphenated_and_whole_and_marks_both_parts()
    {
        var result = _session.Search("ektp", new SearchOptions { Top = 20, SnippetChars = 0 });

        Assert.Equal(7, result.Total);
        Assert.Equal("joined.txt", result.Hits[0].Article); // the word as typed first
        var hit = result.Hits.First(h => h.Article == "ktp0.txt");
        Assert.Equal(["e", "KTP"], hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]));
    }

    [Fact]
    public void The_parts_are_marked_only_where_they_stand_together_as_the_search_matched_them()
    {
        // "ektp jakarta" finds the razia paragraph by "jakarta" alone: its "e dan KTP" is no e-KTP, since the phrase
        // asks for the parts next to each other, but the stopword between them had been passed over and both marked.
        var result = _session.Search("ektp jakarta", new SearchOptions { Top = 20, SnippetChars = 0 });

        var hit = result.Hits.Single(h => h.Article == "razia.txt");
        Assert.Equal(["Jakarta"], hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]));
        Assert.Equal(7, _session.Search("ektp", new SearchOptions { Top = 20 }).Total); // the phrase never matched it
    }

    [Fact]
    public void Every_word_required_takes_it_written_apart_too()
    {
        Assert.Equal(6, _session.Search("ektp korupsi", new SearchOptions { Top = 20, Mode = MatchMode.All }).Total);
    }

    [Fact]
    public void A_word_only_written_apart_is_not_named_missing()
    {
        var result = _session.Search("kpop", new SearchOptions { Top = 20 });

        Assert.Equal(6, result.Total);
        Assert.Empty(result.MissingWords);
    }

    [Fact]
    public void Two_long_words_that_meet_by_chance_are_not_a_name_written_as_one()
    {
        Assert.Equal(["regency.txt"], _session.Search("kotabaru", new SearchOptions { Top = 20 }).Hits.Select(h => h.Article));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
