using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Indexing;

/// <summary>The outcome of an index run.</summary>
/// <param name="Bytes">Bytes of corpus read (all files, changed or not).</param>
public sealed record IndexSummary(
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    int Paragraphs,
    long Bytes,
    TimeSpan Elapsed,
    IReadOnlyList<CorpusFileError> Errors)
{
    /// <summary>Articles now in the index that this run read (added + updated + unchanged).</summary>
    public int Articles => Added + Updated + Unchanged;

    public double Megabytes => Bytes / (1024.0 * 1024.0);

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Megabytes / Elapsed.TotalSeconds : 0;
}
