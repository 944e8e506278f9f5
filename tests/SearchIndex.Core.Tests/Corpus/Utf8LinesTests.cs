using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

public sealed class Utf8LinesTests
{
    private static List<string> Lines(byte[] bytes) => [.. Utf8Lines.Read(new MemoryStream(bytes), "input")];

    [Fact]
    public void Lines_lose_their_breaks_and_a_leading_bom_and_keep_a_last_line_without_one()
    {
        Assert.Equal(["kata", "", "dua", "akhir"], Lines([0xEF, 0xBB, 0xBF, .. "kata\r\n\ndua\nakhir"u8]));
        Assert.Empty(Lines([]));
        Assert.Equal(["makanan", "berlari", "", "lagi"], Lines("makanan\rberlari\r\rlagi\r\n"u8.ToArray()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_after_its_byte_order_mark_is_read_too(bool bigEndian)
    {
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: true);

        Assert.Equal(["mengatakan", "ditangkap"], Lines([.. encoding.GetPreamble(), .. encoding.GetBytes("mengatakan\nditangkap\n")]));
        Assert.Equal(["mengatakan", "ditangkap"], Utf8Lines.Read(new OneByteAtATime([.. encoding.GetPreamble(), .. encoding.GetBytes("mengatakan\r\nditangkap")]), "input"));
    }

    [Fact]
    public void Damaged_utf16_names_its_line()
    {
        var encoding = new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true);

        var error = Assert.Throws<SearchIndexException>(() => Lines([.. encoding.GetPreamble(), .. encoding.GetBytes("satu\n"), 0x00, 0xD8, .. encoding.GetBytes("x\n")]));

        Assert.StartsWith("input: invalid UTF-16 at line 1 or after it", error.Message); // decoded a block at a time
    }

    [Fact]
    public void A_crlf_split_across_reads_is_one_line_end()
    {
        var lines = Utf8Lines.Read(new OneByteAtATime("satu\r\ndua\r\n"u8.ToArray()), "input").ToList();

        Assert.Equal(["satu", "dua"], lines);
    }

    /// <summary>A stream that returns one byte per read, as a slow pipe may.</summary>
    private sealed class OneByteAtATime(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }

    [Fact]
    public void Lines_before_a_bad_one_come_out_and_the_error_names_it()
    {
        var read = new List<string>();
        var error = Assert.Throws<SearchIndexException>(() =>
        {
            foreach (var line in Utf8Lines.Read(new MemoryStream([.. "satu\ndua\n"u8, 0x63, 0x61, 0x66, 0xE9, .. "\nempat\n"u8]), "input"))
            {
                read.Add(line);
            }
        });

        Assert.Equal(["satu", "dua"], read);
        Assert.StartsWith("input line 3: invalid UTF-8", error.Message);
    }
}
