using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Strict decoding of article (and queries file) bytes: UTF-8 (with or without BOM) and UTF-16 with a BOM are text;
/// anything else that is not valid UTF-8, or holds NUL bytes, is rejected with a reason that says where.
/// </summary>
public static class TextDecoding
{
    /// <summary>
    /// The note for an argument holding U+FFFD: .NET reads argument bytes that are not UTF-8 (Latin-1 from a script or
    /// a terminal) as U+FFFD, which splits or changes the words. A real U+FFFD is UTF-8 too, so it is a note, not a
    /// refusal. <paramref name="what"/> names the argument: <c>the query 'Pu�tin'</c>.
    /// </summary>
    public static string ReplacementCharacterNote(string what) =>
        $"{what} holds \uFFFD, as bytes that are not UTF-8 are read; if its words look wrong, pass it as UTF-8 (a UTF-8 locale, or iconv -f LATIN1 -t UTF-8)";

    /// <summary>
    /// The encoding to advise converting text that is not UTF-8 from. Windows-1252, not Latin-1: text saved on Windows
    /// (Word, an old CMS) writes curly quotes and dashes as bytes 0x80-0x9F, which Latin-1 reads as invisible control
    /// characters (<c>“kutipan”</c> was indexed as <c>\u0093kutipan\u0094</c>), and every Latin-1 letter (0xA0-0xFF)
    /// is the same byte in Windows-1252.
    /// </summary>
    internal const string LegacyEncoding = "WINDOWS-1252";

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

        if (!HasBom(bytes) && bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            error = Utf16WithoutBomError(bytes) ?? $"binary file (NUL byte at offset {nul}); only UTF-8 or UTF-16 text is indexed";
            return false;
        }

        if (!TryDecodeEncoding(bytes, out text, out var invalid))
        {
            error = invalid.Reason;
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

    /// <summary>
    /// The encoding check alone, for any text file (a queries file too): UTF-8, with or without BOM, or UTF-16 after
    /// its BOM, strictly; empty, blank or NUL-holding text passes. Each failure's advice fits its cause: bytes that are
    /// not UTF-8 are most likely another encoding, to convert as a whole; behind a BOM, which says what the file is,
    /// bad bytes are damage or a mix, which a whole-file conversion would only garble further.
    /// </summary>
    public static bool TryDecodeEncoding(ReadOnlySpan<byte> bytes, out string text, [NotNullWhen(false)] out DecodingError? error)
    {
        text = "";
        error = null;
        var (encoding, bom) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
            [0xFF, 0xFE, ..] => (StrictUtf16Le, 2),
            [0xFE, 0xFF, ..] => (StrictUtf16Be, 2),
            _ => ((Encoding)StrictUtf8, 0),
        };
        var body = bytes[bom..];
        if (encoding != StrictUtf8 && body.Length % 2 == 1)
        {
            // Checked first: the decoder would only say "near" the last byte, with no hint of why.
            error = new DecodingError(LineAt(encoding, body, body.Length - 1),
                $"invalid UTF-16: {body.Length} bytes after the byte-order mark, an odd number; the file is cut short or is not UTF-16 text: save it again from its source");
            return false;
        }

        try
        {
            text = encoding.GetString(body);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Max(0, e.Index);
            var near = e.Index >= 0 ? $" near byte {e.Index + bom}" : "";
            error = new DecodingError(LineAt(encoding, body, at), (encoding, bom) switch
            {
                (UTF8Encoding, 0) => $"invalid UTF-8{near}; convert the file to UTF-8 (e.g. iconv -f {LegacyEncoding} -t UTF-8)",
                (UTF8Encoding, _) => $"invalid UTF-8{near} after a UTF-8 byte-order mark; the file mixes encodings or is damaged: fix that part or save the file again as UTF-8",
                _ => $"invalid UTF-16{near} (a lone surrogate); the file is damaged: save it again from its source",
            });
            return false;
        }
    }

