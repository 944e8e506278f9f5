namespace SearchIndex.Core.Search;

/// <summary>Reads a queries file: one query per line; blank lines and lines starting with <c>#</c> are skipped.</summary>
public static class QueryFile
{
    /// <summary>The queries, trimmed, with their 1-based line numbers.</summary>
    public static List<(int Line, string Query)> Read(TextReader reader)
    {
        var queries = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var query = line.Trim();
            if (query.Length > 0 && query[0] != '#')
            {
                queries.Add((number, query));
            }
        }

        return queries;
    }

    /// <summary>How messages name the queries file: its path, or "standard input" for <c>-</c>.</summary>
    public static string Describe(string path) => path == "-" ? "standard input" : $"'{path}'";

    /// <exception cref="SearchIndexException">The file cannot be read.</exception>
    public static List<(int Line, string Query)> Read(string path, TextReader stdin)
    {
        if (path == "-")
        {
            return Read(stdin);
        }

        if (Directory.Exists(path))
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"queries file '{path}' is a folder; give a file with one query per line");
        }

        try
        {
            using var reader = new StreamReader(path);
            return Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"cannot read queries file '{path}': {e.Message}", e);
        }
    }
}
