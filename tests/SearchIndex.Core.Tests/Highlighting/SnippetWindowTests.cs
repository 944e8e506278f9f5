using System.Globalization;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Tests.Highlighting;

/// <summary>
/// A snippet cut inside a run without spaces or sentence ends (emoji, letters with combining marks) still cuts between
/// whole characters as a reader sees them, and its ranges still cover the matched word.
/// </summary>
public sealed class SnippetWindowTests
{
    private const string Word = "kopi";

    public static TheoryData<string, string> Texts => new()
    {
        // Cut after the word: the window's end falls inside a surrogate pair or between a letter and its accent.
        { "emoji after", Word + string.Concat(Enumerable.Repeat("😀", 20)) },
        { "marks after", Word + string.Concat(Enumerable.Repeat("q\u0301", 20)) },
        // Cut before the word: the window starts a quarter of its size before it, at a raw index.
        { "emoji before", string.Concat(Enumerable.Repeat("😀", 20)) + Word },
        { "marks before", string.Concat(Enumerable.Repeat("q\u0301", 20)) + Word },
        { "both sides", string.Concat(Enumerable.Repeat("😀", 10)) + Word + string.Concat(Enumerable.Repeat("👍🏽", 10)) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_snippet_never_splits_a_character(string what, string text)
    {
        var at = text.IndexOf(Word, StringComparison.Ordinal);
        var full = new Highlight(text, [new TextRange(at, at + Word.Length)]);
        var boundaries = TextElementBoundaries(text);

        for (var maxChars = 1; maxChars < text.Length; maxChars++)
        {
            var snippet = SnippetWindow.Cut(full, maxChars);

            var prefix = snippet.Text.StartsWith(SnippetWindow.Ellipsis, StringComparison.Ordinal) ? SnippetWindow.Ellipsis.Length : 0;
            var suffix = snippet.Text.EndsWith(SnippetWindow.Ellipsis, StringComparison.Ordinal) ? SnippetWindow.Ellipsis.Length : 0;
            var inner = snippet.Text[prefix..^suffix];
            // However small the window, the matched word is shown whole and marked (--snippet-chars 1 once showed "k…").
            var kept = Assert.Single(snippet.Matches);
            Assert.Equal(Word, snippet.Text[kept.Start..kept.End]);

            // The text has no space and no ellipsis, so the snippet is text[start..end] between the marks it adds;
            // a window too small for the word is found by its content (a piece cut mid-character is found mid-character).
            var start = snippet.Matches.Count == 1 ? at - (snippet.Matches[0].Start - prefix) : text.IndexOf(inner, StringComparison.Ordinal);
            Assert.Equal(text.Substring(start, inner.Length), inner);
            Assert.True(boundaries.Contains(start), $"{what}, {maxChars} chars: starts inside a character at {start}");
            Assert.True(boundaries.Contains(start + inner.Length), $"{what}, {maxChars} chars: ends inside a character at {start + inner.Length}");
        }
    }

    [Theory]
    [InlineData("\u00A0")] // no-break space
    [InlineData("\t")]
    [InlineData("\u3000")] // ideographic space
    public void A_long_sentence_is_cut_between_words_whatever_white_space_parts_them(string space)
    {
        var words = string.Join(space, Enumerable.Repeat("kata", 40));
        var text = words + space + Word + space + words;
        var at = text.IndexOf(Word, StringComparison.Ordinal);

        var snippet = SnippetWindow.Cut(new Highlight(text, [new TextRange(at, at + Word.Length)]), 69);

        var inner = snippet.Text[SnippetWindow.Ellipsis.Length..^SnippetWindow.Ellipsis.Length];
        Assert.Equal(Word, snippet.Text.Substring(snippet.Matches.Single().Start, Word.Length));
        Assert.All(inner.Split(space), w => Assert.True(w is "kata" or Word, $"cut inside a word: '{w}' in '{snippet.Text}'"));
    }

    public static TheoryData<string, string[]> JoinedWords => new()
    {
        // In the shared corpus, for 'kunciran-serpong': clickid-okezone-01802.txt ¶4 at --snippet-chars 60 ended
        // "…Kunciran-Serpong-Depok-Cinere-Cimanggis-Ci…", clickid-tempo-01197.txt ¶6 at 40 began "…inere—Serpong"; for
        // 'kegiatan memanas', clickid-fimela-00397.txt ¶0 at 60 ended "…berpanas-panas…" (the text says berpanas-panasan).
        { "Tol itu menyambung jalur dari bandara sampai ke Kunciran-Serpong-Depok-Cinere-Cimanggis-Cibitung-Cilincing dan seterusnya.", ["Kunciran", "Serpong"] },
        { "Selain itu ada ruas Cinere—Serpong—Kunciran—Cengkareng—Bandara yang dimiliki oleh perusahaan yang sama.", ["Kunciran"] },
        { "Mereka menggelar kegiatan alam seperti mendaki gunung hingga berpanas-panasan di pantai.", ["kegiatan", "berpanas"] },
    };

    [Theory]
    [MemberData(nameof(JoinedWords))]
    public void A_long_sentence_cut_where_no_space_is_near_is_cut_at_a_word_s_edge(string text, string[] marked)
    {
        var matches = marked.Select(w => text.IndexOf(w, StringComparison.Ordinal)).Select((at, i) => new TextRange(at, at + marked[i].Length)).ToList();
        var full = new Highlight(text, matches);

        for (var maxChars = 10; maxChars < text.Length; maxChars++)
        {
            var snippet = SnippetWindow.Cut(full, maxChars);

            var prefix = snippet.Text.StartsWith(SnippetWindow.Ellipsis, StringComparison.Ordinal) ? SnippetWindow.Ellipsis.Length : 0;
            var suffix = snippet.Text.EndsWith(SnippetWindow.Ellipsis, StringComparison.Ordinal) ? SnippetWindow.Ellipsis.Length : 0;
            var inner = snippet.Text[prefix..^suffix];
            var first = Assert.Single(matches, m => text[m.Start..m.End] == snippet.Text[snippet.Matches[0].Start..snippet.Matches[0].End]);
            var start = first.Start - (snippet.Matches[0].Start - prefix);
            Assert.Equal(text.Substring(start, inner.Length), inner);
            Assert.False(start > 0 && char.IsLetter(text[start - 1]) && char.IsLetter(text[start]), $"{maxChars} chars: '{snippet.Text}' starts inside a word");
            var end = start + inner.Length;
            Assert.False(end < text.Length && char.IsLetter(text[end - 1]) && char.IsLetter(text[end]), $"{maxChars} chars: '{snippet.Text}' ends inside a word");
        }
    }

    [Fact]
    public void A_match_glued_to_a_number_is_not_cut_from_it_at_the_window_s_edge()
    {
        // The shared corpus's clickid-okezone-04557.txt ¶2, for 'Rp 100' at --snippet-chars 120: the run of matches
        // filled the window, which ended at the last match, "…100 gram: Rp…", the price it is glued to cut away.
        const string text = "Berikut daftar harga,Antam untuk pecahan lainnya per hari ini yang dikutip dari situs resmi Antam:,- "
            + "0,5 gram: Rp 401.000,- 1 gram: Rp 753.000,- 2 gram: Rp1.455.000,- 3 gram: Rp2.161.000,- 5 gram: Rp3.585.000,- "
            + "10 gram: Rp7.655.000,- 25 gram: Rp17.630.000,- 50 gram: Rp35.185.000,- 100 gram: Rp70.300.000,- 250 gram: "
            + "Rp175.750.000,- 500 gram: Rp351.300.000,- 1.000 gram: Rp724.600.000";
        var matches = new List<TextRange>();
        for (var at = text.IndexOf("Rp", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Rp", at + 1, StringComparison.Ordinal))
        {
            matches.Add(new TextRange(at, at + 2));
        }

        var hundred = text.IndexOf(" 100 ", StringComparison.Ordinal) + 1;
        matches.Add(new TextRange(hundred, hundred + 3));
        matches.Sort((a, b) => a.Start.CompareTo(b.Start));

        for (var maxChars = 20; maxChars < text.Length; maxChars++)
        {
            var snippet = SnippetWindow.Cut(new Highlight(text, matches), maxChars);

            var prefix = snippet.Text.StartsWith(SnippetWindow.Ellipsis, StringComparison.Ordinal) ? SnippetWindow.Ellipsis.Length : 0;
            var suffix = snippet.Text.EndsWith(SnippetWindow.Ellipsis, StringComparison.Ordinal) ? SnippetWindow.Ellipsis.Length : 0;
            var inner = snippet.Text[prefix..^suffix];
            var start = text.IndexOf(inner, StringComparison.Ordinal);
            var end = start + inner.Length;
            Assert.False(start > 0 && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]), $"{maxChars} chars: '{snippet.Text}' starts inside a word");
            Assert.False(end < text.Length && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]), $"{maxChars} chars: '{snippet.Text}' ends inside a word");
        }
    }

