namespace SearchIndex.Core.Search;

/// <summary>How query text is read.</summary>
public enum QuerySyntax
{
    /// <summary>Words, "phrases", -excluded, +required, OR, AND, NOT, title:/source:; never an error (see <see cref="ForgivingQueryParser"/>).</summary>
    Forgiving,

    /// <summary>Classic Lucene query syntax; a syntax error is reported with its position.</summary>
    Lucene,
}
