namespace SearchIndex.Testing;

/// <summary>Finds the repository root (the folder holding SearchIndex.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleCorpus => Path.Combine(Root, "corpus");

    public static string SampleArticle => Path.Combine(SampleCorpus, "tribunnews-kim-putin.txt");

    public static string Golden => Path.Combine(Root, "tests", "SearchIndex.Cli.Tests", "Golden");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>The read-only shared folder beside the repository (CI copies it there too).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The development half of the stemming gold set: <c>word&lt;TAB&gt;root</c> lines.</summary>
    public static string StemDevFile => Path.Combine(Shared, "eval", "stem-dev.tsv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchIndex.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SearchIndex.sln not found above " + AppContext.BaseDirectory);
    }
}
