using Lucene.Net.Analysis;
using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Highlighting;

/// <summary>
/// Finds the query's words in a text by re-running the index's analysis chains over it, so a word is marked exactly
/// when the index matched it: by stem (<c>tangkap</c> marks <c>menangkap</c>), by surface form, or inside a phrase.
/// Build once per session and reuse: the analyzers keep their token streams between calls.
/// </summary>
/// <param name="forTitles">Analyse as the title field is (<see cref="AnalysisChain.CreateTitleAnalyzer"/>).</param>
public sealed class Highlighter(bool forTitles = false)
{
    private readonly Analyzer _stemmed = forTitles ? AnalysisChain.CreateTitleAnalyzer() : AnalysisChain.CreateStemmedAnalyzer();
    private readonly Analyzer _surface = AnalysisChain.CreateSurfaceAnalyzer();

    public Highlight Highlight(string text, HighlightTerms terms)
    {
        if (terms.IsEmpty)
        {
            return Highlighting.Highlight.Plain(text);
        }

        return new Highlight(text, TextRanges.Normalize(FindMatches(text, terms).Select(m => m.Range)));
    }

    /// <summary>
    /// <see cref="Highlight(string, HighlightTerms)"/>, with the word each marked range stands for: the stem it matched
    /// through, else the word as written. A snippet then tells two words of the query (<c>gempa</c>, <c>Lombok</c>) from
    /// two forms of one (<c>gempa</c>, <c>gempanya</c>).
    /// </summary>
    public (Highlight Highlight, IReadOnlyDictionary<TextRange, string> Words) HighlightWords(string text, HighlightTerms terms)
    {
        var found = FindMatches(text, terms);
        var words = new Dictionary<TextRange, string>(found.Count);
        foreach (var match in found)
        {
            words.TryAdd(match.Range, match.Stem ?? match.Surface);
        }

        return (new Highlight(text, TextRanges.Normalize(found.Select(m => m.Range))), words);
    }

