namespace SearchIndex.Core.Search;

/// <summary>The order of the hits.</summary>
public enum ResultOrder
{
    /// <summary>Best first: BM25 with the article's cover of the query and article diversity (docs/relevance.md).</summary>
    Relevance,

    /// <summary>By the article's date, latest first; undated articles last; equal days best first.</summary>
    Newest,

    /// <summary>By the article's date, earliest first; undated articles last; equal days best first.</summary>
    Oldest,
}
