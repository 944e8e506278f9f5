using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Output;

public sealed class PrintableRendererTests
{
    [Theory]
    [InlineData(HighlightStyle.Markers, "[[Teh]] \uFFFD[31mMerah\uFFFD[0m \uFFFD]0;pwned\uFFFD")]
    [InlineData(HighlightStyle.None, "Teh \uFFFD[31mMerah\uFFFD[0m \uFFFD]0;pwned\uFFFD")]
    public void Escape_sequences_in_scraped_text_never_reach_the_terminal(HighlightStyle style, string expected)
    {
        var title = new Highlight("Teh \u001b[31mMerah\u001b[0m \u001b]0;pwned\u0007", [new TextRange(0, 3)]);

        Assert.Equal(expected, HighlightRenderers.For(style).Render(title));
    }

    [Fact]
    public void Ansi_marks_stay_and_only_the_texts_own_controls_go()
    {
        var rendered = HighlightRenderers.For(HighlightStyle.Ansi).Render(new Highlight("banjir \u009b2J lagi", [new TextRange(0, 6)]));

        Assert.StartsWith("\u001b[", rendered); // the renderer's own colour
        Assert.DoesNotContain('\u009b', rendered);
        Assert.Contains("\uFFFD2J lagi", rendered);
    }

    [Fact]
    public void Bidirectional_overrides_cannot_reorder_the_rest_of_a_line_on_a_terminal()
    {
        // U+202E shows "gnp.exe" as "exe.png"; the isolates (U+2066-U+2069) reorder as well. The marks (U+200E) stay.
        Assert.Equal("foto \uFFFDgnp.exe \uFFFDa\uFFFD b\u200Ec", PrintableRenderer.Printable("foto \u202Egnp.exe \u2067a\u2069 b\u200Ec"));
    }

    [Fact]
    public void A_line_break_inside_a_paragraph_prints_as_a_space_between_its_words_but_not_in_a_name()
    {
        // A JSONL paragraph may hold "\n" ("melanda\nkota"): printed as U+FFFD, the words ran together in a CSV cell.
        var rendered = HighlightRenderers.For(HighlightStyle.Markers).Render(new Highlight("Banjir melanda\nkota\r\nBekasi\u2028lagi", [new TextRange(15, 19)]));

        Assert.Equal("Banjir melanda [[kota]]  Bekasi lagi", rendered);
        Assert.Equal("berita\uFFFD1.txt", HighlightRenderers.For(HighlightStyle.None).Plain("berita\n1.txt")); // a file name stays visibly odd
    }

    [Fact]
    public void A_line_break_inside_a_context_paragraph_prints_as_a_space_as_in_the_hit()
    {
        // -C 1 printed the paragraph after a hit as "Warga mengungsi\uFFFDke masjid.", the same paragraph listed as a hit
        // as "Warga mengungsi ke masjid.": a paragraph's text is read as one whether it is the hit or beside it.
        var hit = new SearchHit(1, 1f, "feed.jsonl#n1", "Judul", 1, new Highlight("Banjir melanda\nkota.", [new TextRange(0, 6)]), new Highlight("Banjir melanda\nkota.", [new TextRange(0, 6)]))
        {
            Before = [new ContextParagraph(0, "Hujan turun\r\nsejak pagi.")],
            After = [new ContextParagraph(2, "Warga mengungsi\nke masjid.")],
        };
        var output = new StringWriter();

        new HitTextWriter(output, HighlightRenderers.For(HighlightStyle.Markers), showQueryHeader: false)
            .Write(new SearchResult("banjir", null, 1, [hit], TimeSpan.Zero, null));

        Assert.Contains("    | Hujan turun  sejak pagi.\n    [[Banjir]] melanda kota.\n    | Warga mengungsi ke masjid.\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_between_words_prints_as_a_space_and_keeps_the_marks_in_place()
    {
        var rendered = HighlightRenderers.For(HighlightStyle.Markers).Render(new Highlight("Gempa\tbumi\tmengguncang Palu", [new TextRange(6, 10)]));

        Assert.Equal("Gempa [[bumi]] mengguncang Palu", rendered);
    }

    [Fact]
    public void Plain_text_loses_controls_and_keeps_its_length()
    {
        Assert.Equal("a\uFFFDb\uFFFDc", HighlightRenderers.For(HighlightStyle.None).Plain("a\u0008b\u007Fc"));
        Assert.Equal("tanpa kendali", PrintableRenderer.Printable("tanpa kendali"));
    }
}
