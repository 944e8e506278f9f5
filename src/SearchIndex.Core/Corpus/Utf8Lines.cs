using System.Runtime.InteropServices;
using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Lines of a stream read as they arrive, each decoded strictly as UTF-8 (a UTF-8 byte-order mark skipped; UTF-16
/// after its byte-order mark is read too), so a script
/// can feed a line and read the answer before sending the next, and bad bytes are reported with their own line. A
/// <see cref="StreamReader"/> decodes a whole buffer ahead and cannot say which line failed. Lines end at LF, CRLF or
/// a lone CR, as <see cref="TextReader.ReadLine"/> and the corpus reader split them.
/// </summary>
public static class Utf8Lines
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines of <paramref name="stream"/>, without their line ends.</summary>
    /// <param name="where">How an error names the stream, e.g. <c>standard input</c>.</param>
    /// <exception cref="SearchIndexException">A line is not UTF-8, or longer than <see cref="TextFiles.MaxBytes"/>; the message names it.</exception>
    public static IEnumerable<string> Read(Stream stream, string where) => Read(stream, where, TextFiles.MaxBytes);

    /// <param name="maxLineBytes">The longest line: input with no line end (<c>&lt; /dev/zero</c>) would otherwise be
    /// held until the process runs out of memory.</param>
    internal static IEnumerable<string> Read(Stream stream, string where, int maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var line = new List<byte>();
        var number = 0;
        var afterCarriageReturn = false;
        foreach (var (buffer, count) in Chunks(stream, () => number + 1, where))
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
                else if (line.Count == maxLineBytes)
                {
                    throw new SearchIndexException(ErrorKind.BadInput,
                        $"{where} line {number + 1}: more than {maxLineBytes / (1024 * 1024)} MiB with no line end; is it the right input?");
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

    /// <summary>
    /// The bytes as they arrive (a pipe's partial write, so a line is answered without waiting for more); UTF-16 input,
    /// known by its byte-order mark, comes as UTF-8, decoded strictly (a block at a time, so damage is placed at the
    /// first line of the block that holds it, or after).
    /// </summary>
    private static IEnumerable<(byte[] Buffer, int Count)> Chunks(Stream stream, Func<int> line, string where)
    {
        // A byte-order mark's second byte is awaited only after its first: a script that writes one short line and
        // waits for its answer must not wait on us.
        var head = new byte[2];
        int got;
        try
        {
            got = stream.ReadAtLeast(head.AsSpan(0, 1), 1, throwOnEndOfStream: false);
            if (got == 1 && head[0] is 0xFF or 0xFE)
            {
                got += stream.ReadAtLeast(head.AsSpan(1, 1), 1, throwOnEndOfStream: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw TextDecoding.CannotRead(where, e);
        }

        var source = stream;
        if (got == 2 && head is [0xFF, 0xFE] or [0xFE, 0xFF])
        {
            var utf16 = new UnicodeEncoding(bigEndian: head[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            source = Encoding.CreateTranscodingStream(stream, utf16, new UTF8Encoding(false), leaveOpen: true);
        }
        else if (got > 0)
        {
            yield return (head, got);
        }

        var buffer = new byte[64 * 1024];
        while (true)
        {
            int count;
            try
            {
                count = source.Read(buffer, 0, buffer.Length);
            }
            catch (DecoderFallbackException)
            {
                throw new SearchIndexException(ErrorKind.BadInput,
                    $"{where}: invalid UTF-16 at line {line()} or after it (a lone surrogate, or a byte cut off at the end); save it again as UTF-8 or UTF-16");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw TextDecoding.CannotRead(where, e);
            }

            if (count == 0)
            {
                yield break;
            }

            yield return (buffer, count);
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
                $"{where} line {number}: invalid UTF-8; convert it to UTF-8 (e.g. iconv -f {TextDecoding.LegacyEncoding} -t UTF-8)");
        }
    }
}
