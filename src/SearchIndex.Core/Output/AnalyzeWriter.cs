using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Output;

/// <summary>
/// Output of the <c>analyze</c> command: each token of a text with the terms the index makes of it, or one root per
/// word for evaluation scripts.
/// </summary>
public static class AnalyzeWriter
{
    /// <summary>
    /// Writes every token of <paramref name="text"/>. Text: an aligned table (position, offsets, surface, stemmed
    /// term, surface term, rule). JSON Lines: one object per token, <c>{"word", "position", "start", "end",
    /// "terms", "stem", "surface", "path"}</c>, where <c>terms</c> lists the distinct indexed terms (stem first;
    /// a stopword has only its surface term) and offsets are half-open UTF-16 units. With <paramref name="asTitle"/>
    /// the stemmed terms are the title field's (<see cref="AnalysisChain.Explain"/>).
    /// </summary>
    public static void WriteTokens(TextWriter output, string text, bool json, bool asTitle = false)
    {
        var tokens = AnalysisChain.ExplainEach(text, asTitle);
        if (json)
        {
            foreach (var token in tokens)
            {
                output.WriteLine(TokenJson(token));
            }

            return;
        }

        output.WriteLine($"{"pos",4}  {"offsets",-11}  {"word",-20}  {"stem",-16}  {"surface",-20}  path");
        foreach (var t in tokens)
        {
            output.WriteLine($"{t.Position,4}  {$"{t.StartOffset}-{t.EndOffset}",-11}  {t.Surface,-20}  {t.StemmedTerm ?? "(stopword)",-16}  {t.SurfaceTerm,-20}  {t.Path}");
        }
    }

    /// <summary>
    /// Reads one word per line and writes one line per input line, so output line N answers input line N: the root
    /// the stemmer gives, stopword or not (a line's first tab-separated field is the word, so a gold file can be fed
    /// as is). Text: <c>word&lt;TAB&gt;root</c>, and an empty line for a line without a word (blank, or punctuation alone). JSON Lines:
    /// <c>{"line", "word", "root", "path"}</c>, <c>line</c> 1-based, <c>root</c> and <c>path</c> null for a line
    /// without a word. With <paramref name="flushEachLine"/> each answer is flushed as it is written, for a script
    /// that feeds a word and waits for its root.
    /// </summary>
    public static void WriteWordRoots(IEnumerable<string> words, TextWriter output, bool json = false, bool flushEachLine = false)
    {
        ArgumentNullException.ThrowIfNull(words);
        var stemmer = new IndonesianStemmer(IndonesianLexicon.Default);
        var number = 0;
        foreach (var line in words)
        {
            number++;
            // A byte-order mark opening the line (word lists saved with one and concatenated) is no part of the word.
            var word = line.Split('\t', 2)[0].Trim().TrimStart('\uFEFF');
            // Stemmed as the index reads it: normalized (a zero-width space goes), without the punctuation around it,
            // read without its apostrophes (Jum'at as jumat, Indonesia's as indonesia) and its accents folded, as the
            // analysis chain does before its root filter; the word column keeps what was given, for joining.
            var read = TrimPunctuation(TextNormalizer.Normalize(word));
            var stem = read.Length > 0 ? stemmer.Stem(AccentFolding.Fold(ApostropheFilter.Read(read))) : null;
            if (json)
            {
                output.WriteLine(WordRootJson(number, word, stem));
            }
            else
            {
                output.WriteLine(stem is null ? "" : $"{word}\t{stem.Root}");
            }

            if (flushEachLine)
            {
                output.Flush();
            }
        }
    }

    // The tokenizer drops punctuation around a word, so a word list cut from text at spaces ("menangkap,",
    // "(pemerintah).") is read as the index reads it, not answered with a root no term of the index holds. '%' stays:
    // the index reads it as a word (persen), not as punctuation.
    private static string TrimPunctuation(string word)
    {
        static bool Drop(char c) => char.IsPunctuation(c) && c != '%';
        var start = 0;
        var end = word.Length;
        while (start < end && Drop(word[start]))
        {
            start++;
        }

        while (end > start && Drop(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }

    private static string WordRootJson(int line, string word, StemResult? stem) => JsonText.Serialize(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("line", line);
        json.WriteString("word", word);
        json.WriteStringOrNull("root", stem?.Root);
        json.WriteStringOrNull("path", stem?.Path);
        json.WriteEndObject();
    });

    private static string TokenJson(ExplainedToken token) => JsonText.Serialize(json =>
    {
        json.WriteStartObject();
        json.WriteString("word", token.Surface);
        json.WriteNumber("position", token.Position);
        json.WriteNumber("start", token.StartOffset);
        json.WriteNumber("end", token.EndOffset);
        json.WriteStartArray("terms");
        if (token.StemmedTerm is { } stem)
        {
            json.WriteStringValue(stem);
        }

        if (token.StemmedTerm != token.SurfaceTerm)
        {
            json.WriteStringValue(token.SurfaceTerm);
        }

        json.WriteEndArray();
        json.WriteStringOrNull("stem", token.StemmedTerm);

        json.WriteString("surface", token.SurfaceTerm);
        json.WriteString("path", token.Path);
        json.WriteEndObject();
    });
}
