using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>Files joined with <c>cat</c> carry each one's byte-order mark into the text, where it is no character of it.</summary>
public class ByteOrderMarkLineTests
{
    [Fact]
    public void A_byte_order_mark_inside_the_text_is_no_paragraph_and_no_part_of_one()
    {
        // The mark alone on a line was a paragraph that showed as "" in a hit.
        var article = ArticleTextParser.Parse("cat.txt", "Judul Pertama\nBanjir melanda kota.\n\uFEFF\n\uFEFFJudul Kedua\nIsi kedua.\n", "h");

        Assert.Equal(["Banjir melanda kota.", "Judul Kedua", "Isi kedua."], article.Paragraphs);
    }
}
