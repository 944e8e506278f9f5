namespace SearchIndex.Core.Corpus;

/// <summary>
/// A corpus file (or one line of a JSONL file) that was skipped, or a record indexed without a field it could not
/// read, and why, in words a user can act on.
/// </summary>
/// <param name="Path">The file as the user named it (corpus root joined with the relative path).</param>
/// <param name="Line">1-based line for JSONL records, null for whole files.</param>
public sealed record CorpusFileError(string Path, int? Line, string Reason)
{
    /// <summary>Whether the file or record was left out of the index; false when it was indexed without the field the reason names.</summary>
    public bool Skipped { get; init; } = true;

    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}
