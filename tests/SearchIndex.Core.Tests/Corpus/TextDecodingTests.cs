using System.Text;
using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>Each way bytes fail to be text gets a reason, and advice, that fits its cause, and the line it is on.</summary>
public sealed class TextDecodingTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];

    [Fact]
    public void Invalid_utf8_is_another_encoding_to_convert_and_names_its_line()
    {
        Assert.False(TextDecoding.TryDecodeEncoding([.. "satu\ndua\nj"u8, 0xE9, .. "kowi\n"u8], out _, out var error));

        Assert.Equal(3, error!.Line);
        Assert.Equal("invalid UTF-8 near byte 10; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)", error.Reason);
    }

    [Fact]
    public void The_advised_conversion_reads_windows_1252_quotes_and_dashes_as_written()
    {
        // Text saved by Word or an old Windows CMS: curly quotes and dashes are bytes 0x80-0x9F, which Latin-1 reads as
        // invisible C1 control characters ('\u0093kutipan\u0094' was indexed after 'iconv -f LATIN1'). Windows-1252
        // reads them as written, and every Latin-1 letter (0xA0-0xFF) as Latin-1 does.
        byte[] bytes = [.. "kafe caf"u8, 0xE9, (byte)' ', 0x96, (byte)' ', 0x93, .. "kutipan"u8, 0x94];

        Assert.False(TextDecoding.TryDecodeEncoding(bytes, out _, out var error));

        Assert.Equal("invalid UTF-8 near byte 8; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)", error!.Reason);
        Assert.Equal("kafe café \u0096 \u0093kutipan\u0094", Encoding.Latin1.GetString(bytes));
    }

    [Theory]
    [InlineData("satu\r\ndua\r\nj", 3)]
    [InlineData("satu\rdua\rj", 3)]
    [InlineData("satu\r\n\r\nj", 3)]
    [InlineData("satu\r", 2)]
    public void Lines_end_with_lf_crlf_or_a_lone_cr(string before, int line)
    {
        Assert.False(TextDecoding.TryDecodeEncoding([.. Encoding.UTF8.GetBytes(before), 0xE9], out _, out var error));

        Assert.Equal(line, error!.Line);
    }

    [Fact]
    public void Invalid_utf8_after_a_utf8_bom_is_not_advised_a_whole_file_conversion()
    {
        Assert.False(TextDecoding.TryDecodeEncoding([.. Utf8Bom, .. "satu\nj"u8, 0xE9, .. "kowi"u8], out _, out var error));

        Assert.Equal(2, error!.Line);
        Assert.StartsWith("invalid UTF-8 near byte 9 after a UTF-8 byte-order mark", error.Reason);
        Assert.DoesNotContain("iconv", error.Reason);
    }

    [Fact]
    public void Utf16_with_an_odd_number_of_bytes_is_cut_short_not_latin1()
    {
        byte[] bytes = [.. Utf16LeBom, .. Encoding.Unicode.GetBytes("satu\ndua"), (byte)'x'];

        Assert.False(TextDecoding.TryDecodeEncoding(bytes, out _, out var error));

        Assert.Equal(2, error!.Line);
        Assert.StartsWith("invalid UTF-16: 17 bytes after the byte-order mark, an odd number;", error.Reason);
        Assert.DoesNotContain("LATIN1", error.Reason);
        Assert.False(TextDecoding.TryDecode(bytes, out _, out var reason));
        Assert.Equal(error.Reason, reason);
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_damage_not_another_encoding()
    {
        byte[] bytes = [.. Utf16LeBom, .. Encoding.Unicode.GetBytes("satu\n"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("ab")];

        Assert.False(TextDecoding.TryDecodeEncoding(bytes, out _, out var error));

        Assert.Equal(2, error!.Line);
        // "Near": the decoder notices a lone high surrogate at the character after it.
        Assert.Matches(@"^invalid UTF-16 near byte 1[24] \(a lone surrogate\); the file is damaged", error.Reason);
        Assert.DoesNotContain("LATIN1", error.Reason);
    }

    [Theory]
    [InlineData(new byte[0], "")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0x0A }, "a\n")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 }, "a")]
    public void Text_decodes_without_the_checks_only_an_article_needs(byte[] bytes, string expected)
    {
        Assert.True(TextDecoding.TryDecodeEncoding(bytes, out var text, out var error));

        Assert.Equal(expected, text);
        Assert.Null(error);
    }

    [Fact]
    public void Utf16_without_a_bom_is_named_as_such_for_articles_and_queries_files()
    {
        var utf16 = Encoding.Unicode.GetBytes("banjir\ngempa\n");

        Assert.False(TextDecoding.TryDecode(utf16, out _, out var articleError));
        var queriesError = Assert.Throws<SearchIndexException>(() => TextDecoding.Decode(utf16, "standard input"));
        var binaryError = Assert.Throws<SearchIndexException>(() => TextDecoding.Decode("banjir\ngem\0pa\n"u8, "standard input"));

        Assert.Contains("looks like UTF-16LE without a byte-order mark; save it as UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)", articleError);
        Assert.Equal("standard input line 1: NUL bytes: this looks like UTF-16LE without a byte-order mark; save it as UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)", queriesError.Message);
        Assert.Equal("standard input line 2: a NUL character; this is binary, not text", binaryError.Message);
    }

    [Fact]
    public void Big_endian_utf16_without_a_bom_is_named_big_endian_so_the_conversion_given_works()
    {
        var utf16 = Encoding.BigEndianUnicode.GetBytes("banjir jakarta\r\n");

        Assert.False(TextDecoding.TryDecode(utf16, out _, out var articleError));
        var queriesError = Assert.Throws<SearchIndexException>(() => TextDecoding.Decode(utf16, "queries file 'q.txt'"));

        Assert.Contains("looks like UTF-16BE without a byte-order mark; save it as UTF-8 (e.g. iconv -f UTF-16BE -t UTF-8)", articleError);
        Assert.EndsWith("this looks like UTF-16BE without a byte-order mark; save it as UTF-8 (e.g. iconv -f UTF-16BE -t UTF-8)", queriesError.Message);
    }
}
