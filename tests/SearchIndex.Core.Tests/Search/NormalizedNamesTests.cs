using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// Outlet, author and place names are normalized as the text is: a bidirectional mark or a zero-width space inside a
/// feed's source hid the outlet from <c>--source</c> and printed as a replacement character.
/// </summary>
public sealed class NormalizedNamesTests
{
    [Fact]
    public void An_outlet_written_with_invisible_marks_is_found_by_its_plain_name_and_printed_plain()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/feed.jsonl",
            """{"id":"a","source":"Kom\u202Epas\u200B","author":"Bu\u200Edi","place":"Ja\u200Bkarta","title":"Banjir","body":"Banjir merendam Bekasi."}""");
        new IndexBuilder(new IndexRequest([folder.Combine("corpus")], folder.Combine("index"))).Run();
        using var session = IndexSearchSession.Open(folder.Combine("index"));

        var hit = Assert.Single(session.Search("banjir", new SearchOptions { Source = "kompas" }).Hits);

        Assert.Equal(("Kompas", "Budi", "Jakarta"), (hit.Source, hit.Author, hit.Place));
    }
}
