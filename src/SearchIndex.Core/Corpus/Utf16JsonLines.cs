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
    public static (Stream Stream, bool Utf16) Open(Stream stream)
    {
        Span<byte> bom = stackalloc byte[2];
        var read = stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        if (read == 2 && bom is [0xFF, 0xFE] or [0xFE, 0xFF])
        {
            var utf16 = (Encoding)new UnicodeEncoding(bigEndian: bom[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: false).Clone();
            utf16.DecoderFallback = new DecoderReplacementFallback("\uFDD0");
            return (Encoding.CreateTranscodingStream(stream, utf16, new UTF8Encoding(false), leaveOpen: false), true);
        }

        stream.Position = 0;
        return (stream, false);
    }
}
