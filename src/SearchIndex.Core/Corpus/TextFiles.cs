namespace SearchIndex.Core.Corpus;

/// <summary>
/// A file the user names beside the corpus (a queries file, qrels, <c>analyze --words</c>), read whole and decoded
/// strictly as corpus files are (<see cref="TextDecoding"/>): read with replacement characters, its lines would run as
/// words nobody wrote.
/// </summary>
public static class TextFiles
{
    /// <param name="named">How messages name the file: <c>queries file 'q.txt'</c>, <c>--words 'w.txt'</c>.</param>
    /// <param name="ifFolder">What to give instead when the path is a folder: "give a file with one query per line".</param>
    /// <exception cref="SearchIndexException">A folder, a file that cannot be read, or text that is not UTF-8 (or
    /// UTF-16 with a BOM); the message names the file (and the line).</exception>
    public static string Read(string path, string named, string ifFolder)
    {
        if (Directory.Exists(path))
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"{named} is a folder; {ifFolder}");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"{named}: cannot read: {e.Message}", e);
        }

        return TextDecoding.Decode(bytes, named);
    }
}
