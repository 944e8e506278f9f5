using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// A UTF-16 <c>.jsonl</c> file (it starts with its byte-order mark) read as UTF-8, so its records split on '\n' as a
/// UTF-8 file's do; split first, every UTF-16 record after the first began with the '\n''s second byte, a NUL.
/// </summary>
internal static class Utf16JsonLines
{
    /// <summary>
    /// What damaged UTF-16 becomes, in UTF-8: the transcoding replaces it, so the records around it are still read,
    /// and the reader reports the record that holds it (<see cref="Damage"/>). Not U+FFFD, which text may hold, but
    /// the noncharacter U+FDD0, which Unicode reserves for such internal use and no text carries.
    /// </summary>
    public static ReadOnlySpan<byte> Replacement => "\uFDD0"u8;

    public const string Damage = "invalid UTF-16 in this record (a lone surrogate, or a byte cut off at the end); the file is damaged: save it again from its source";

    /// <summary>
    /// <paramref name="stream"/> as UTF-8 when it starts with a UTF-16 byte-order mark (which is consumed), else
    /// <paramref name="stream"/> itself, rewound; <c>Utf16</c> says which.
    /// </summary>
    /// <exception cref="FormatException">The file starts as UTF-16 without a byte-order mark; the message says which
    /// and how to convert it. The whole file is refused at once: split on the '\n' byte, each little-endian record
    /// after the first began with that newline's NUL and was called UTF-16BE, and the NUL after the last made a line.</exception>
    public static (Stream Stream, bool Utf16) Open(Stream stream)
    {
        Span<byte> head = stackalloc byte[64];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= 2 && head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            var utf16 = (Encoding)new UnicodeEncoding(bigEndian: head[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: false).Clone();
            utf16.DecoderFallback = new DecoderReplacementFallback("\uFDD0");
            stream.Position = 2;
            return (Encoding.CreateTranscodingStream(stream, utf16, new UTF8Encoding(false), leaveOpen: false), true);
        }

        if (TextDecoding.Utf16WithoutBomError(head[..read]) is { } error)
        {
            throw new FormatException(error);
        }

        stream.Position = 0;
        return (stream, false);
    }
}
