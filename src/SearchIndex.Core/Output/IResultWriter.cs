using SearchIndex.Core.Search;

namespace SearchIndex.Core.Output;

/// <summary>Writes query results as they come, in one output format.</summary>
public interface IResultWriter
{
    void Write(SearchResult result);

    /// <summary>A query that could not run (batch mode goes on with the next one).</summary>
    void WriteError(string query, int? line, string message);

    /// <summary>
    /// Closes the document (JSON array). Flushing is the caller's: the CLI flushes once the exit status is decided, so
    /// a reader that leaves before that last write does not turn "no hits" into a success.
    /// </summary>
    void Finish();
}
