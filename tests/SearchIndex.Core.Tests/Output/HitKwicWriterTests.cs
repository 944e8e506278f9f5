using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Output;

public sealed class HitKwicWriterTests
{
    private static SearchHit Hit(int rank, string text, params TextRange[] matches) =>
        new(rank, 1.5f, "a.txt", "Judul", 2, new Highlight(text, matches), new Highlight(text, matches)) { Date = "2019-09-01" };

    private static string Written(params SearchHit[] hits)
    {
        var output = new StringWriter();
        new HitKwicWriter(output, new MarkersRenderer(), showQueryHeader: false)
            .Write(new SearchResult("banjir", null, 12, hits, TimeSpan.Zero, null));
        return output.ToString();
    }

    [Fact]
    public void Each_match_is_a_line_with_its_context_in_columns_and_where_it_is()
    {
        var text = "Banjir melanda desa. Warga\tmengungsi karena kebanjiran lagi.";

        var lines = Written(Hit(1, text, new(0, 6), new(44, 54))).Split('\n');

        // The right context starts in one column, after the longest match; a tab is a space.
        Assert.Equal(new string(' ', 40) + "  [[Banjir]]    " + "   melanda desa. Warga mengungsi karena ke  a.txt ¶2  2019-09-01", lines[0]);
        Assert.Equal("ir melanda desa. Warga mengungsi karena   [[kebanjiran]]   lagi." + new string(' ', 34) + "  a.txt ¶2  2019-09-01", lines[1]);
        Assert.Equal("12 matching paragraphs, showing 1-1: 2 matches", lines[2]);
    }

    [Fact]
    public void Matches_parted_only_by_spaces_or_hyphens_are_one_key()
    {
        var text = new Highlight("Kabut asap, kabut-asap, dan kabut tebal", [new(0, 5), new(6, 10), new(12, 17), new(18, 22), new(28, 33)]);

        var keys = HitKwicWriter.Keys(text);

        Assert.Equal([[new TextRange(0, 5), new TextRange(6, 10)], [new TextRange(12, 17), new TextRange(18, 22)], [new TextRange(28, 33)]], keys);
    }

    [Fact]
    public void A_word_repeated_across_punctuation_is_a_line_for_each_use()
    {
        // A concordance counts uses: 'banjir, banjir; banjir.' is three, each with its own context.
        var text = "Kota besar – banjir, banjir; banjir.";

        var lines = Written(Hit(1, text, new(13, 19), new(21, 27), new(29, 35))).Split('\n');

        Assert.Equal("3 matches", lines[3][^9..]);
        Assert.StartsWith(new string(' ', 27) + "Kota besar –   [[banjir]]  , banjir; banjir. ", lines[0]);
    }

    [Fact]
    public void Context_is_cut_at_a_whole_character()
    {
        // 40 characters before the match fall inside the emoji: the context starts after it, not with half of it.
        var text = "a😀" + new string('x', 38) + " banjir";

        var line = Written(Hit(1, text, new TextRange(text.Length - 6, text.Length))).Split('\n')[0];

        Assert.StartsWith(" " + new string('x', 38) + "   [[banjir]]", line);
    }

    [Fact]
    public void Context_read_across_a_run_of_white_space_keeps_its_characters_whole()
    {
        // The context is read from a window of 160 characters on each side, then its white space is run together: a
        // window edge inside an emoji had put half of it (U+FFFD) beside the match, though the emoji fits the 40 columns.
        var pad = new string(' ', 159);
        var text = "Awal 😀" + pad + "banjir" + pad + "🌊 akhir.";
        var start = text.IndexOf("banjir", StringComparison.Ordinal);

        var line = Written(Hit(1, text, new TextRange(start, start + 6))).Split('\n')[0];

        Assert.Contains("😀   [[banjir]]   🌊", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_paragraph_without_ASCII_gives_its_lines_in_linear_time()
    {
        // Finding a context edge's whole character by segmenting from the last pair of ASCII characters walked a
        // paragraph of Chinese from its start for every match: 100,000 characters and 2,500 matches took 35 s.
        var text = string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 40 == 0 ? '水' : '中'));
        var matches = Enumerable.Range(0, 2_500).Select(k => new TextRange(k * 40, (k * 40) + 1)).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var lines = Written(Hit(1, text, matches)).Split('\n');

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("12 matching paragraphs, showing 1-1: 2500 matches", lines[^2]);
    }

