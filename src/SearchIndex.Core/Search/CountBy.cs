namespace SearchIndex.Core.Search;

/// <summary>What <c>--count-by</c> groups the matching paragraphs by, instead of listing them (<see cref="HitCounts"/>).</summary>
public enum CountBy
{
    /// <summary>No counting: ranked hits.</summary>
    None,
    Year,
    Month,
    Day,

    /// <summary>The article's outlet.</summary>
    Source,
}
