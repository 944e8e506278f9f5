namespace SearchIndex.Core.Corpus;

/// <summary>A file found under a corpus root.</summary>
/// <param name="FullPath">Absolute path, for reading.</param>
/// <param name="DisplayPath">The path as the user would write it (their root joined with the relative path).</param>
/// <param name="RelativeId">Path relative to the corpus root with '/' separators: the article id.</param>
public sealed record CorpusFile(string FullPath, string DisplayPath, string RelativeId)
{
    public bool IsJsonLines => FullPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
}
