namespace SearchIndex.Core.Highlighting;

/// <summary>
/// A text and the words in it that matched the query, as data: rendering (ANSI, markers, HTML, JSON) is separate.
/// </summary>
/// <param name="Matches">Sorted by start, non-overlapping, touching ranges merged (see <see cref="TextRanges.Normalize"/>).</param>
public sealed record Highlight(string Text, IReadOnlyList<TextRange> Matches)
{
    public static Highlight Plain(string text) => new(text, []);
}
