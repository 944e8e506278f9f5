using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Lines of a stream read one at a time, each decoded strictly as UTF-8 (a UTF-8 byte-order mark skipped), so a script
/// can feed a line and read the answer before sending the next, and bad bytes are reported with their own line. A
/// <see cref="StreamReader"/> decodes a whole buffer ahead and cannot say which line failed.
/// </summary>
public static class Utf8Lines
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines of <paramref name="stream"/>, without their LF or CRLF.</summary>
    /// <param name="where">How an error names the stream, e.g. <c>standard input</c>.</param>
    /// <exception cref="SearchIndexException">A line is not UTF-8; the message names it.</exception>
    public static IEnumerable<string> Read(Stream stream, string where)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var line = new List<byte>();
        var number = 0;
        int next;
        while ((next = stream.ReadByte()) >= 0)
        {
            if (next != '\n')
            {
                line.Add((byte)next);
                continue;
            }

            yield return Decode(line, ++number, where);
            line.Clear();
        }

        if (line.Count > 0)
        {
            yield return Decode(line, ++number, where);
        }
    }

    private static string Decode(List<byte> line, int number, string where)
    {
        var bytes = CollectionsMarshalSpan(line);
        if (number == 1 && bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }

        if (bytes is [.., (byte)'\r'])
        {
            bytes = bytes[..^1];
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new SearchIndexException(ErrorKind.BadInput,
                $"{where} line {number}: invalid UTF-8; convert it to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)");
        }
    }

    private static ReadOnlySpan<byte> CollectionsMarshalSpan(List<byte> list) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
}
