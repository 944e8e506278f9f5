namespace SearchIndex.Core.Search;

/// <summary>Why a hit scored: the condensed Lucene explanation, one line per matched clause, and stem-only matches.</summary>
public sealed record HitExplanation(IReadOnlyList<string> Scoring, IReadOnlyList<StemMatch> StemMatches);
