using SearchIndex.Core.Output;

namespace SearchIndex.Core.Search;

/// <summary>One run of the search command: where, which queries, how to search and how to print.</summary>
/// <param name="Query">A single query; null in batch mode.</param>
/// <param name="QueriesFile">A file of queries, one per line, or <c>-</c> for standard input; null for a single query.</param>
public sealed record SearchJob(
    string IndexDirectory,
    string? Query,
    string? QueriesFile,
    SearchOptions Options,
    OutputFormat Format,
    HighlightStyle Highlight)
{
    /// <summary>Batch passes to time (PEER_REPEAT); only the first pass is printed.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Print a <c>TIMING {json}</c> line on the error output after a batch (SEARCHINDEX_TIMING=1).</summary>
    public bool ReportTiming { get; init; }

    public bool IsBatch => QueriesFile is not null;

    /// <summary><see cref="Options"/> as the output needs them: KWIC lists only paragraphs whose text holds the words.</summary>
    public SearchOptions SearchOptions => Format == OutputFormat.Kwic ? Options with { TitleOnlyLeads = false } : Options;

    /// <summary>
    /// Throws on a job no index could answer: bad options, or no query at all. Cheap, so callers run it before
    /// anything slow (the CLI's first-run indexing). A filter alone is a query: every paragraph it keeps
    /// (<c>--article ID</c> lists that article; <c>--source tempo.co --sort newest</c> browses an outlet), and so is
    /// <c>--count-by</c> alone: the whole index counted, the denominator a researcher divides a subject's counts by.
    /// </summary>
    /// <exception cref="SearchIndexException">Bad options, or neither a query, a filter nor a queries file.</exception>
    public void Validate()
    {
        Options.Validate();
        if (Format == OutputFormat.Csv && (Options.Context > 0 || Options.Explain))
        {
            // A row per hit has no place for a list of paragraphs or of scoring lines; JSON has.
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"{(Options.Explain ? "--explain" : "--context")} is not written in CSV; use --format jsonl or json for it");
        }

        if (Format == OutputFormat.Kwic && (Options.Context > 0 || Options.Explain || Options.CountBy != CountBy.None))
        {
            // A line per match has no place for neighbouring paragraphs, scoring lines or a table of counts.
            var option = Options.Explain ? "--explain" : Options.Context > 0 ? "--context" : "--count-by";
            throw new SearchIndexException(ErrorKind.BadArgument, $"{option} is not written in KWIC lines; use --format text for it");
        }

        if (QueriesFile is null && string.IsNullOrWhiteSpace(Query) && !Options.Filters && Options.CountBy == CountBy.None)
        {
            throw new SearchIndexException(ErrorKind.BadArgument,
                "no query: give the words to search for, a filter (--source, --from, --to, --undated, --article), --count-by alone (to count the whole index), or --queries-file FILE");
        }
    }
}
