using SearchIndex.Core.Corpus;

namespace SearchIndex.Benchmarks;

/// <summary>
/// The articles the micro-benchmarks run on: <c>SEARCHINDEX_BENCH_CORPUS</c> (a corpus folder) when set, else the
/// repository's fixtures and sample article, so a clean clone can run every benchmark.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>Environment variable naming a corpus folder to benchmark on instead of the fixtures.</summary>
    public const string CorpusVariable = "SEARCHINDEX_BENCH_CORPUS";

    /// <summary>The corpus folders: the variable's, or the fixtures and the sample corpus.</summary>
    public static IReadOnlyList<string> Paths()
    {
        var custom = Environment.GetEnvironmentVariable(CorpusVariable);
        if (!string.IsNullOrEmpty(custom))
        {
            return [custom];
        }

        var root = RepositoryRoot();
        return [Path.Combine(root, "tests", "fixtures", "id-news"), Path.Combine(root, "corpus")];
    }

    /// <summary>Every article of <see cref="Paths"/>, parsed; unreadable files are skipped.</summary>
    public static List<Article> LoadArticles()
    {
        var articles = new List<Article>();
        foreach (var file in new CorpusScanner().Scan(Paths()))
        {
            foreach (var (record, _) in CorpusReader.Read(file))
            {
                if (record is not null)
                {
                    articles.Add(record.Parse());
                }
            }
        }

        return articles;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchIndex.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SearchIndex.sln not found above {AppContext.BaseDirectory}; set {CorpusVariable}");
    }
}
