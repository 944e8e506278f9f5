using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// A word both typed and excluded is excluded, and marks nothing: the paragraphs listed never hold it, but their titles
/// may, where it had been marked through its reading written apart (<c>e-KTP</c> for <c>ektp</c>).
/// </summary>
public sealed class ExcludedWordTitleMarkTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public ExcludedWordTitleMarkTests()
    {
        for (var i = 0; i < 6; i++)
        {
            _folder.Write($"corpus/ktp{i}.txt", $"Berita {i}\nKasus korupsi proyek e-KTP sidang ke-{i + 2} digelar hari ini.\n");
        }

        _folder.Write("corpus/title.txt", "Sidang e-KTP Berlanjut\nHakim membacakan putusan korupsi itu hari ini.\n");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Theory]
    [InlineData("korupsi ektp -ektp")]
    [InlineData("korupsi -ektp")]
    public void An_excluded_word_written_apart_in_a_title_is_not_marked(string query)
    {
        var hit = Assert.Single(_session.Search(query, new SearchOptions { Top = 20 }).Hits);

        Assert.Equal("title.txt", hit.Article);
        Assert.Empty(hit.TitleMatches);
        Assert.Equal(["korupsi"], hit.Text.Matches.Select(m => hit.Text.Text[m.Start..m.End]));
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
