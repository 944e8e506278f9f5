using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>
/// A folder of articles given as <c>--index</c> is answered with the command that indexes it into a folder beside it
/// (<c>news</c> → <c>news-index</c>). For a root there is none beside it: <c>search x --index /</c>, where <c>/</c> holds
/// articles, advised <c>--index /-index</c>, a folder that cannot be made. The index goes in a folder inside the root.
/// </summary>
public sealed class IndexFolderAdviceTests
{
    [Theory]
    [InlineData("/", "/index")]
    [InlineData("/.", "/index")]
    [InlineData("//", "/index")]
    [InlineData("/tmp/..", "/index")]
    [InlineData("/srv/news", "/srv/news-index")]
    [InlineData("/srv/news/", "/srv/news-index")]
    [InlineData("/srv/news/..", "/srv-index")]
    [InlineData("news", "news-index")]
    public void The_advised_index_folder_can_be_made(string folder, string advised)
    {
        Assert.Equal(advised, IndexOpener.IndexFolderBeside(folder));
    }

    [Fact]
    public void The_working_folder_given_as_a_dot_is_named_in_full()
    {
        Assert.Equal(Path.GetFullPath(".").TrimEnd('/') + "-index", IndexOpener.IndexFolderBeside("."));
    }
}
