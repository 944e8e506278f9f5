namespace SearchIndex.Core.Search;

/// <summary>One unit of forgiving query text: a word or a quoted phrase, with its operator and field.</summary>
/// <param name="Text">The word or the phrase's inner text, as typed.</param>
/// <param name="Field">null (paragraph text), <c>title</c> or <c>source</c>.</param>
/// <param name="OrWithPrevious">Joined to the previous part by <c>OR</c>.</param>
public sealed record QueryPart(string Text, bool IsPhrase, QueryPartOccur Occur, string? Field, bool OrWithPrevious);