    [Fact]
    public void A_paragraph_without_matches_is_cut_from_its_start_though_a_later_sentence_would_fit()
    {
        // A lead paragraph found through its title, or one listed by a filter alone, has nothing to centre on.
        const string lead = "TEMPO.CO, Tangerang - Menteri Keuangan Sri Mulyani menanggapi rencana penghapusan pajak progresif.";
        var text = lead + " Ia akan mempelajarinya.";

        var snippet = SnippetWindow.Cut(new Highlight(text, []), 60);

        Assert.StartsWith("TEMPO.CO, Tangerang - Menteri", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith(SnippetWindow.Ellipsis, snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_without_matches_shows_as_much_of_its_start_as_fits_cut_at_a_space()
    {
        var snippet = SnippetWindow.Cut(new Highlight("Harga cabai naik. Pedagang mengeluh. " + new string('x', 80), []), 40);

        Assert.Equal("Harga cabai naik. Pedagang mengeluh." + SnippetWindow.Ellipsis, snippet.Text);
    }

    [Fact]
    public void The_window_of_sentences_holding_the_most_matches_is_the_one_a_plain_count_picks()
    {
        // The window search counts matches with a running pointer; this recounts every window from scratch.
        var random = new Random(20261126);
        string[] words = ["banjir", "rumah", "warga", "air", "surut", "jakarta", "hujan"];
        for (var round = 0; round < 300; round++)
        {
            var sentences = Enumerable.Range(0, random.Next(1, 30)).Select(_ =>
                string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)])) + ".");
            var text = string.Join(' ', sentences);
            var matches = new List<TextRange>();
            for (var at = text.IndexOf("banjir", StringComparison.Ordinal); at >= 0; at = text.IndexOf("banjir", at + 1, StringComparison.Ordinal))
            {
                matches.Add(new TextRange(at, at + "banjir".Length));
            }

            var maxChars = random.Next(20, 200);
            var snippet = SnippetWindow.Cut(new Highlight(text, matches), maxChars);

            if (matches.Count > 0 && text.Length > maxChars && PlainBest(text, matches, maxChars) is { } best)
            {
                var expected = SnippetWindow.Cut(new Highlight(text[best.Start..best.End], []), int.MaxValue).Text;
                Assert.Equal(expected, snippet.Text.Trim('…'));
            }
        }
    }

    [Theory]
    [InlineData("Menteri Ketenagakerjaan (Menaker) M. Hanif Dhakiri berkata begitu. Ini terjadi kemarin.", "Menteri Ketenagakerjaan (Menaker) M. Hanif Dhakiri berkata begitu.")]
    [InlineData("Presiden ke-3 B.J. Habibie meninggal dunia. Ia dimakamkan di Kalibata.", "Presiden ke-3 B.J. Habibie meninggal dunia.")]
    [InlineData("Banjir melanda Bandung. Warga mengungsi.", "Banjir melanda Bandung.")]
    public void A_name_s_initial_does_not_end_a_sentence(string text, string firstSentence)
    {
        var first = SnippetWindow.Sentences(text)[0];

        Assert.Equal(firstSentence, text[first.Start..first.End]);
    }

    [Fact]
    public void A_snippet_is_not_cut_at_a_name_s_initial()
    {
        // The shared corpus's clickid-kompas-01474.txt ¶0, for 'menteri' at --snippet-chars 100: it was cut to
        // "Menteri Ketenagakerjaan (Menaker) M.…", the minister's name left out.
        const string text = "Menteri Ketenagakerjaan (Menaker) M. Hanif Dhakiri mengungkapkan sektor ketenagakerjaan kini tengah "
            + "menghadapi perubahan besar. Ini terjadi karena dinamika industri yang ikut berubah akibat kemajuan,.";

        var snippet = SnippetWindow.Cut(new Highlight(text, [new TextRange(0, 7)]), 100);

        Assert.Contains("Hanif Dhakiri", snippet.Text, StringComparison.Ordinal);
    }

    private static (int Start, int End)? PlainBest(string text, List<TextRange> matches, int maxChars)
    {
        var sentences = SnippetWindow.Sentences(text);
        (int Start, int End)? best = null;
        var bestCount = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var j = i; j < sentences.Count && sentences[j].End - sentences[i].Start <= maxChars; j++)
            {
                var count = matches.Count(m => m.Start >= sentences[i].Start && m.End <= sentences[j].End);
                if (count > bestCount || (count == bestCount && count > 0 && best is { } b && sentences[j].End - sentences[i].Start > b.End - b.Start))
                {
                    (best, bestCount) = ((sentences[i].Start, sentences[j].End), count);
                }
            }
        }

        return best;
    }

    private static HashSet<int> TextElementBoundaries(string text)
    {
        var boundaries = new HashSet<int> { 0 };
        for (var i = 0; i < text.Length;)
        {
            i += StringInfo.GetNextTextElementLength(text, i);
            boundaries.Add(i);
        }

        return boundaries;
    }

    [Fact]
    public void A_wide_window_over_a_paragraph_of_many_sentences_is_found_in_linear_time()
    {
        // A window of half a 600 KB paragraph of short sentences (--snippet-chars 300000) weighed every run of sentences
        // from each sentence: 25 s a hit. The snippet is the one the runs give: from the first match, as long as fits.
        var text = string.Concat(Enumerable.Range(0, 48_000).Select(i => i % 50 == 0 ? "Ada banjir. " : "Hujan deras. "));
        var matches = Enumerable.Range(0, 960).Select(k => new TextRange((k * 50 * 13) - k + 4, (k * 50 * 13) - k + 10)).ToList();
        Assert.All(matches, m => Assert.Equal("banjir", text[m.Start..m.End]));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var snippet = SnippetWindow.Cut(new Highlight(text, matches), text.Length / 2);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.StartsWith("Ada banjir. Hujan deras.", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(matches.Count(m => m.End <= text.Length / 2), snippet.Matches.Count);
    }

    [Fact]
    public void A_window_cut_at_a_run_of_spaces_starts_at_the_next_word()
    {
        // Words parted by two spaces (scraped text; a JSONL paragraph's line break before a space) had opened the
        // snippet with the second one: "… kata39  banjir".
        var text = string.Join("  ", Enumerable.Range(0, 40).Select(i => $"kata{i}")) + "  banjir  " + string.Join("  ", Enumerable.Range(40, 40).Select(i => $"kata{i}"));
        var at = text.IndexOf("banjir", StringComparison.Ordinal);

        var snippet = SnippetWindow.Cut(new Highlight(text, [new TextRange(at, at + 6)]), 60);

        Assert.StartsWith("…kata39  banjir", snippet.Text, StringComparison.Ordinal);
    }
}
