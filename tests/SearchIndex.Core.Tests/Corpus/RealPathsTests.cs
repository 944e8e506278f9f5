using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

public class RealPathsTests
{
    [Fact]
    public void A_link_anywhere_along_the_path_is_resolved_and_a_loop_of_links_ends()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("data", "home", "arsip", "share"));
        Directory.CreateSymbolicLink(temp.Combine("home"), temp.Combine("data", "home"));
        Directory.CreateSymbolicLink(temp.Combine("data", "home", "arsip", "shortcut"), temp.Combine("data", "home", "arsip", "share"));
        Directory.CreateSymbolicLink(temp.Combine("loop-a"), temp.Combine("loop-b"));
        Directory.CreateSymbolicLink(temp.Combine("loop-b"), temp.Combine("loop-a"));
        var known = new Dictionary<string, string>(StringComparer.Ordinal);

        Assert.Equal(temp.Combine("data", "home", "arsip", "share"), RealPaths.Canonical(temp.Combine("home", "arsip", "share"), known));
        Assert.Equal(temp.Combine("data", "home", "arsip", "share"), RealPaths.Canonical(temp.Combine("home", "arsip", "shortcut"), known));
        Assert.Equal(temp.Combine("loop-a", "x"), RealPaths.Canonical(temp.Combine("loop-a", "x"), known));
    }
}
