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
