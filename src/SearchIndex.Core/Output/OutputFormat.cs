namespace SearchIndex.Core.Output;

/// <summary>What <c>search</c> prints on stdout.</summary>
public enum OutputFormat
{
    /// <summary>For people: a block per hit.</summary>
    Text,

    /// <summary>One JSON document: an array with one object per query (docs/json-output.md).</summary>
    Json,

    /// <summary>JSON Lines: a <c>hit</c> object per hit, then a <c>summary</c> per query (docs/json-output.md).</summary>
    JsonLines,

    /// <summary>CSV: a header, then a row per hit, or per group with <c>--count-by</c> (<see cref="HitCsvWriter"/>).</summary>
    Csv,

    /// <summary>Keyword in context: a line per match, the match between its left and right context (<see cref="HitKwicWriter"/>).</summary>
    Kwic,
}
