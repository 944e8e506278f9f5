namespace SearchIndex.Core.Search;

/// <summary>
/// Tells a question ("siapa pendiri microsoft") from a remembered headline. A question's words are not a title's, so
/// the query builder does not read a caseless question as a Title Case headline (docs/relevance.md, step 12).
/// </summary>
internal static class QuestionQuery
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "apa", "apakah", "siapa", "siapakah", "kapan", "kapankah", "berapa", "berapakah", "mengapa", "kenapa",
        "bagaimana", "bagaimanakah", "dimana", "dimanakah", "mana", "manakah",
    };

    /// <summary>
    /// Ends with a question mark, or holds a question word anywhere (<c>siapa</c>, <c>berapakah</c>, the <c>mana</c>
    /// of <c>di mana</c>): the peers' harness, like many scripts, strips the question mark.
    /// </summary>
    public static bool Matches(IReadOnlyList<QueryPart> parts) =>
        parts.Count > 0
        && (parts[^1].Text.TrimEnd().EndsWith('?') || parts.Any(p => !p.IsPhrase && QuestionWords.Contains(p.Text.Trim())));
}
