namespace SearchIndex.Core.Search;

/// <summary>How the words of a query combine when no operator says otherwise.</summary>
public enum MatchMode
{
    /// <summary>Any word may match (OR); paragraphs with more of the words score higher.</summary>
    Any,

    /// <summary>Every word (or OR-group) must match (AND).</summary>
    All,
}
