namespace SearchIndex.Core.Highlighting;

/// <summary>One token of a text as an analysis chain produced it: its position, term and source offsets.</summary>
public readonly record struct AnalyzedToken(int Position, string Term, TextRange Range);