    /// <summary>Every matched word, in text order (a word inside two phrases appears twice).</summary>
    public List<WordMatch> FindMatches(string text, HighlightTerms terms)
    {
        var matches = new List<WordMatch>();
        if (terms.IsEmpty || text.Length == 0)
        {
            return matches;
        }

        var surface = TokenReader.Read(_surface, text);
        var stemmed = terms.NeedsStems ? TokenReader.Read(_stemmed, text) : [];
        var stemAt = new Dictionary<TextRange, string>(stemmed.Count);
        foreach (var token in stemmed)
        {
            stemAt.TryAdd(token.Range, token.Term);
        }

        for (var i = 0; i < surface.Count; i++)
        {
            var token = surface[i];
            var stem = stemAt.GetValueOrDefault(token.Range);
            if (terms.Marks(token.Term, stem) && !PatternReachesPartOnly(surface, i, stem, terms, stemAt))
            {
                matches.Add(new WordMatch(token.Range, token.Term, stem));
            }
        }

        foreach (var phrase in terms.Phrases)
        {
            if (phrase.Offsets is { } offsets) // its places, and its slop if any, as Lucene matched them
            {
                AddPositionedPhraseMatches(matches, phrase.Stemmed ? stemmed : surface, phrase, offsets, stemAt);
            }
            else
            {
                AddPhraseMatches(matches, phrase.Stemmed ? stemmed : surface, phrase, stemAt);
            }
        }

        matches.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return matches;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a glued word kept whole beside its parts (<c>GluedWordFilter</c>: its first
    /// part follows at its position) that only a pattern marks, while it marks one of its parts too: <c>korup*</c> then
    /// marks <c>korupsi</c> in <c>korupsi.Terakhir</c>, not the next sentence's first word with it. A pattern that
    /// reaches the whole word alone (<c>korupsi.t*</c>) still marks it.
    /// </summary>
    private static bool PatternReachesPartOnly(List<AnalyzedToken> surface, int i, string? stem, HighlightTerms terms, Dictionary<TextRange, string> stemAt)
    {
        var whole = surface[i];
        if (i + 1 >= surface.Count || surface[i + 1].Position != whole.Position || terms.Surfaces.Contains(whole.Term)
            || (stem is not null && terms.Stems.Contains(stem)))
        {
            return false;
        }

        for (var j = i + 1; j < surface.Count && surface[j].Range.End <= whole.Range.End; j++)
        {
            if (terms.Marks(surface[j].Term, stemAt.GetValueOrDefault(surface[j].Range)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks each occurrence of the phrase's terms at consecutive token positions, any of the tokens at one position
    /// counting (a glued word kept whole beside its parts, <c>GluedWordFilter</c>). In the stemmed chain stopwords leave
    /// position gaps; the query's phrase has the same gaps dropped, so there we only require increasing positions.
    /// </summary>
    private static void AddPhraseMatches(List<WordMatch> matches, List<AnalyzedToken> tokens, HighlightPhrase phrase, Dictionary<TextRange, string> stemAt)
    {
        var n = phrase.Terms.Count;
        var positions = tokens.GroupBy(t => t.Position).Select(g => g.ToList()).ToList(); // tokens come in position order
        var picked = new List<AnalyzedToken>(n);
        for (var i = 0; n > 0 && i + n <= positions.Count; i++)
        {
            picked.Clear();
            for (var k = 0; k < n; k++)
            {
                var here = positions[i + k];
                if (k > 0 && !phrase.Stemmed && here[0].Position != positions[i + k - 1][0].Position + 1)
                {
                    break;
                }

                if (here.FindIndex(t => t.Term == phrase.Terms[k]) is var at && at < 0)
                {
                    break;
                }

                picked.Add(here[at]);
            }

            if (picked.Count == n)
            {
                matches.AddRange(picked.Select(token => new WordMatch(token.Range, token.Term, stemAt.GetValueOrDefault(token.Range))));
            }
        }
    }

    /// <summary>
    /// Marks each occurrence of a strict-syntax phrase as Lucene finds one: a position for each term such that, each less
    /// its place in the phrase, they lie within the slop of each other (so "Vladimir Putin" matches
    /// <c>"putin vladimir"~2</c>, and with no slop <c>"kebakaran di hutan"</c> on the stemmed field, whose stopword leaves
    /// a place any word may fill, matches "terbakar wilayah hutan", not "kebakaran hutan"). A word is marked when some
    /// such occurrence holds it: when a window of the slop's width over those differences holds one of every term, its
    /// own among them.
    /// </summary>
    private static void AddPositionedPhraseMatches(List<WordMatch> matches, List<AnalyzedToken> tokens, HighlightPhrase phrase, IReadOnlyList<int> offsets, Dictionary<TextRange, string> stemAt)
    {
        var n = phrase.Terms.Count;
        var points = new List<(int Shift, int Term, AnalyzedToken Token)>();
        foreach (var token in tokens)
        {
            for (var k = 0; k < n; k++)
            {
                if (token.Term == phrase.Terms[k])
                {
                    points.Add((token.Position - offsets[k], k, token));
                }
            }
        }

        points.Sort((a, b) => a.Shift.CompareTo(b.Shift));
        var inWindow = new int[n];
        var held = 0;
        // A word the phrase repeats ("banjir banjir"~3) needs two words of the text: one word may not stand for both.
        var words = new Dictionary<TextRange, int>();
        var end = 0;
        var markedTo = 0;
        for (var start = 0; start < points.Count; start++)
        {
            while (end < points.Count && points[end].Shift - points[start].Shift <= phrase.Slop)
            {
                held += inWindow[points[end].Term]++ == 0 ? 1 : 0;
                words[points[end].Token.Range] = words.GetValueOrDefault(points[end].Token.Range) + 1;
                end++;
            }

            if (held == n && words.Count >= n)
            {
                for (var k = Math.Max(start, markedTo); k < end; k++)
                {
                    var token = points[k].Token;
                    matches.Add(new WordMatch(token.Range, token.Term, stemAt.GetValueOrDefault(token.Range)));
                }

                markedTo = end;
            }

            held -= --inWindow[points[start].Term] == 0 ? 1 : 0;
            if (--words[points[start].Token.Range] == 0)
            {
                words.Remove(points[start].Token.Range);
            }
        }
    }
}
