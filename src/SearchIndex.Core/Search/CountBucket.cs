namespace SearchIndex.Core.Search;

/// <summary>One group of <see cref="HitCounts"/>: how many matching paragraphs, and of how many articles.</summary>
/// <param name="Key"><c>2019</c>, <c>2019-09</c>, <c>2019-09-10</c> or an outlet's name; null for undated paragraphs, or those of no known outlet.</param>
public sealed record CountBucket(string? Key, int Paragraphs, int Articles);

/// <summary>What <see cref="HitCounts"/> counted: every matching paragraph, their distinct articles, and the groups.</summary>
public sealed record CountedHits(int Paragraphs, int Articles, IReadOnlyList<CountBucket> Buckets);
