using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// A null where the library's signatures take none is the calling program's mistake, told as .NET tells it: an
/// <see cref="ArgumentNullException"/> naming the parameter. It had been a NullReferenceException from inside, an
/// ArgumentNullException naming a parameter of .NET's (<c>path1</c>, <c>text</c>), or, for <c>ParagraphCount(null)</c>,
/// "index ... is damaged ...; rebuild it".
/// </summary>
public sealed class NullArgumentTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    public static TheoryData<string, string> Calls => new()
    {
        { "Open", "indexDirectory" },
        { "Search text", "queryText" },
        { "Search options", "options" },
        { "Rank text", "queryText" },
        { "Rank options", "options" },
        { "ContainsArticle", "id" },
        { "ParagraphCount", "id" },
        { "EmptyFilter", "options" },
        { "IndexBuilder", "request" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_null_argument_is_an_ArgumentNullException_naming_it(string call, string parameter)
    {
        var session = index.Session;
        Action use = call switch
        {
            "Open" => () => IndexSearchSession.Open(null!),
            "Search text" => () => session.Search(null!, new SearchOptions()),
            "Search options" => () => session.Search("putin", null!),
            "Rank text" => () => session.Rank(null!, new SearchOptions()),
            "Rank options" => () => session.Rank("putin", null!),
            "ContainsArticle" => () => session.ContainsArticle(null!),
            "ParagraphCount" => () => session.ParagraphCount(null!),
            "EmptyFilter" => () => session.EmptyFilter("putin", null!),
            _ => () => new IndexBuilder(null!),
        };

        var error = Assert.Throws<ArgumentNullException>(use);
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void An_empty_index_folder_or_corpus_list_is_named_as_missing()
    {
        using var temp = new TempFolder();

        // "no index in ''; build one with '… --index '" and "--corpus:  hold no .txt or .jsonl articles" named nothing.
        Assert.Equal("--index: the path is empty; give the index folder",
            Assert.Throws<SearchIndexException>(() => IndexSearchSession.Open("")).Message);
        Assert.Equal("--corpus: no path given; give a folder or a .txt/.jsonl file",
            Assert.Throws<SearchIndexException>(() => new IndexBuilder(new IndexRequest([], temp.Combine("index"))).Run()).Message);
    }
}
