namespace SearchIndex.Core.Search;

/// <summary>The operator written before a query part.</summary>
public enum QueryPartOccur
{
    /// <summary>No operator: the <see cref="MatchMode"/> decides.</summary>
    Default,

    /// <summary><c>+word</c>: must match.</summary>
    Required,

    /// <summary><c>-word</c>: must not match, and is never highlighted.</summary>
    Excluded,
}