    /// <summary>
    /// <paramref name="bytes"/> decoded as <see cref="TryDecodeEncoding"/> does, for input a command reads whole (a
    /// queries file, text to analyse): read with replacement characters it would run as words nobody wrote.
    /// </summary>
    /// <param name="where">How the message names the input, e.g. <c>queries file 'q.txt'</c> or <c>standard input</c>.</param>
    /// <exception cref="SearchIndexException">The bytes are not UTF-8 (or UTF-16 after a BOM); the message names the line.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string where)
    {
        if (!TryDecodeEncoding(bytes, out var text, out var error))
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"{where} line {error.Line}: {error.Reason}");
        }

        if (text.IndexOf('\0') is var nul and >= 0)
        {
            // UTF-16 without a BOM decodes as UTF-8 with a NUL after each ASCII letter: "b\0a\0n\0..." would run as a query.
            var line = text.AsSpan(0, nul).Count('\n') + 1;
            throw new SearchIndexException(ErrorKind.BadInput, Utf16WithoutBom(bytes) is { } utf16
                ? $"{where} line {line}: NUL bytes: this looks like {utf16} without a byte-order mark; save it as UTF-8 (e.g. iconv -f {utf16} -t UTF-8)"
                : $"{where} line {line}: a NUL character; this is binary, not text");
        }

        return text;
    }

    /// <summary>Every byte of <paramref name="stream"/> (standard input), decoded as <see cref="Decode(ReadOnlySpan{byte}, string)"/> does.</summary>
    /// <exception cref="SearchIndexException">The stream cannot be read (standard input redirected from a folder), holds
    /// more than <see cref="TextFiles.MaxBytes"/> (<c>&lt; /dev/zero</c>), or the bytes are not UTF-8 (or UTF-16 after a BOM); the message names the line.</exception>
    public static string Decode(Stream stream, string where)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        try
        {
            bytes = TextFiles.ReadAll(stream, where);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(where, e);
        }

        return Decode(bytes, where);
    }

    /// <summary>Standard input (or another stream) that fails to read: <c>&lt; /tmp</c> gives "Is a directory".</summary>
    internal static SearchIndexException CannotRead(string where, Exception e) =>
        new(ErrorKind.BadInput, $"{where}: cannot read: {e.Message}; give a file or a pipe", e);

    /// <summary>
    /// Why a file that starts as UTF-16 without a byte-order mark (<see cref="Utf16WithoutBom"/>) is not read, or null
    /// when it does not: <paramref name="head"/> is the file's start (its first 64 bytes are enough).
    /// </summary>
    internal static string? Utf16WithoutBomError(ReadOnlySpan<byte> head) =>
        Utf16WithoutBom(head) is { } utf16
            ? $"NUL bytes (the first at offset {head.IndexOf((byte)0)}): the file looks like {utf16} without a byte-order mark; save it as UTF-8 (e.g. iconv -f {utf16} -t UTF-8), or as UTF-16 with a BOM"
            : null;

    /// <summary>
    /// <c>UTF-16LE</c> or <c>UTF-16BE</c> when the first bytes look like that encoding without a byte-order mark (every
    /// other byte NUL, as ASCII text gives: <c>b\0a\0</c> little-endian, <c>\0b\0a</c> big-endian); null otherwise.
    /// </summary>
    private static string? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length & ~1, 64)];
        var (even, odd) = (0, 0);
        for (var i = 0; i < head.Length; i += 2)
        {
            even += head[i] == 0 ? 1 : 0;
            odd += head[i + 1] == 0 ? 1 : 0;
        }

        var pairs = head.Length / 2;
        return pairs < 2 || even + odd != pairs ? null
            : odd == pairs ? "UTF-16LE"
            : even == pairs ? "UTF-16BE"
            : null;
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) => bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    /// <summary>
    /// The 1-based line of byte <paramref name="index"/> of <paramref name="body"/>: one more than the line breaks
    /// (LF, CRLF or a lone CR, as readers split lines) in the text before it.
    /// </summary>
    private static int LineAt(Encoding strict, ReadOnlySpan<byte> body, int index)
    {
        var lenient = Encoding.GetEncoding(strict.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        var before = lenient.GetString(body[..Math.Min(index, body.Length)]);
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            line += before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n')) ? 1 : 0;
        }

        return line;
    }
}
