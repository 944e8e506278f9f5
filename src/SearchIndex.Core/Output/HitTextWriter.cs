using System.Globalization;
using System.Text;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Output;

/// <summary>
/// Results for people: per hit a header line (rank, score, article, ¶ordinal, date, source), the title, the snippet
/// with its matches rendered, and any context paragraphs (unmarked, indented with <c>|</c>), where the paragraphs folded
/// into it are (<c>≈ also</c>); per query a count line.
/// </summary>
public sealed class HitTextWriter(TextWriter output, IHighlightRenderer renderer, bool showQueryHeader) : IResultWriter
{
    private const string Indent = "    ";

    /// <summary>Folded paragraphs named on a hit's "≈ also" line; the rest are counted.</summary>
    private const int SimilarShown = 3;

    public void Write(SearchResult result)
    {
        var block = new StringBuilder();
        if (showQueryHeader)
        {
            block.Append(QueryHeader(renderer, result.Query, result.Line));
        }

        foreach (var hit in result.Hits)
        {
            AppendHit(block, hit, result.ByDate);
            WriteLarge(output, block);
        }

        if (result.Counts is { Count: > 0 } counts)
        {
            AppendCounts(block, result.CountBy, counts);
        }

        block.Append(CountLine(result)).Append('\n');
        if (showQueryHeader)
        {
            block.Append('\n');
        }

        output.Write(block.ToString());
    }

    public void WriteError(string query, int? line, string message) => output.Write(ErrorBlock(renderer, query, line, message));

    /// <summary>About how many characters of a query's output are held before they are written.</summary>
    internal const int PieceChars = 64 * 1024;

    /// <summary>
    /// Writes and empties <paramref name="block"/> once it holds <see cref="PieceChars"/>: a query's output is one write,
    /// but that of a page of a million hits is written as its hits are made, not held whole (text, KWIC, CSV).
    /// </summary>
    internal static void WriteLarge(TextWriter output, StringBuilder block)
    {
        if (block.Length >= PieceChars)
        {
            output.Write(block.ToString());
            block.Clear();
        }
    }

    /// <summary><c>60 matching paragraphs in 23 articles, showing 1-3</c>: a query's last line (text and KWIC).</summary>
    internal static string CountLine(SearchResult result)
    {
        var shown = result.Hits.Count == 0 ? "" : $", showing {result.FirstRank}-{result.LastRank}";
        var ofArticles = !result.ArticlesCounted ? "" : $" in {result.CountedArticles} article{(result.CountedArticles == 1 ? "" : "s")}";
        return string.Create(CultureInfo.InvariantCulture, $"{result.Total} matching paragraph{(result.Total == 1 ? "" : "s")}{ofArticles}{shown}");
    }

    /// <summary>A batch query's error in place of its hits (text and KWIC).</summary>
    internal static string ErrorBlock(IHighlightRenderer renderer, string query, int? line, string message) =>
        $"{QueryHeader(renderer, query, line)}error: {renderer.Plain(message)}\n\n";

    /// <summary><c>## query (line 3)</c>: what opens a batch query's block (text and KWIC).</summary>
    internal static string QueryHeader(IHighlightRenderer renderer, string query, int? line) => $"## {renderer.Plain(query)} (line {line})\n";

    public void Finish()
    {
        // Text has no document to close; the caller flushes (IResultWriter.Finish).
    }

