namespace SearchIndex.Core.Tests.Analysis;

/// <summary>Locates files beside the repository: the shared evaluation data lives in <c>../shared</c>.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding SearchIndex.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchIndex.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SearchIndex.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The development half of the stemming gold set: <c>word&lt;TAB&gt;root</c> lines.</summary>
    public static string StemDevFile() => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "eval", "stem-dev.tsv"));
}
