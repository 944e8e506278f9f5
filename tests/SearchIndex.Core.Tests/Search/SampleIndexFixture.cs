using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>An index of the sample corpus in a fresh temp folder, built once per test class, with an open session.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    public SampleIndexFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "searchindex-core-tests-" + Guid.NewGuid().ToString("N"));
        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], Directory)).Run();
        Session = IndexSearchSession.Open(Directory);
    }

    public string Directory { get; }

    public IndexSearchSession Session { get; }

    public void Dispose()
    {
        Session.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
