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

/// <summary>How output names a <see cref="CountBy"/>: as <c>--count-by</c> takes it (<c>month</c>).</summary>
public static class CountByNames
{
    public static string Name(this CountBy by) => by.ToString().ToLowerInvariant();
}
