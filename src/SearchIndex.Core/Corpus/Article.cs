namespace SearchIndex.Core.Corpus;

/// <summary>
/// One news article after parsing: the metadata a hit is shown with, and its content paragraphs in reading order
/// (bylines, "Baca juga" links and page furniture removed).
/// </summary>
/// <param name="Id">Path relative to the corpus root with '/' separators; JSONL articles add <c>#id</c>.</param>
/// <param name="ContentHash">Hex digest of the article's source bytes, for incremental updates.</param>
public sealed record Article(
    string Id,
    string Title,
    IReadOnlyList<string> Paragraphs,
    string ContentHash)
{
    public string? Source { get; init; }
    public string? Author { get; init; }
    public string? Place { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>Where <see cref="Date"/> was read: a reader of the hits can tell a publication day from a day the text names.</summary>
    public DateOrigin DateFrom { get; init; } = DateOrigin.Text;
    public string? Url { get; init; }

    /// <summary>Titles of the "Baca juga:" (read also) links found in the article.</summary>
    public IReadOnlyList<string> RelatedLinks { get; init; } = [];
}
