namespace SearchIndex.Core.Corpus;

/// <summary>
/// A file the user names beside the corpus (a queries file, qrels, <c>analyze --words</c>), read whole and decoded
/// strictly as corpus files are (<see cref="TextDecoding"/>): read with replacement characters, its lines would run as
/// words nobody wrote.
/// </summary>
public static class TextFiles
{
    /// <summary>
    /// The most such a file (or standard input read whole) may hold: 256 MiB, some five million queries. It is read
    /// whole and decoded to a string of twice its size, so <c>--queries-file /dev/zero</c>, <c>/dev/urandom</c> or a
    /// corpus archive given by mistake grew to 4 GB and ended in "Out of memory.", exit 134, with no message.
    /// </summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    /// <param name="named">How messages name the file: <c>queries file 'q.txt'</c>, <c>--words 'w.txt'</c>.</param>
    /// <param name="ifFolder">What to give instead when the path is a folder: "give a file with one query per line".</param>
    /// <exception cref="SearchIndexException">A folder, a file that cannot be read, one over <see cref="MaxBytes"/>,
    /// or text that is not UTF-8 (or UTF-16 with a BOM); the message names the file (and the line).</exception>
    public static string Read(string path, string named, string ifFolder) => Read(path, named, ifFolder, MaxBytes);

    internal static string Read(string path, string named, string ifFolder, int maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"{named} is a folder; {ifFolder}");
        }

        byte[] bytes;
        try
        {
            // A stream, not File.ReadAllBytes: a device (/dev/zero) has no length to check beforehand.
            using var file = File.OpenRead(path);
            bytes = ReadAll(file, named, maxBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // .NET's sentence said the path a second time: "cannot read: Could not find file '/…/q.txt'."
            throw new SearchIndexException(ErrorKind.BadInput, $"{named}: no such file; check the path", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"{named}: cannot read: {CorpusReader.Reason(e)}", e);
        }

        return TextDecoding.Decode(bytes, named);
    }

    /// <summary>Every byte of <paramref name="stream"/>, or an error naming it once there are more than <paramref name="maxBytes"/>.</summary>
    internal static byte[] ReadAll(Stream stream, string named, int maxBytes = MaxBytes)
    {
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + count > maxBytes)
            {
                throw TooLarge(named, maxBytes);
            }

            bytes.Write(buffer, 0, count);
        }

        return bytes.ToArray();
    }

    private static SearchIndexException TooLarge(string named, int maxBytes) =>
        new(ErrorKind.BadInput, $"{named}: more than {maxBytes / (1024 * 1024)} MiB, which is read whole; is it the right file? Split a larger one");
}
