namespace SearchIndex.Core.Corpus;

/// <summary>A file found under a corpus root.</summary>
/// <param name="FullPath">Absolute path, for reading.</param>
/// <param name="DisplayPath">The path as the user would write it (their root joined with the relative path).</param>
/// <param name="RelativeId">Path relative to the corpus root with '/' separators: the article id.</param>
public sealed record CorpusFile(string FullPath, string DisplayPath, string RelativeId)
{
    /// <summary>The <c>metadata.tsv</c> of the corpus folder the file was found in; null when it has none.</summary>
    public CorpusMetadata? Metadata { get; init; }

    /// <summary>The file's path within that folder, as the table names it (its id may have gained the folder's name).</summary>
    public string? MetadataKey { get; init; }

    /// <summary>The table's row for this file's article <paramref name="articleId"/> (a JSONL record's <c>file#id</c>).</summary>
    public MetadataRow? MetadataRow(string articleId) =>
        Metadata is null || MetadataKey is null ? null : Metadata.Row(MetadataKey + articleId[RelativeId.Length..]);

    public bool IsJsonLines => FullPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
}
