namespace SearchIndex.Core.Corpus;

/// <summary>Why bytes are not text in the encoding they claim, and where.</summary>
/// <param name="Line">1-based line holding the first bad byte (lines counted in the text decoded before it).</param>
/// <param name="Reason">One line: what is wrong, the byte offset, and advice that fits the cause.</param>
public sealed record DecodingError(int Line, string Reason);
