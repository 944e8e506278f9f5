using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Indexing;

/// <summary>The outcome of an index run.</summary>
/// <param name="Kept">Indexed articles left as they were because their file (or folder) could not be read this time.</param>
/// <param name="Bytes">Bytes of the articles read (all files, changed or not): a file or JSONL line skipped, such as one over
/// the size limit or not JSON, is not counted, so the figure is that of the articles indexed, not of the files' size.</param>
public sealed record IndexSummary(
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    int Kept,
    int Paragraphs,
    long Bytes,
    TimeSpan Elapsed,
    IReadOnlyList<CorpusFileError> Errors)
{
    /// <summary>Articles the index now holds from this run's corpus: added + updated + unchanged + kept.</summary>
    public int Articles => Added + Updated + Unchanged + Kept;

    /// <summary>
    /// False when a new index or a rebuild could read no article, so nothing was committed: there is still no index,
    /// or the one before the rebuild, as it was.
    /// </summary>
    public bool Committed { get; init; } = true;

    public double Megabytes => Bytes / (1024.0 * 1024.0);

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Megabytes / Elapsed.TotalSeconds : 0;
}
