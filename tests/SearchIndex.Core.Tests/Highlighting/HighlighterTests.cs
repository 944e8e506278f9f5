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

    [Theory]
    [InlineData("hakim tindak pidana korupsi.Terakhir adalah Irjen", "korup", new[] { "korupsi" })]
    [InlineData("Tindak Pidana Korupsi.Pertanyaan itu disampaikan", "korup", new[] { "Korupsi" })]
    [InlineData("hakim tindak pidana korupsi.Terakhir adalah Irjen", "korupsi.t", new[] { "korupsi.Terakhir" })]
    public void A_prefix_marks_the_part_of_a_glued_word_it_starts_not_the_whole(string text, string prefix, string[] expected)
    {
        // The shared corpus's clickid-sindonews-02349.txt ¶12 for 'korup*': "[[korupsi.Terakhir]]", the next sentence's
        // first word marked too, since the index also holds the glued word whole (GluedWordFilter) and it starts so.
        var starts = new Predicate<string>(t => t.StartsWith(prefix, StringComparison.Ordinal));
        var terms = new HighlightTerms(new HashSet<string>(), new HashSet<string>(), [], [new HighlightPattern(starts, Stemmed: true), new HighlightPattern(starts, Stemmed: false)]);

        Assert.Equal(expected, Marked(_highlighter.Highlight(text, terms)));
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

    [Fact]
    public void A_snippet_shows_each_word_of_the_query_a_run_on_price_list_holds()
    {
        // clickid-okezone-00547.txt ¶3 in short: one sentence of 800 characters after a short one, "harga" all through,
        // "Cabai" only late. The snippet was the short opening sentence, "harga" twice and no "cabai" ("harga cabai", rank 1).
        var items = string.Join(",- ", Enumerable.Range(1, 8).Select(i => $"Beras jenis {i} harga turun Rp{i} menjadi Rp11.532 per kg"));
        var text = "Berikut adalah daftar kebutuhan bahan pokok di Jakarta: Beras IR. " + items
            + ",- Cabai Merah Keriting harga naik Rp406 menjadi Rp59.023 per kg,- Cabai Rawit harga naik Rp545 menjadi Rp72.906 per kg,- "
            + items;

        var snippet = SnippetWindow.Cut(_highlighter.Highlight(text, Terms([], ["harga", "cabai"])), 300);

        Assert.Contains("Cabai", Marked(snippet));
        Assert.Contains("harga", Marked(snippet));
    }

    [Fact]
    public void A_short_sentence_holding_both_words_beats_a_longer_one_holding_one_twice()
    {
        // clickid-tempo-00562.txt ¶1, "tsunami palu": the longer sentence, tsunami twice, was shown without "Palu".
        const string text = "\"Sebenarnya mereka tidak menyimpulkan tsunami Palu bukan dari longsor. Tapi berdasar riset mereka, "
            + "sumber tsunami dari seismik dengan memasukkan kecepatan atau percepatan (memasukkan sumbernya secara kinematik/dinamik), "
            + "bisa memberikan dampak tsunami yang lebih tinggi dari pemodelan konvensional,\" ujar Widjo kepada Tempo, melalui pesan "
            + "pendek, Kamis, 19 September 2019.";

        var snippet = SnippetWindow.Cut(_highlighter.Highlight(text, Terms([], ["tsunami", "palu"])), 300);

        Assert.Equal(["tsunami", "Palu"], Marked(snippet));
    }

    [Fact]
    public void Two_forms_of_one_stem_count_as_one_word_in_the_snippet()
    {
        // Counted as written, "gempa … gempanya" would tie "gempa … Lombok" and the longer sentence would win.
        const string text = "Gempa terasa hingga Lombok. Warga bilang gempa itu keras, gempanya membuat semua orang keluar rumah dengan panik sekali.";
        var stemmed = AnalysisChain.CreateStemmedAnalyzer();
        string[] stems = [TokenReader.Terms(stemmed, "gempa").Single(), TokenReader.Terms(stemmed, "lombok").Single()];
        Assert.Equal(stems[0], TokenReader.Terms(stemmed, "gempanya").Single());

        var (full, words) = _highlighter.HighlightWords(text, Terms(stems));
        var snippet = SnippetWindow.Cut(full, 100, words);

        Assert.Equal(["Gempa", "Lombok"], Marked(snippet));
    }
}
