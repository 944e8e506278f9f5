using System.Runtime.InteropServices;
using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Lines of a stream read as they arrive, each decoded strictly as UTF-8 (a UTF-8 byte-order mark skipped), so a script
/// can feed a line and read the answer before sending the next, and bad bytes are reported with their own line. A
/// <see cref="StreamReader"/> decodes a whole buffer ahead and cannot say which line failed. Lines end at LF, CRLF or
/// a lone CR, as <see cref="TextReader.ReadLine"/> and the corpus reader split them.
/// </summary>
public static class Utf8Lines
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines of <paramref name="stream"/>, without their line ends.</summary>
    /// <param name="where">How an error names the stream, e.g. <c>standard input</c>.</param>
    /// <exception cref="SearchIndexException">A line is not UTF-8; the message names it.</exception>
    public static IEnumerable<string> Read(Stream stream, string where)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[64 * 1024];
        var line = new List<byte>();
        var number = 0;
        var afterCarriageReturn = false;
        int count;
        // Read returns what has arrived (a pipe's partial write), so a line is answered without waiting for more.
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                var next = buffer[i];
                if (next == '\n' && afterCarriageReturn)
                {
                    afterCarriageReturn = false; // the LF of a CRLF already ended its line
                    continue;
                }

                afterCarriageReturn = next == '\r';
                if (next is (byte)'\n' or (byte)'\r')
                {
                    yield return Decode(line, ++number, where);
                    line.Clear();
                }
                else
                {
                    line.Add(next);
                }
            }
        }

        if (line.Count > 0)
        {
            yield return Decode(line, ++number, where);
        }
    }

    private static string Decode(List<byte> line, int number, string where)
    {
        var bytes = (ReadOnlySpan<byte>)CollectionsMarshal.AsSpan(line);
        if (number == 1 && bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
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
}
