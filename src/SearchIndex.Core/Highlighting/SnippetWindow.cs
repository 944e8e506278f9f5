using System.Globalization;

namespace SearchIndex.Core.Highlighting;

/// <summary>
/// Cuts a long highlighted paragraph to the window of whole sentences showing the most different matched words (then
/// the most matches), marking each cut with <see cref="Ellipsis"/>. Where a sentence longer than the window keeps a
/// word out that a window cut at spaces would show (a price list of one run-on sentence), the cut is at spaces instead.
/// Either way a cut never falls inside a character as a reader sees it (<see cref="TextElements"/>).
/// </summary>
public static class SnippetWindow
{
    /// <summary>Default window size in UTF-16 code units, ellipses excluded.</summary>
    public const int DefaultMaxChars = 300;

    public const string Ellipsis = "…";

    /// <param name="words">
    /// The word each match stands for (<see cref="Highlighter.HighlightWords"/>), so forms of one stem count as one word;
    /// a match not in it counts as its text, lower-cased.
    /// </param>
    public static Highlight Cut(Highlight full, int maxChars, IReadOnlyDictionary<TextRange, string>? words = null)
    {
        var text = full.Text;
        if (maxChars <= 0 || text.Length <= maxChars)
        {
            return full;
        }

        // Without matches (a lead paragraph found by its title, a list by a filter alone) the paragraph is read from its
        // start, as much as fits: the first sentence that fits whole may come after the lead.
        var (start, end) = full.Matches.Count == 0 ? WordWindow(text, full.Matches, maxChars) : BestWindow(text, full.Matches, words, maxChars);
        (start, end) = WholeCharacters(text, GluedStart(text, start), GluedEnd(text, end));
        return Slice(full, start, end);
    }

    /// <summary>
    /// The window of whole sentences with the most different words, unless a window cut at spaces shows more of them:
    /// a keyword query's snippet should show each of its words the paragraph holds ("harga cabai" in a price list whose
    /// one long sentence names every <c>Cabai</c>, not only its opening <c>harga</c> twice).
    /// </summary>
    private static (int Start, int End) BestWindow(string text, IReadOnlyList<TextRange> matches, IReadOnlyDictionary<TextRange, string>? wordOf, int maxChars)
    {
        var words = matches.Select(m => wordOf?.GetValueOrDefault(m) ?? text.Substring(m.Start, m.Length).ToLowerInvariant()).ToArray();
        var sentences = BestSentences(text, matches, words, maxChars);
        var chosen = sentences ?? WordWindow(text, matches, maxChars);
        if (BestSpan(matches, words, maxChars) is { } span && span.Words > DifferentWords(matches, words, chosen))
        {
            return SpanWindow(text, span.Start, span.End, maxChars);
        }

        return chosen;
    }

