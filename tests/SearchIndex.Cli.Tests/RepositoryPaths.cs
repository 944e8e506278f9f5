namespace SearchIndex.Cli.Tests;

/// <summary>Finds the repository root (the folder holding SearchIndex.sln) and the sample corpus in it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleCorpus => Path.Combine(Root, "corpus");

    public static string Golden => Path.Combine(Root, "tests", "SearchIndex.Cli.Tests", "Golden");

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
