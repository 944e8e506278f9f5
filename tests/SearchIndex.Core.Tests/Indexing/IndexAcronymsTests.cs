using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>The acronyms a user's own corpus defines, recorded at each commit and used by the search beside the shipped list.</summary>
public sealed class IndexAcronymsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Index => _folder.Combine("index");

    public void Dispose() => _folder.Dispose();

    /// <summary>Three articles defining PPKM (not on the shipped list), each in words of its own.</summary>
    private void WriteDefinitions(string acronym = "PPKM", string longForm = "Pemberlakuan Pembatasan Kegiatan Masyarakat")
    {
        _folder.Write("corpus/def-1.txt", $"Aturan Baru di Jawa\nPemerintah memperpanjang {longForm} ({acronym}) di Jawa dan Bali.\n");
        _folder.Write("corpus/def-2.txt", $"Pasar Sepi\nPedagang mengeluh sejak {longForm} ({acronym}) berlaku bulan lalu.\n");
        _folder.Write("corpus/def-3.txt", $"Sekolah Daring Lagi\nSelama {longForm} ({acronym}) murid kembali belajar dari rumah.\n");
    }

    private int Run() => new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], Index)).Run().Added;

    [Fact]
    public void An_acronym_the_corpus_defines_three_times_stands_in_for_its_long_form_typed()
    {
        WriteDefinitions();
        // Neither the title nor the paragraph holds a word of the long form.
        _folder.Write("corpus/only-acronym.txt", "PPKM Diperketat Mulai Senin\nWarga diminta tetap di rumah.\n");
        _folder.Write("corpus/other.txt", "Harga Cabai Naik\nHarga cabai di pasar naik dua kali lipat.\n");
        Run();

        Assert.Equal([("ppkm", "pemberlakuan pembatasan kegiatan masyarakat")], IndexInfo.Read(Index).AcronymsDefined);
        using var session = IndexSearchSession.Open(Index);
        var hits = session.Search("pemberlakuan pembatasan kegiatan masyarakat", new SearchOptions { Top = 10 }).Hits;
        Assert.Contains("only-acronym.txt", hits.Select(h => h.Article));
        Assert.DoesNotContain("other.txt", hits.Select(h => h.Article));
    }

    [Fact]
    public void Copies_of_one_text_count_once_and_a_pair_defined_once_is_not_listed()
    {
        var release = "Pedagang mengeluh sejak Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM) berlaku bulan lalu.";
        _folder.Write("corpus/copy-1.txt", $"Pasar Sepi\n{release}\n");
        _folder.Write("corpus/copy-2.txt", $"Pasar Sepi di Kota\n{release}\n");
        _folder.Write("corpus/copy-3.txt", $"Pedagang Mengeluh\n{release}\n");
        Run();

        Assert.Empty(IndexInfo.Read(Index).AcronymsDefined);
    }

    [Fact]
    public void Removing_the_articles_that_define_an_acronym_removes_it_from_the_list()
    {
        WriteDefinitions();
        Run();
        Assert.Single(IndexInfo.Read(Index).AcronymsDefined);

        File.Delete(_folder.Combine("corpus", "def-3.txt"));
        Run();

        Assert.Empty(IndexInfo.Read(Index).AcronymsDefined);
    }

    [Fact]
    public void A_run_that_changes_nothing_keeps_the_list()
    {
        WriteDefinitions();
        Run();

        Assert.Equal(0, Run());

        Assert.Single(IndexInfo.Read(Index).AcronymsDefined);
    }

    [Fact]
    public void Only_the_acronyms_main_long_form_is_listed()
    {
        WriteDefinitions(); // PPKM three times as one long form
        _folder.Write("corpus/other-1.txt", "Rapat\nKetua Persatuan Pemuda Kampung Melayu (PPKM) hadir di rapat.\n");
        _folder.Write("corpus/other-2.txt", "Iuran\nAnggota Persatuan Pemuda Kampung Melayu (PPKM) membayar iuran.\n");
        _folder.Write("corpus/other-3.txt", "Pasar\nPengurus Persatuan Pemuda Kampung Melayu (PPKM) menata pasar.\n");
        _folder.Write("corpus/other-4.txt", "Demo\nRatusan Persatuan Pemuda Kampung Melayu (PPKM) berunjuk rasa.\n");
        Run();

        // 4 of 7 definitions: the main one; 3 of 7 falls short of half.
        Assert.Equal([("ppkm", "persatuan pemuda kampung melayu")], IndexInfo.Read(Index).AcronymsDefined);
    }

    [Fact]
    public void An_acronym_denied_since_the_commit_is_not_used()
    {
        WriteDefinitions();
        Run();
        // As an older searchindex would have recorded it, before NBA went on not-acronyms.txt.
        using (var directory = FSDirectory.Open(Index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(AnalysisChain.MatchVersion, AnalysisChain.CreateAnalyzer())))
        {
            var data = new Dictionary<string, string>(DirectoryReader.ListCommits(directory)[^1].UserData);
            data[IndexAcronyms.UserDataKey] += "nba\tnasional bola asosiasi\n";
            writer.SetCommitData(data);
            writer.Commit();
        }

        var (opened, reader) = IndexOpener.Open(Index);
        using (opened)
        using (reader)
        {
            var table = AcronymTable.ForIndex(reader);
            Assert.Empty(table.LongFormsOf("nba"));
            Assert.NotEmpty(table.LongFormsOf("ppkm"));
        }

        Assert.Equal(["ppkm"], IndexInfo.Read(Index).AcronymsDefined.Select(p => p.Acronym));
    }

    [Fact]
    public void A_paragraph_with_an_immense_word_before_a_parenthesis_is_indexed()
    {
        _folder.Write("corpus/junk.txt", $"Judul Aneh\nData {new string('x', 33_000)} Biru (XB) selesai.\n");
        _folder.Write("corpus/kpk.txt", "Judul Biasa\nPenyidik Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.\n");

        Assert.Equal(2, Run());
    }

    [Theory]
    [InlineData("NBA", "Nasional Bola Asosiasi")] // on not-acronyms.txt
    [InlineData("HAM", "Hak Asasi Manusia")] // a root word: the shipped list alone decides
    [InlineData("UI", "Universitas Indonesia")] // two letters: likewise
    public void Letters_listed_as_no_acronym_root_words_and_two_letters_are_not_mined(string acronym, string longForm)
    {
        WriteDefinitions(acronym, longForm);
        Run();

        Assert.Empty(IndexInfo.Read(Index).AcronymsDefined);
    }

    [Fact]
    public void An_acronym_written_far_more_often_than_defined_is_not_listed()
    {
        WriteDefinitions();
        // 3 definitions are under 0.5 % of 700 uses: these letters mean something else here.
        var uses = string.Join(' ', Enumerable.Repeat("PPKM", 100));
        for (var i = 0; i < 7; i++)
        {
            _folder.Write($"corpus/uses-{i}.txt", $"Judul {i}\n{uses}\n");
        }

        Run();

        Assert.Empty(IndexInfo.Read(Index).AcronymsDefined);
    }
}