    /// <summary>How many different words the matches inside a window stand for.</summary>
    private static int DifferentWords(IReadOnlyList<TextRange> matches, string[] words, (int Start, int End) window) =>
        Enumerable.Range(0, matches.Count)
            .Where(k => matches[k].Start >= window.Start && matches[k].End <= window.End)
            .Select(k => words[k])
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>
    /// The run of matches spanning at most <paramref name="maxChars"/> with the most different words, then the most
    /// matches, earliest first; null when no match fits. Two pointers keep it linear in the matches.
    /// </summary>
    private static (int Start, int End, int Words)? BestSpan(IReadOnlyList<TextRange> matches, string[] words, int maxChars)
    {
        (int Start, int End, int Words)? best = null;
        var bestCount = 0;
        var inSpan = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = 0;
        for (var last = 0; last < matches.Count; last++)
        {
            inSpan[words[last]] = inSpan.GetValueOrDefault(words[last]) + 1;
            while (first <= last && matches[last].End - matches[first].Start > maxChars)
            {
                if (--inSpan[words[first]] == 0)
                {
                    inSpan.Remove(words[first]);
                }

                first++;
            }

            var count = last - first + 1;
            if (count > 0 && (best is not { } b || inSpan.Count > b.Words || (inSpan.Count == b.Words && count > bestCount)))
            {
                best = (matches[first].Start, matches[last].End, inSpan.Count);
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>A window of about <paramref name="maxChars"/> around <c>[spanStart, spanEnd)</c>, the slack shared on both sides, cut at spaces.</summary>
    private static (int Start, int End) SpanWindow(string text, int spanStart, int spanEnd, int maxChars)
    {
        var start = Math.Max(0, spanStart - (maxChars - (spanEnd - spanStart)) / 2);
        if (start > 0)
        {
            var space = FirstSpace(text, start, spanStart);
            start = space < 0 ? WordStart(text, start, spanStart) : AfterSpaces(text, space, spanStart);
        }

        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var space = LastSpace(text, spanEnd, end);
            end = space >= 0 ? space : WordEnd(text, spanEnd, end) is var word and >= 0 ? word : spanEnd;
        }

        return (start, end);
    }

    /// <summary>
    /// Narrows a window to whole text elements: a run without spaces (emoji, a letter with its combining marks) leaves
    /// <see cref="WordWindow"/> only a raw index to cut at. A window inside one element widens to that element.
    /// </summary>
    private static (int Start, int End) WholeCharacters(string text, int start, int end)
    {
        var first = TextElements.At(text, start);
        var from = first.Start == start ? start : first.End;
        var to = TextElements.At(text, end).Start;
        return to > from ? (from, to) : (first.Start, first.End);
    }

    /// <summary>
    /// The run of consecutive sentences within <paramref name="maxChars"/> with the most different words, then the most
    /// matches, then the longest; earliest wins ties. A short sentence naming both words of "tsunami palu" beats a longer
    /// one saying <c>tsunami</c> twice.
    /// </summary>
    private static (int Start, int End)? BestSentences(string text, IReadOnlyList<TextRange> matches, string[] words, int maxChars)
    {
        var sentences = Sentences(text);
        (int Start, int End)? best = null;
        var bestCount = -1;
        var bestWords = -1;
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        // Adding a sentence to a window adds words, matches and length, never takes any away, so the run from sentence i
        // that ends as late as fits is as good as any shorter one from i, and better or tied with each: only those runs
        // are weighed. The run's end moves forward as i does, and the matches inside it, sorted and not overlapping
        // (their ends ascend too), are the run from the first starting in sentence i to the last ending by its last
        // sentence: each sentence and match enters and leaves once. Weighing every run from each i made a long
        // paragraph's snippet quadratic in its sentences (a 317 KB paragraph: 2.5 s; with --snippet-chars 150000, 6.7 s).
        var first = 0;
        var end = 0;
        var last = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            while (first < matches.Count && matches[first].Start < sentences[i].Start)
            {
                if (first < end && --inWindow[words[first]] == 0)
                {
                    inWindow.Remove(words[first]);
                }

                first++;
            }

            end = Math.Max(end, first);
            last = Math.Max(last, i - 1);
            while (last + 1 < sentences.Count && sentences[last + 1].End - sentences[i].Start <= maxChars)
            {
                last++;
                while (end < matches.Count && matches[end].End <= sentences[last].End)
                {
                    inWindow[words[end]] = inWindow.GetValueOrDefault(words[end]) + 1;
                    end++;
                }
            }

            if (last < i)
            {
                continue; // sentence i alone is longer than the window
            }

            var count = end - first;
            var better = inWindow.Count != bestWords ? inWindow.Count > bestWords
                : count != bestCount ? count > bestCount
                : best is { } b && sentences[last].End - sentences[i].Start > b.End - b.Start && count > 0;
            if (better)
            {
                best = (sentences[i].Start, sentences[last].End);
                bestCount = count;
                bestWords = inWindow.Count;
            }
        }

        // A window without any match while some sentence holds one means that sentence is too long: cut by words.
        return bestCount == 0 && matches.Count > 0 ? null : best;
    }

    /// <summary>A window of about <paramref name="maxChars"/> starting a little before the first match, at spaces.</summary>
    private static (int Start, int End) WordWindow(string text, IReadOnlyList<TextRange> matches, int maxChars)
    {
        var anchor = matches.Count > 0 ? matches[0].Start : 0;
        var start = Math.Max(0, anchor - maxChars / 4);
        if (start > 0)
        {
            var space = FirstSpace(text, start, anchor);
            start = space < 0 ? WordStart(text, start, anchor) : AfterSpaces(text, space, anchor);
        }

        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var space = LastSpace(text, start + 1, end);
            end = space >= 0 ? space : WordEnd(text, start + 1, end) is var word and >= 0 ? word : end;
        }

        // A window smaller than the first match still shows it whole, so what matched stays visible and marked.
        return (start, matches.Count > 0 ? Math.Max(end, matches[0].End) : end);
    }