    /// <summary>A score to three decimals, or to three significant digits below 0.001 (not "0" for a hit that matched).</summary>
    internal static string Shown(float score) => score is > 0f and < 0.001f
        ? double.Parse(score.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString("0.##########", CultureInfo.InvariantCulture)
        : score.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>≈ also clickid-kompas-00050.txt ¶3, idsum-01234.txt ¶2</c>: where the paragraphs folded into a hit are, the
    /// first <see cref="SimilarShown"/> of them, then how many more.
    /// </summary>
    internal static string AlsoIn(IReadOnlyList<SimilarParagraph> similar)
    {
        var named = string.Join(", ", similar.Take(SimilarShown).Select(s => $"{s.Article} ¶{s.Paragraph}"));
        var more = similar.Count > SimilarShown ? $" and {similar.Count - SimilarShown} more" : "";
        return $"≈ also {named}{more}";
    }

    /// <summary>One line per group under a header, the numbers right-aligned: <c>2019-09   1234   345</c>.</summary>
    private void AppendCounts(StringBuilder block, CountBy by, IReadOnlyList<CountBucket> counts)
    {
        var none = by == CountBy.Source ? "(no outlet)" : "(undated)";
        var keys = counts.Select(c => renderer.Plain(c.Key ?? none)).ToList();
        // Padded by terminal columns, not UTF-16 units: an outlet named in CJK letters takes two columns a letter.
        var width = keys.Append(by.Name()).Max(TerminalColumns.Of);
        block.Append(CultureInfo.InvariantCulture, $"{TerminalColumns.PadRight(by.Name(), width)}  {"paragraphs",10}  {"articles",8}\n");
        for (var i = 0; i < counts.Count; i++)
        {
            block.Append(CultureInfo.InvariantCulture, $"{TerminalColumns.PadRight(keys[i], width)}  {counts[i].Paragraphs,10}  {counts[i].Articles,8}\n");
        }
    }


    /// <summary>
    /// A context paragraph, unmarked, as the hit's own text is printed: a line break in it (a JSONL paragraph's
    /// "mengungsi\nke") is a space between words, not the U+FFFD that <see cref="IHighlightRenderer.Plain"/> prints
    /// for one in a name or an id.
    /// </summary>
    private string Paragraph(string text) => renderer.Render(Highlight.Plain(text));

    /// <param name="byDate">The list is by date: an undated hit says so where the date stands, or the hits listed after
    /// the last dated one looked like any other, their dates left out by the output rather than unknown.</param>
    private void AppendHit(StringBuilder block, SearchHit hit, bool byDate)
    {
        var date = hit.Date ?? (byDate ? "undated" : null);
        var meta = string.Join("  ", new[] { date, hit.Source }.Where(v => !string.IsNullOrEmpty(v)));
        block.Append(CultureInfo.InvariantCulture, $"{hit.Rank}. {Shown(hit.Score)}  {renderer.Plain(hit.Article)} ¶{hit.Paragraph}");
        block.Append(meta.Length > 0 ? "  " + renderer.Plain(meta) : "").Append('\n');
        block.Append(Indent).Append(renderer.Render(new Highlight(hit.Title, hit.TitleMatches))).Append('\n');
        foreach (var before in hit.Before)
        {
            block.Append(Indent).Append("| ").Append(Paragraph(before.Text)).Append('\n');
        }

        if (hit.Before.Count > 0 || hit.Snippet.Text != hit.Title)
        {
            // A headline-only article, or a JSONL record titled by its first paragraph, would print the same line twice.
            block.Append(Indent).Append(renderer.Render(hit.Snippet)).Append('\n');
        }

        foreach (var after in hit.After)
        {
            block.Append(Indent).Append("| ").Append(Paragraph(after.Text)).Append('\n');
        }

        if (hit.Similar.Count > 0)
        {
            block.Append(Indent).Append(renderer.Plain(AlsoIn(hit.Similar))).Append('\n');
        }

        if (hit.Explanation is { } explanation)
        {
            foreach (var line in explanation.Scoring)
            {
                block.Append(Indent).Append("= ").Append(renderer.Plain(line)).Append('\n');
            }

            foreach (var stem in explanation.StemMatches)
            {
                var how = stem.StandsIn ? $"'{stem.Stem}' standing in for it" : $"stem '{stem.Stem}'";
                block.Append(Indent).Append(renderer.Plain($"~ {stem.Word} matched by {how} as: {string.Join(", ", stem.Forms)}")).Append('\n');
            }
        }

        block.Append('\n');
    }
}
