using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Strict decoding of article bytes: UTF-8 (with or without BOM) and UTF-16 with a BOM are text; anything else that
/// is not valid UTF-8, or holds NUL bytes, is rejected with a reason that says where.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns false with a one-line <paramref name="error"/>.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = "";
        error = null;
        if (bytes.Length == 0)
        {
            error = "empty file";
            return false;
        }

        Encoding encoding = StrictUtf8;
        var body = bytes;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = StrictUtf16Le;
            body = bytes[2..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = StrictUtf16Be;
            body = bytes[2..];
        }
        else if (body.IndexOf((byte)0) is var nul and >= 0)
        {
            error = $"binary file (NUL byte at offset {nul}); only UTF-8 or UTF-16 text is indexed";
            return false;
        }

        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" near byte {e.Index + (bytes.Length - body.Length)}" : "";
            error = $"invalid {(encoding == StrictUtf8 ? "UTF-8" : "UTF-16")}{offset}; convert the file to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)";
            return false;
        }

        if (text.Contains('\0'))
        {
            error = "binary file (NUL character); only text is indexed";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no text (the file holds only white space)";
            return false;
        }

        return true;
    }
}