    /// <summary>
    /// The first white space in <c>[from, to)</c>, or -1. Any white space parts words, not only U+0020: a paragraph whose
    /// words stand between no-break spaces or tabs was otherwise cut inside a word (<c>kata kat…</c>).
    /// </summary>
    private static int FirstSpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Past the run of white space at <paramref name="space"/>, up to <paramref name="to"/> (a match's start): a window
    /// cut at the first of two spaces had opened "… kata39".
    /// </summary>
    private static int AfterSpaces(string text, int space, int to)
    {
        var start = space + 1;
        while (start < to && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// Where a window with no white space near its edge starts instead of inside a word: the first start of a word in
    /// <c>[from, to)</c>, else <paramref name="to"/> (a match's start). A run of words joined by dashes
    /// (<c>Cinere—Serpong</c>) had been cut at the raw index: <c>…inere—Serpong</c>.
    /// </summary>
    private static int WordStart(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1])))
            {
                return i;
            }
        }

        return to;
    }

    /// <summary>
    /// Where a window with no white space near its edge ends instead of inside a word: the last end of a word in
    /// <c>(from, to]</c>, or -1 (<c>…Cimanggis-Ci…</c> had been cut at the raw index).
    /// </summary>
    private static int WordEnd(string text, int from, int to)
    {
        for (var i = to; i > from; i--)
        {
            if (IsWordChar(text[i - 1]) && (i == text.Length || !IsWordChar(text[i])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How far past the window a cut between two glued words may move, to the white space ending their run.</summary>
    private const int GluedRunMax = 30;

    /// <summary>
    /// Where a window ending between two words written without a space (a match at its edge, <c>Rp</c> of
    /// <c>Rp70.300.000,-</c>) ends instead: at the run's next white space when that is near, else at the end of the
    /// word it cut, else where it was. "…100 gram: Rp…" had hidden the price the match is glued to.
    /// </summary>
    private static int GluedEnd(string text, int end)
    {
        if (end <= 0 || end >= text.Length || !IsWordChar(text[end - 1]) || !IsWordChar(text[end]))
        {
            return end;
        }

        var limit = Math.Min(text.Length, end + GluedRunMax);
        var word = -1;
        for (var i = end; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }

            if (word < 0 && !IsWordChar(text[i]))
            {
                word = i;
            }
        }

        return limit == text.Length ? limit : word >= 0 ? word : end;
    }

    /// <summary>The start a window cut between two glued words moves back to, as <see cref="GluedEnd"/> moves an end.</summary>
    private static int GluedStart(string text, int start)
    {
        if (start <= 0 || start >= text.Length || !IsWordChar(text[start - 1]) || !IsWordChar(text[start]))
        {
            return start;
        }

        var limit = Math.Max(0, start - GluedRunMax);
        var word = -1;
        for (var i = start - 1; i >= limit; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }

            if (word < 0 && !IsWordChar(text[i]))
            {
                word = i + 1;
            }
        }

        return limit == 0 ? 0 : word >= 0 ? word : start;
    }

    /// <summary>A letter, digit or combining mark: what a word is made of, so a cut between two of them splits it.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The last white space in <c>[from, to)</c>, or -1.</summary>
    private static int LastSpace(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Sentence spans: a sentence ends after <c>. ! ? …</c> (and closing quotes) followed by whitespace, but not at a name's initial.</summary>
    internal static List<(int Start, int End)> Sentences(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsCloser(text[i + 1]))
                && !IsInitial(text, i))
            {
                var end = i + 1;
                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                sentences.Add((start, end));
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }

    /// <summary>
    /// Whether the dot at <paramref name="dot"/> ends a name's initial (<c>M. Hanif Dhakiri</c>, <c>B.J. Habibie</c>): one
    /// capital letter standing alone, then a space and a capitalised word. Read as a sentence end, it cut the snippet
    /// "Menteri Ketenagakerjaan (Menaker) M.…" away from the name.
    /// </summary>
    private static bool IsInitial(string text, int dot)
    {
        if (text[dot] != '.' || dot == 0 || !char.IsUpper(text[dot - 1]) || (dot >= 2 && char.IsLetterOrDigit(text[dot - 2])))
        {
            return false;
        }

        var next = dot + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next > dot + 1 && next < text.Length && char.IsUpper(text[next]);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')';

    private static Highlight Slice(Highlight full, int start, int end)
    {
        var prefix = start > 0 ? Ellipsis : "";
        var suffix = end < full.Text.Length ? Ellipsis : "";
        var shift = prefix.Length - start;
        var matches = full.Matches
            .Where(m => m.Start >= start && m.End <= end)
            .Select(m => new TextRange(m.Start + shift, m.End + shift))
            .ToList();
        return new Highlight(prefix + full.Text[start..end].TrimEnd() + suffix, matches);
    }
}
