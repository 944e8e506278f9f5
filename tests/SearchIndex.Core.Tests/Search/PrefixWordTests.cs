using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>A word typed with a trailing <c>*</c> finds every word that starts so, and marks each of them.</summary>
public sealed class PrefixWordTests : IDisposable
{
    private static readonly SearchOptions Defaults = new() { Top = 50 };
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public PrefixWordTests()
    {
        _folder.Write("corpus/a.txt", "Sidang Pertama\nHakim mengadili koruptor di pengadilan.\nPengacara menolak tuduhan itu.\n");
        _folder.Write("corpus/b.txt", "Kasus Korupsi Jalan Tol\nPenyidik memeriksa dugaan korupsi proyek jalan.\n");
        _folder.Write("corpus/c.txt", "Cuaca Cerah\nHari ini cerah di Jakarta.\n");
        _folder.Write("corpus/d.txt", "Dana Hibah\nDana hibah itu rawan dikorupsi pejabat.\n");
        _folder.Write("corpus/e.txt", "Kunjungan\nPresiden B.J.Habibie tiba. Rombongan B.J tiba kemudian.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void A_prefix_finds_every_word_that_starts_so_and_marks_each()
    {
        var hits = _session.Search("korup*", Defaults).Hits;

        Assert.Equal(["a.txt", "b.txt", "d.txt"], hits.Select(h => h.Article).Order());
        Assert.Equal(["dikorupsi", "korupsi", "koruptor"], hits.Select(Marked).Order());
        var titled = hits.Single(h => h.Article == "b.txt");
        Assert.Equal("Korupsi", titled.Title[titled.TitleMatches[0].Start..titled.TitleMatches[0].End]);
    }

    [Theory]
    [InlineData("korup*,")]
    [InlineData("(korup*)")]
    [InlineData("korup*.")]
    public void Punctuation_after_the_star_leaves_a_prefix(string query)
    {
        Assert.Equal(3, _session.Search(query, Defaults).Total);
    }

    [Theory]
    [InlineData("korup*,cera*")]
    [InlineData("korup*;cerah")]
    [InlineData("(korup*,cera*)")]
    [InlineData("korup*-cerah")]
    public void Punctuation_after_the_star_ends_the_prefix_before_more_words(string query)
    {
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt"], _session.Search(query, Defaults).Hits.Select(h => h.Article).Order());
    }

    [Fact]
    public void Initials_typed_with_their_last_dot_are_a_prefix()
    {
        var hit = Assert.Single(_session.Search("B.J.*", Defaults).Hits);

        Assert.Equal("e.txt", hit.Article);
        // The part the prefix starts is marked, not the glued word kept whole beside it (Highlighter), as korup* marks
        // korupsi, not the next sentence's first word with it, in "korupsi.Terakhir".
        Assert.Equal(["B.J", "B.J"], hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]));
    }

    [Fact]
    public void Without_the_star_the_word_is_a_word()
    {
        Assert.Equal(0, _session.Search("korup", Defaults).Total);
    }

    [Fact]
    public void A_prefix_can_be_excluded_or_required()
    {
        Assert.Equal(["c.txt"], _session.Search("-korup* cerah", Defaults).Hits.Select(h => h.Article));
        Assert.Equal(["a.txt"], _session.Search("+haki* jalan", Defaults).Hits.Select(h => h.Article));
        Assert.Equal(["b.txt"], _session.Search("korup* jalan", Defaults with { Mode = MatchMode.All }).Hits.Select(h => h.Article));
    }

    [Fact]
    public void Every_word_required_takes_a_word_reached_by_its_root_alone()
    {
        // "dikorupsi": its root korupsi starts so, its written form does not; either is enough, as for a plain word.
        var all = Defaults with { Mode = MatchMode.All };

        Assert.Equal(["a.txt", "b.txt", "d.txt"], _session.Search("korup*", all).Hits.Select(h => h.Article).Order());
        Assert.Equal(["d.txt"], _session.Search("+korup* +dana", Defaults).Hits.Select(h => h.Article));
        Assert.Equal(3, _session.Search("korup*", new SearchOptions { CountBy = CountBy.Year }).Total);
    }

    [Fact]
    public void A_title_prefix_searches_the_title_and_marks_only_there()
    {
        var hit = Assert.Single(_session.Search("title:korup*", Defaults).Hits);

        Assert.Equal("b.txt", hit.Article);
        Assert.Empty(hit.Text.Matches);
        Assert.Single(hit.TitleMatches);
    }

    [Fact]
    public void A_prefix_that_reaches_no_word_is_named_as_missing()
    {
        Assert.Equal(["zzq*"], _session.Search("zzq* cerah", Defaults).MissingWords);
        Assert.Empty(_session.Search("korup* cerah", Defaults).MissingWords);
        Assert.Empty(_session.Search("cerah* kor*", Defaults).MissingWords); // the title's "Korupsi" and "Cuaca Cerah" count
    }

    private static string Marked(SearchHit hit) => hit.Text.Text[hit.Text.Matches[0].Start..hit.Text.Matches[0].End];

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
