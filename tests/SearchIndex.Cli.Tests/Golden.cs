using System.Text.RegularExpressions;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// Compares output with a committed file under Golden/. Run with SEARCHINDEX_UPDATE_GOLDEN=1 to rewrite the files
/// (then review the diff). Timings are replaced by 0 so the files are stable.
/// </summary>
internal static partial class Golden
{
    public static void Verify(string name, string actual)
    {
        actual = TookMs().Replace(actual, "\"took_ms\":0");
        var path = Path.Combine(RepositoryPaths.Golden, name);
        if (Environment.GetEnvironmentVariable("SEARCHINDEX_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run the tests with SEARCHINDEX_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [GeneratedRegex("\"took_ms\":[0-9.eE+-]+")]
    private static partial Regex TookMs();
}
