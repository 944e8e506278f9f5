namespace SearchIndex.Core.Corpus;

/// <summary>A corpus file (or one line of a JSONL file) that was skipped, and why, in words a user can act on.</summary>
/// <param name="Path">The file as the user named it (corpus root joined with the relative path).</param>
/// <param name="Line">1-based line for JSONL records, null for whole files.</param>
public sealed record CorpusFileError(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}
