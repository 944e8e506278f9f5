using System.Text.Json;

namespace SearchIndex.Cli.Tests;

/// <summary>A count names, on stderr, a word it matched by a root far commoner than the word.</summary>
public sealed class RootReachNoteTests
{
    [Fact]
    public void A_count_by_a_common_root_is_noted_with_the_quoted_form_to_use()
    {
        using var temp = new TempFolder();
        var lines = Enumerable.Range(0, 60).Select(i => $"Rapat nomor {i} diadakan di balai.").Append("Pengadaan barang dibahas.");
        temp.Write("corpus/a.txt", "Berita Desa\n" + string.Join('\n', lines) + "\n");
        Assert.Equal(ExitCodes.Success, CliRun.Of(["index", "--corpus", temp.Combine("corpus"), "--index", temp.Combine("index"), "--quiet"]).Exit);

        var counted = CliRun.Of(["search", "--index", temp.Combine("index"), "pengadaan", "--count-by", "year"]);
        var ranked = CliRun.Of(["search", "--index", temp.Combine("index"), "pengadaan"]);
        var json = CliRun.Of(["search", "--index", temp.Combine("index"), "pengadaan", "--count-by", "year", "--format", "jsonl"]);

        Assert.Equal((ExitCodes.Success, "searchindex: 'pengadaan' is matched by its root 'ada', which 61 paragraphs of the index hold in some form and 1 as 'pengadaan'; quote it (\"pengadaan\") to match the word as typed\n"),
            (counted.Exit, counted.Error));
        Assert.Equal("", ranked.Error);
        using var summary = JsonDocument.Parse(json.Out.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal("""[{"word":"pengadaan","root":"ada","root_paragraphs":61,"word_paragraphs":1}]""",
            summary.RootElement.GetProperty("data").GetProperty("rooted").GetRawText());
    }
}
