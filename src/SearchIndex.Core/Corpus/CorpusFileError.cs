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

    /// <summary>
    /// For a JSONL record that could not be read, the article id it would have had, when its text tells: the
    /// <c>"id"</c> it names, or (<see cref="NamesNoId"/>) none, so its line number if the file's records go by line.
    /// Null when unknown. Only that article is then kept as indexed, not every article of the file.
    /// </summary>
    public string? RecordId { get; init; }

    /// <summary>A problem of a folder's <c>metadata.tsv</c> (a row, or the table), not of an article.</summary>
    public bool OfMetadataTable { get; init; }

    /// <summary>The unreadable JSONL record's text holds no <c>"id"</c> at all.</summary>
    public bool NamesNoId { get; init; }

    /// <summary>For a JSONL line skipped, its length in the file (newline included): not counted among the bytes indexed.</summary>
    internal long LineBytes { get; init; }

    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}
