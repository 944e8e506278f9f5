using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Tests.Highlighting;

public sealed class HighlighterTests
{
    private readonly Highlighter _highlighter = new();

    private static HighlightTerms Terms(string[] stems, string[]? surfaces = null, params HighlightPhrase[] phrases) =>
        new(stems.ToHashSet(), (surfaces ?? []).ToHashSet(), phrases);

    private static List<string> Marked(Highlight h) => h.Matches.Select(m => h.Text[m.Start..m.End]).ToList();

    [Fact]
    public void A_stem_marks_every_word_with_that_stem_as_written()
    {
        // Expected words come from the chain itself, so the test holds when the stemmer is replaced.
        const string text = "Polisi menangkap pencuri yang kemudian ditangkap lagi; tangkapan besar.";
        var stemmed = AnalysisChain.CreateStemmedAnalyzer();
        var stem = TokenReader.Terms(stemmed, "tangkap").Single();
        var expected = text.Split(' ', ';', '.').Where(w => w.Length > 0 && TokenReader.Terms(stemmed, w).FirstOrDefault() == stem).ToList();

        var h = _highlighter.Highlight(text, Terms([stem]));

        Assert.Contains("ditangkap", expected);
        Assert.Equal(expected, Marked(h));
    }

    [Fact]
    public void A_phrase_marks_only_consecutive_occurrences()
    {
        var phrase = new HighlightPhrase(["kim", "jong"], Stemmed: false);
        var h = _highlighter.Highlight("Kim Jong Un bertemu Kim, lalu Jong pergi.", Terms([], null, phrase));

        Assert.Equal([new TextRange(0, 3), new TextRange(4, 8)], h.Matches);
    }

    [Fact]
    public void Ranges_are_sorted_and_touching_ones_merged()
    {
        Assert.Equal([new TextRange(0, 5), new TextRange(6, 8)],
            TextRanges.Normalize([new TextRange(6, 8), new TextRange(3, 5), new TextRange(0, 3), new TextRange(1, 2), new TextRange(7, 7)]));
    }

    [Fact]
    public void Offsets_are_utf16_indices_of_the_original_text()
    {
        var text = "😀 “Putin” — Putin.";
        var h = _highlighter.Highlight(text, Terms([], ["putin"]));

        Assert.All(h.Matches, m => Assert.Equal("Putin", text[m.Start..m.End]));
        Assert.Equal(2, h.Matches.Count);
    }

    [Fact]
    public void Snippets_cut_at_sentences_and_keep_matches_aligned()
    {
        var text = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"Kalimat nomor {i} berisi kata biasa saja.")) + " Di sini Putin bicara.";
        var full = _highlighter.Highlight(text, Terms([], ["putin"]));

        var snippet = SnippetWindow.Cut(full, 80);

        Assert.StartsWith(SnippetWindow.Ellipsis, snippet.Text);
        Assert.True(snippet.Text.Length <= 80 + 2);
        Assert.Equal(["Putin"], Marked(snippet));
    }

    [Fact]
    public void A_long_sentence_is_cut_between_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("panjang", 100)) + " Putin " + string.Join(' ', Enumerable.Repeat("sekali", 100));
        var snippet = SnippetWindow.Cut(_highlighter.Highlight(text, Terms([], ["putin"])), 100);

        var inner = snippet.Text.Trim('…');
        Assert.All(inner.Split(' '), w => Assert.Contains(w, new[] { "panjang", "sekali", "Putin" }));
        Assert.Equal(["Putin"], Marked(snippet));
    }
}