    [Fact]
    public void The_right_context_starts_in_one_column_when_keys_hold_different_numbers_of_marks()
    {
        // "niat puasa" is one key of two marked words, "puasa" one of one: the marks ([[ ]]) take columns too, so the
        // padding after a key counts them, or the right context of the two-word key starts 4 columns further right.
        var lines = Written(
            Hit(1, "Saya niat puasa sunnah", new(5, 9), new(10, 15)),
            Hit(2, "Ada puasa wajib", new TextRange(4, 9))).Split('\n');

        Assert.Contains("[[niat]] [[puasa]]", lines[0]);
        Assert.Equal(lines[0].IndexOf("sunnah", StringComparison.Ordinal), lines[1].IndexOf("wajib", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ansi")]
    [InlineData("html")]
    public void ANSI_codes_and_HTML_tags_take_no_column(string style)
    {
        var (renderer, open, close) = style == "ansi"
            ? ((IHighlightRenderer)new AnsiRenderer(), AnsiRenderer.Open, AnsiRenderer.Close)
            : (new HtmlRenderer(), HtmlRenderer.Open, HtmlRenderer.Close);
        var output = new StringWriter();
        new HitKwicWriter(output, renderer, showQueryHeader: false).Write(new SearchResult("puasa", null, 2,
            [Hit(1, "Saya niat puasa sunnah", new(5, 9), new(10, 15)), Hit(2, "Ada puasa wajib", new TextRange(4, 9))], TimeSpan.Zero, null));
        var lines = output.ToString().Replace(open, "", StringComparison.Ordinal).Replace(close, "", StringComparison.Ordinal).Split('\n');

        Assert.Equal(lines[0].IndexOf("sunnah", StringComparison.Ordinal), lines[1].IndexOf("wajib", StringComparison.Ordinal));
    }

    [Fact]
    public void Wide_characters_take_two_columns_and_combining_marks_none()
    {
        // A terminal shows 水 (and 초, an emoji) two columns wide and an Arabic vowel mark over its letter, in none: the
        // context is cut and padded by columns, so the match and the article stand in one column on every line.
        var lines = Written(
            Hit(1, "ab水" + new string('x', 30) + " banjir" + string.Concat(Enumerable.Repeat(" 水", 30)), new TextRange(34, 40)),
            Hit(2, new string('x', 20) + "\u0631\u064e\u0628\u064e\u0651\u0646\u064e\u0627 banjir lagi.", new TextRange(29, 35)),
            Hit(3, "Warga mengungsi karena banjir lagi.", new TextRange(23, 29))).Split('\n');

        Assert.StartsWith(new string(' ', 5) + "ab水" + new string('x', 30) + "   [[banjir]]  " + string.Concat(Enumerable.Repeat(" 水", 13)) + "   a.txt", lines[0]);
        Assert.StartsWith(new string(' ', 15) + new string('x', 20) + "\u0631\u064e\u0628\u064e\u0651\u0646\u064e\u0627   [[banjir]]   lagi.", lines[1]);
        Assert.Equal(Columns(lines[2][..lines[2].IndexOf("a.txt", StringComparison.Ordinal)]), Columns(lines[0][..lines[0].IndexOf("a.txt", StringComparison.Ordinal)]));
        Assert.Equal(Columns(lines[2][..lines[2].IndexOf("a.txt", StringComparison.Ordinal)]), Columns(lines[1][..lines[1].IndexOf("a.txt", StringComparison.Ordinal)]));
    }

    /// <summary>Terminal columns of the test's text: 水 two, an Arabic mark none, anything else one.</summary>
    private static int Columns(string text) => text.Sum(c => c == '水' ? 2 : c is >= '\u064b' and <= '\u0652' ? 0 : 1);
}
