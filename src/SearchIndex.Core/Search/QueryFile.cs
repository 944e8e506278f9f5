using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Search;

/// <summary>Reads a queries file: one query per line; blank lines and lines starting with <c>#</c> are skipped.</summary>
public static class QueryFile
{
    /// <summary>The queries, trimmed (of white space and of byte-order marks opening the line), with their 1-based line numbers.</summary>
    public static List<(int Line, string Query)> Read(TextReader reader)
    {
        var queries = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var query = line.Trim();
            while (query.StartsWith('\uFEFF'))
            {
                // A byte-order mark opening a line: files saved with one and concatenated (cat a.txt b.txt) have it
                // there; the file's own first one is gone with its decoding.
                query = query[1..].TrimStart();
            }

            if (query.Length > 0 && query[0] != '#')
            {
                queries.Add((number, query));
            }
        }

        return queries;
    }

    /// <summary>How messages name the queries file: its path, or "standard input" for <c>-</c>.</summary>
    public static string Describe(string path) => path == "-" ? "standard input" : $"'{path}'";

    /// <summary>
    /// The queries of <paramref name="path"/>, or of <paramref name="stdin"/> for <c>-</c>, decoded strictly as
    /// corpus files are (<see cref="TextDecoding"/>): a query read with replacement characters would run as other
    /// words, and a batch would report results for queries nobody wrote.
    /// </summary>
    /// <exception cref="SearchIndexException">The file cannot be read, or is not UTF-8 (or UTF-16 with a BOM).</exception>
    public static List<(int Line, string Query)> Read(string path, Stream stdin)
    {
        var text = path == "-"
            ? TextDecoding.Decode(stdin, "standard input")
            : TextFiles.Read(path, $"queries file '{path}'", "give a file with one query per line");
        return Read(new StringReader(text));
    }
}
