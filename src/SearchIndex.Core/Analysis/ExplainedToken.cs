namespace SearchIndex.Core.Analysis;

/// <summary>One token of <see cref="AnalysisChain.Explain"/>: what was written and what each chain indexes.</summary>
/// <param name="Surface">The token as written in the text (the slice <c>text[StartOffset..EndOffset]</c>).</param>
/// <param name="Position">Token position, 0-based; stopwords keep their position, so phrase gaps are visible.</param>
/// <param name="StartOffset">Start offset in UTF-16 code units, inclusive.</param>
/// <param name="EndOffset">End offset in UTF-16 code units, exclusive.</param>
/// <param name="SurfaceTerm">The term the surface chain indexes (lower-cased).</param>
/// <param name="StemmedTerm">The term the stemmed chain indexes, or null when it drops the token (a stopword).</param>
/// <param name="Path">How <paramref name="StemmedTerm"/> was reached: <c>stopword</c>, or a <see cref="StemResult.Path"/>.</param>
public sealed record ExplainedToken(
    string Surface,
    int Position,
    int StartOffset,
    int EndOffset,
    string SurfaceTerm,
    string? StemmedTerm,
    string Path);
