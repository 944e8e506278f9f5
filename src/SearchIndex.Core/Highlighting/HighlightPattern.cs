namespace SearchIndex.Core.Highlighting;

/// <summary>
/// A term pattern to mark, from a strict-syntax wildcard, prefix, regular expression or range: every word whose term
/// (its stem, or its surface form) the pattern accepts. A pattern can match far more index terms than a query may list,
/// so the words are tested one by one rather than collected.
/// </summary>
public sealed record HighlightPattern(Predicate<string> Accepts, bool Stemmed);
