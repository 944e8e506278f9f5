using System.Text;
using SearchIndex.Core.Corpus;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>Huge files and lines are refused with a reason, without ever being held in memory whole.</summary>
public class LargeInputTests
{
    private const long TwoHundredMegabytes = 200L * 1024 * 1024;

    [Fact]
    public void A_200_MB_jsonl_file_is_streamed_with_bounded_memory()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("big.jsonl");
        using (var file = File.Create(path))
        {
            var good = Encoding.UTF8.GetBytes("""{"id":"a","body":"Polisi menangkap pencuri."}""" + "\n");
            file.Write(good);
            var filler = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024));
            file.Write("{\"id\":\"huge\",\"body\":\""u8);
            while (file.Length < TwoHundredMegabytes)
            {
                file.Write(filler);
            }

            file.Write("\"}\n"u8);
            file.Write(good.AsSpan(0, good.Length - 1)); // the last record has no newline
        }

        // Per-thread count: other test classes allocate in parallel, and the reader runs on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var results = CorpusReader.Read(new CorpusFile(path, path, "big.jsonl")).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3, results.Count);
        Assert.Equal("big.jsonl#a", results[0].Record!.Id);
        Assert.Equal(2, results[1].Error!.Line);
        Assert.Contains("over the 16 MiB limit", results[1].Error!.Reason);
        Assert.NotNull(results[2].Record);
        Assert.True(allocated < 3L * CorpusReader.MaxArticleBytes, $"reading allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void A_txt_article_with_one_50_MB_line_is_refused_by_size_and_the_rest_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/good.txt", "Judul\nIsi artikel.\n");
        using (var file = File.Create(temp.Combine("corpus", "one-line.txt")))
        {
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("kata ", 200_000)));
            while (file.Length < 50L * 1024 * 1024)
            {
                file.Write(chunk);
            }
        }

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(1, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.EndsWith("one-line.txt", error.Path);
        Assert.Contains("limit for one article", error.Reason);
        Assert.Equal(new FileInfo(temp.Combine("corpus", "good.txt")).Length, summary.Bytes); // the refused file is not "indexed MB"
    }

    [Fact]
    public void Skipped_jsonl_lines_are_not_counted_in_the_megabytes_indexed()
    {
        // A 200 MB line skipped as over the limit had counted in "indexed 2 articles (2 paragraphs, 200.0 MB)", where a
        // .txt file refused for its size does not count: the figure is that of the articles read.
        using var temp = new TempFolder();
        var good = """{"id":"a","body":"Polisi menangkap pencuri."}""" + "\n";
        var other = """{"id":"b","body":"Banjir melanda kota."}""";
        Directory.CreateDirectory(temp.Combine("corpus"));
        using (var file = File.Create(temp.Combine("corpus", "feed.jsonl")))
        {
            file.Write(Encoding.UTF8.GetBytes(good));
            file.Write("{\"id\":\"huge\",\"body\":\""u8);
            var filler = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024));
            while (file.Length < CorpusReader.MaxArticleBytes + (2L * 1024 * 1024))
            {
                file.Write(filler);
            }

            file.Write("\"}\n"u8);
            file.Write("not json at all\n"u8);
            file.Write(Encoding.UTF8.GetBytes(other)); // the last record has no newline
        }

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Equal(2, summary.Added);
        Assert.Equal(2, summary.Errors.Count(e => e.Skipped));
        Assert.Equal(Encoding.UTF8.GetByteCount(good) + Encoding.UTF8.GetByteCount(other), summary.Bytes);
    }

    [Fact]
    public void A_long_paragraph_under_the_limit_is_indexed()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/long.txt", "Judul\n" + string.Concat(Enumerable.Repeat("Presiden meresmikan jembatan baru. ", 100_000)) + "\n");

        var summary = new IndexBuilder(new IndexRequest([temp.Combine("corpus")], temp.Combine("index"))).Run();

        Assert.Empty(summary.Errors);
        Assert.Equal(1, summary.Paragraphs);
    }
}
