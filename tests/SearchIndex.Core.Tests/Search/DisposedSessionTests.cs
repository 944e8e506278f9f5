using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// A session used after its Dispose is the calling program's mistake, not the index's: it had been reported as
/// "index ... is damaged and cannot be read ...; rebuild it", sending the user to rebuild a sound index.
/// </summary>
public sealed class DisposedSessionTests
{
    public static TheoryData<string> Calls => ["Search", "Rank", "ContainsArticle", "ParagraphCount", "Documents", "EmptyFilter"];

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_disposed_session_says_it_is_disposed_and_never_that_the_index_is_damaged(string call)
    {
        using var temp = new TempFolder();
        var index = temp.Combine("index");
        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], index)).Run();
        var session = IndexSearchSession.Open(index);
        session.Dispose();
        session.Dispose(); // twice is allowed, as for any IDisposable

        Action use = call switch
        {
            "Search" => () => session.Search("putin", new SearchOptions()),
            "Rank" => () => session.Rank("putin", new SearchOptions()),
            "ContainsArticle" => () => session.ContainsArticle("tribunnews-kim-putin.txt"),
            "ParagraphCount" => () => session.ParagraphCount("tribunnews-kim-putin.txt"),
            "Documents" => () => _ = session.Documents,
            _ => () => session.EmptyFilter("putin", new SearchOptions(Source: "kompas")),
        };

        var error = Assert.Throws<ObjectDisposedException>(use);
        Assert.Equal(typeof(IndexSearchSession).FullName, error.ObjectName);
    }
}
