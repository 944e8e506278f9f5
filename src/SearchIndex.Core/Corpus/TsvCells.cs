using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// The cells of one line of tab-separated text as spreadsheets export it: a cell that starts with <c>"</c> is quoted,
/// runs to the next lone <c>"</c>, may hold tabs, and writes <c>"</c> as <c>""</c> (LibreOffice and Excel quote a
/// cell so when it holds a tab or a quote, or always if asked). A quote that never closes is kept as text.
/// </summary>
internal static class TsvCells
{
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var start = 0;
        while (true)
        {
            var quote = start + (line.Length - start - line.AsSpan(start).TrimStart(' ').Length);
            var tab = line.IndexOf('\t', start);
            var (cell, end) = quote < line.Length && line[quote] == '"' && Quoted(line, quote) is { } quoted
                ? quoted
                : (line[start..(tab >= 0 ? tab : line.Length)], tab >= 0 ? tab : line.Length);
            cells.Add(cell);
            if (end >= line.Length)
            {
                return [.. cells];
            }

            start = end + 1;
        }
    }

    /// <summary>The quoted cell opening at <paramref name="quote"/> and where it ends (a tab or the line's end), or null if it never closes.</summary>
    private static (string Cell, int End)? Quoted(string line, int quote)
    {
        var text = new StringBuilder();
        for (var i = quote + 1; i < line.Length; i++)
        {
            if (line[i] != '"')
            {
                text.Append(line[i]);
            }
            else if (i + 1 < line.Length && line[i + 1] == '"')
            {
                text.Append('"');
                i++;
            }
            else
            {
                // Closed: anything up to the tab (which no spreadsheet writes) is kept as written.
                var tab = line.IndexOf('\t', i + 1);
                var end = tab >= 0 ? tab : line.Length;
                return (text.Append(line, i + 1, end - i - 1).ToString(), end);
            }
        }

        return null;
    }
}
