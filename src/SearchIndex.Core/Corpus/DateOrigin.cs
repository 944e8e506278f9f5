namespace SearchIndex.Core.Corpus;

/// <summary>
/// Where an article's date was read. A date found in the text is the day of the events told, which is the
/// publication day for about half of the shared corpus's articles (docs/corpus-format.md); the other two are the
/// publication day as the archive states it.
/// </summary>
public enum DateOrigin
{
    /// <summary>Read from the article's text (<c>Rabu (13/9/2023)</c>).</summary>
    Text,

    /// <summary>A JSONL record's <c>published</c> (or <c>date</c>) field.</summary>
    Published,

    /// <summary>The article's row of its folder's <c>metadata.tsv</c>.</summary>
    Metadata,
}

/// <summary>The names of <see cref="DateOrigin"/> in the index and the output: <c>text</c>, <c>published</c>, <c>metadata</c>.</summary>
public static class DateOrigins
{
    public static string Name(this DateOrigin origin) => origin switch
    {
        DateOrigin.Published => "published",
        DateOrigin.Metadata => "metadata",
        _ => "text",
    };
}
