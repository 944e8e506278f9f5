using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Output;

/// <summary>
/// Keyword in context, as a concordancer (AntConc) prints it: one line per match in each hit paragraph, the match in a
/// column of its own between <see cref="ContextChars"/> characters of the text before and after it, then where it is
/// (<c>clickid-kompas-00050.txt ¶3</c>, and the date); per query the count line of <see cref="HitTextWriter"/>. Matches
/// that only a space or a hyphen parts (a phrase's words, <c>kabut-asap</c>) are one match; across a comma or a full
/// stop they are two uses of the word, each a line ("banjir, banjir; banjir" was one line, as AntConc never prints).
/// </summary>
public sealed partial class HitKwicWriter(TextWriter output, IHighlightRenderer renderer, bool showQueryHeader) : IResultWriter
{
    /// <summary>Characters of context on each side of a match, in terminal columns (<see cref="TerminalColumns"/>).</summary>
    public const int ContextChars = 40;

    /// <summary>Characters of text read on each side of a match to fill <see cref="ContextChars"/> once white space is run together.</summary>
    private const int Window = 4 * ContextChars;

    /// <summary>Matches longer than this are not padded to: one long phrase would push every other line's right context far out.</summary>
    private const int MaxAlignedKey = 30;

    public void Write(SearchResult result)
    {
        var block = new StringBuilder();
        if (showQueryHeader)
        {
            block.Append(HitTextWriter.QueryHeader(renderer, result.Query, result.Line));
        }

        IEnumerable<(SearchHit Hit, List<TextRange> Key, int Width)> Lines() =>
            result.Hits.SelectMany(hit => Keys(hit.Text).Select(key => (Hit: hit, Key: key, Width: Width(hit, key))));

        // The right context starts in one column too, after the longest match as marked (up to a limit a pasted phrase
        // may pass): a key of two marked words has two pairs of marks, which take columns as its letters do. A page made
        // as it is read (over IndexSearchSession.StreamedFrom hits) is read twice, once for that width, rather than held.
        var kept = result.Hits.Count > IndexSearchSession.StreamedFrom ? null : Lines().ToList();
        var keyWidth = (kept ?? Lines()).Where(k => k.Key[^1].End - k.Key[0].Start <= MaxAlignedKey).Select(k => k.Width).DefaultIfEmpty(0).Max();
        var count = 0;
        foreach (var (hit, key, width) in kept ?? Lines())
        {
            AppendLine(block, hit, key, keyWidth - width);
            HitTextWriter.WriteLarge(output, block);
            count++;
        }

        var matches = result.Hits.Count == 0 ? "" : $": {count} match{(count == 1 ? "" : "es")}";
        block.Append(HitTextWriter.CountLine(result)).Append(matches).Append('\n');
        if (showQueryHeader)
        {
            block.Append('\n');
        }

        output.Write(block.ToString());
    }

    public void WriteError(string query, int? line, string message) => output.Write(HitTextWriter.ErrorBlock(renderer, query, line, message));

    public void Finish()
    {
        // Like text, nothing to close; the caller flushes (IResultWriter.Finish).
    }

