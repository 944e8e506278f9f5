using System.Runtime.CompilerServices;
using System.Text;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>An index of 2,400 paragraphs that all hold "banjir", built once for the class.</summary>
public sealed class LargeResultIndexFixture : IDisposable
{
    public const int Articles = 40;
    public const int ParagraphsPerArticle = 60;
    private readonly TempFolder _folder = new();

    public LargeResultIndexFixture()
    {
        for (var a = 0; a < Articles; a++)
        {
            var text = new StringBuilder($"Laporan Banjir Daerah {a}\n\n");
            for (var p = 0; p < ParagraphsPerArticle; p++)
            {
                text.Append($"Banjir melanda kawasan nomor {a * 1000 + p} pada pagi hari, sehingga warga desa {p} mengungsi ke tempat yang lebih aman sementara petugas membantu evakuasi.\n\n");
            }

            _folder.Write($"corpus/laporan-{a:D3}.txt", text.ToString());
        }

        Index = _folder.Combine("index");
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], Index)).Run();
    }

    public string Index { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// <c>--top 1000000</c> over a frequent word: every hit had been made (stored fields, highlights, snippet) and kept in a
/// list before the first was written, and JSON, text, CSV and KWIC built the whole query's output in one string too:
/// 220,000 hits took 1.3 GB as JSON. A large page is made hit by hit as the writer reads it, and written in pieces.
/// </summary>
public sealed class LargeResultStreamingTests(LargeResultIndexFixture fixture) : IClassFixture<LargeResultIndexFixture>
{
    private const int Paragraphs = LargeResultIndexFixture.Articles * LargeResultIndexFixture.ParagraphsPerArticle;

    [Fact]
    public void A_large_page_does_not_keep_the_hits_it_has_made()
    {
        using var session = IndexSearchSession.Open(fixture.Index);
        var result = session.Search("banjir", new SearchOptions(Top: 1_000_000));

        Assert.Equal(Paragraphs, result.Hits.Count);
        var first = FirstHit(result);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(first.IsAlive);
        Assert.Equal(Enumerable.Range(1, Paragraphs), result.Hits.Select(h => h.Rank));
        GC.KeepAlive(result);
    }

    [Theory]
    [InlineData(OutputFormat.Json)]
    [InlineData(OutputFormat.JsonLines)]
    [InlineData(OutputFormat.Text)]
    [InlineData(OutputFormat.Csv)]
    [InlineData(OutputFormat.Kwic)]
    public void A_large_page_is_written_in_pieces_not_one_string(OutputFormat format)
    {
        var output = new LargestWrite();
        var job = new SearchJob(fixture.Index, "banjir", null, new SearchOptions(Top: 1_000_000), format, HighlightStyle.Markers);

        SearchRunner.Run(job, Stream.Null, output, new StringWriter());

        Assert.True(output.Total > 250_000, $"{output.Total} characters written");
        Assert.True(output.Largest <= 100_000, $"one write of {output.Largest} of the {output.Total} characters");
    }

    [Theory]
    [InlineData(OutputFormat.Json)]
    [InlineData(OutputFormat.Text)]
    [InlineData(OutputFormat.Kwic)]
    public void A_large_page_writes_what_a_small_page_of_the_same_hits_writes(OutputFormat format)
    {
        // The last lines (count line, summary) name the hits shown; everything before them is the hits.
        string Run(int top)
        {
            var output = new StringWriter();
            SearchRunner.Run(new SearchJob(fixture.Index, "banjir", null, new SearchOptions(Top: top), format, HighlightStyle.Markers), Stream.Null, output, new StringWriter());
            return System.Text.RegularExpressions.Regex.Replace(output.ToString(), "\"took_ms\":[0-9.]+", "\"took_ms\":0");
        }

        Assert.Equal(Run(Paragraphs), Run(1_000_000));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FirstHit(SearchResult result) => new(result.Hits[0]);

    /// <summary>Counts what is written and the longest single write.</summary>
    private sealed class LargestWrite : StringWriter
    {
        public long Total { get; private set; }
        public int Largest { get; private set; }

        public override void Write(string? value)
        {
            Total += value?.Length ?? 0;
            Largest = Math.Max(Largest, value?.Length ?? 0);
        }

        public override void Write(char value) => Total++;

        public override void Write(char[] buffer, int index, int count)
        {
            Total += count;
            Largest = Math.Max(Largest, count);
        }
    }
}