    /// <summary>The paragraph's matches, those parted by white space or hyphens only joined: each is a range of the matches it holds.</summary>
    internal static List<List<TextRange>> Keys(Highlight text)
    {
        var keys = new List<List<TextRange>>();
        foreach (var match in text.Matches)
        {
            if (keys.Count > 0 && keys[^1][^1] is var last && !text.Text.AsSpan(last.End, match.Start - last.End).ContainsAnyExcept(Separators))
            {
                keys[^1].Add(match);
            }
            else
            {
                keys.Add([match]);
            }
        }

        return keys;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \t\u00a0-");

    /// <summary>
    /// Columns the key takes as marked: its text's, and its marks' where they show (<c>[[</c> <c>]]</c>, 4 a match;
    /// ANSI codes and HTML tags, none).
    /// </summary>
    private int Width(SearchHit hit, List<TextRange> key) =>
        TerminalColumns.Of(hit.Text.Text[key[0].Start..key[^1].End]) + key.Count * MarkColumns;

    private int? _markColumns;

    /// <summary>The columns one match's marks take as the renderer draws them, measured once.</summary>
    private int MarkColumns => _markColumns ??= TerminalColumns.Of(Hidden().Replace(renderer.Render(new Highlight("x", [new TextRange(0, 1)])), "")) - 1;

    private void AppendLine(StringBuilder block, SearchHit hit, List<TextRange> key, int padding)
    {
        var text = hit.Text.Text;
        var (start, end) = (key[0].Start, key[^1].End);
        // A window of the text around the match, not all of it: a paragraph of megabytes has thousands of matches. Its
        // edges widen to whole characters: once a run of white space is one space, an edge may fall within the columns
        // shown, and one inside an emoji had printed half of it (U+FFFD).
        var from = CharacterAt(text, Math.Max(0, start - Window)).Start;
        var to = Math.Min(text.Length, end + Window) is var edge && CharacterAt(text, edge) is var element && element.Start < edge ? element.End : edge;
        var left = TerminalColumns.PadLeft(Tail(OneLine(text[from..start]), ContextChars), ContextChars);
        var right = TerminalColumns.PadRight(Head(OneLine(text[end..to]), ContextChars), ContextChars);
        var marked = renderer.Render(new Highlight(text[start..end], key.ConvertAll(r => new TextRange(r.Start - start, r.End - start))));
        var date = hit.Date is null ? "" : $"  {hit.Date}";
        block.Append(CultureInfo.InvariantCulture, $"{renderer.Plain(left)}  {marked}{new string(' ', Math.Max(0, padding))}  {renderer.Plain(right)}  {renderer.Plain(hit.Article)} ¶{hit.Paragraph}{date}\n");
    }

    /// <summary>UTF-16 units segmented on each side of a context edge to find the character holding it.</summary>
    private const int CharacterReach = 32;

    /// <summary>
    /// The text element (<see cref="TextElements"/>) holding <paramref name="index"/>, segmented within
    /// <see cref="CharacterReach"/> of it: segmenting from the last pair of ASCII characters before it walked a paragraph
    /// without any (Chinese, Thai) from its start for every match. A cluster longer than that, a letter under dozens of
    /// marks, may then be cut.
    /// </summary>
    private static TextRange CharacterAt(string text, int index)
    {
        var from = Math.Max(0, index - CharacterReach);
        var element = TextElements.At(text[from..Math.Min(text.Length, index + CharacterReach)], index - from);
        return new TextRange(from + element.Start, from + element.End);
    }

    /// <summary>Runs of white space (a tab, a line break inside a JSONL paragraph) as one space, so each match is one line.</summary>
    private static string OneLine(string text) => Whitespace().Replace(text, " ");

    /// <summary>
    /// The end of <paramref name="text"/> that takes at most <paramref name="columns"/> terminal columns, in whole
    /// characters (a wide one takes two columns, a combining mark none: <see cref="TerminalColumns"/>).
    /// </summary>
    private static string Tail(string text, int columns)
    {
        var (at, width) = (text.Length, 0);
        foreach (var (start, length) in TerminalColumns.Elements(text).Reverse())
        {
            width += TerminalColumns.Of(text.AsSpan(start, length));
            if (width > columns)
            {
                break;
            }

            at = start;
        }

        return text[at..];
    }

    /// <summary>The start of <paramref name="text"/> that takes at most <paramref name="columns"/> terminal columns, in whole characters.</summary>
    private static string Head(string text, int columns)
    {
        var (at, width) = (0, 0);
        foreach (var (start, length) in TerminalColumns.Elements(text))
        {
            width += TerminalColumns.Of(text.AsSpan(start, length));
            if (width > columns)
            {
                break;
            }

            at = start + length;
        }

        return text[..at];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>What a mark holds that takes no column: an ANSI escape code, an HTML tag.</summary>
    [GeneratedRegex("\u001b\\[[0-9;]*m|<[^>]*>")]
    private static partial Regex Hidden();
}
