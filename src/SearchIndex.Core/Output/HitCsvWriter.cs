using System.Globalization;
using System.Text;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Output;

/// <summary>
/// Writes search results as CSV (RFC 4180 quoting, UTF-8, <c>\n</c> line ends), one header line, then one row per hit:
/// the table a researcher opens in a spreadsheet or reads with pandas, where the JSON's nested ranges and objects would
/// need a script first. With <c>--count-by</c> one row per group instead. A batch shares the one header; a query's own
/// text and line are in every row. Specified in docs/cli/search.md ("CSV").
/// </summary>
/// <remarks>
/// What CSV cannot hold is left to JSON: a query with no hits has no row (JSON's summary has its total and "did you
/// mean"), and <c>--context</c> and <c>--explain</c> are refused with CSV (<see cref="SearchJob.Validate"/>). Text is
/// written as indexed, but for control characters (<see cref="PrintableRenderer"/>); marks only with an explicit
/// <c>--highlight</c>. A cell opening with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is not altered: it is the article's
/// text, and a spreadsheet that would run it as a formula should import the file as text.
/// </remarks>
/// <param name="counts">The rows are <c>--count-by</c> groups (<see cref="CountColumns"/>), not hits.</param>
public sealed class HitCsvWriter(TextWriter output, IHighlightRenderer renderer, bool counts) : IResultWriter
{
    /// <summary>The hit columns, in order.</summary>
    public static readonly IReadOnlyList<string> HitColumns =
    [
        "query", "line", "rank", "score", "total", "article", "paragraph", "paragraphs", "date", "date_from", "outlet", "source",
        "author", "place", "url", "title", "matched", "similar", "snippet", "text",
    ];

    /// <summary>The <c>--count-by</c> columns, in order.</summary>
    public static readonly IReadOnlyList<string> CountColumns = ["query", "line", "by", "key", "paragraphs", "articles"];

    private bool _headerWritten;

    public void Write(SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new StringBuilder(Header());

        var line = result.Line?.ToString(CultureInfo.InvariantCulture) ?? "";
        foreach (var count in result.Counts ?? [])
        {
            AppendRow(rows, [Printable(result.Query), line, result.CountBy.Name(), Printable(count.Key), Number(count.Paragraphs), Number(count.Articles)]);
        }

        foreach (var hit in result.Hits)
        {
            AppendRow(rows,
            [
                Printable(result.Query), line, Number(hit.Rank), hit.Score.ToString(CultureInfo.InvariantCulture), Number(result.Total),
                Printable(hit.Article), Number(hit.Paragraph), Number(hit.Paragraphs), hit.Date ?? "", hit.DateFrom ?? "", Printable(hit.Outlet),
                Printable(hit.Source), Printable(hit.Author), Printable(hit.Place), Printable(hit.Url), renderer.Render(new Highlight(hit.Title, hit.TitleMatches)),
                Matched(hit.Text), SimilarIds(hit.Similar), renderer.Render(hit.Snippet), renderer.Render(hit.Text),
            ]);
            HitTextWriter.WriteLarge(output, rows);
        }

        output.Write(rows.ToString());
    }

    /// <summary>Nothing on stdout: the CLI has written the error line on stderr, and a row of another shape would break the table.</summary>
    public void WriteError(string query, int? line, string message)
    {
    }

    /// <summary>The header alone when no query ran (a batch of syntax errors): a table with no rows, not an empty file.</summary>
    public void Finish() => output.Write(Header());

    /// <summary>The header line the first time, then nothing.</summary>
    private string Header()
    {
        if (_headerWritten)
        {
            return "";
        }

        _headerWritten = true;
        var header = new StringBuilder();
        AppendRow(header, counts ? CountColumns : HitColumns);
        return header.ToString();
    }

    /// <summary>
    /// The distinct words of <paramref name="text"/> that matched, as written, in order of first appearance, joined
    /// by <c>; </c>: which forms of a root a paragraph used (<c>banjir; kebanjiran</c>), without the ranges.
    /// </summary>
    internal static string Matched(Highlight text)
    {
        var words = text.Matches.Select(m => PrintableRenderer.Printable(text.Text[m.Start..m.End]))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return string.Join("; ", words);
    }

    /// <summary>The paragraphs folded into a hit as <c>article#paragraph</c> (the form eval's qrels take), joined by <c>; </c>.</summary>
    internal static string SimilarIds(IReadOnlyList<SimilarParagraph> similar) =>
        string.Join("; ", similar.Select(s => PrintableRenderer.Printable($"{s.Article}#{s.Paragraph.ToString(CultureInfo.InvariantCulture)}")));

    /// <summary>A field quoted when it holds a comma, a quote, a line end, or space at either end; quotes doubled.</summary>
    internal static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A name or id as the other cells' text is written: control characters as U+FFFD, a tab as a space (the title,
    /// snippet and text through the renderer, the <c>similar</c> ids here too). An article id is a file's path, which
    /// may hold a line end or a tab, and a query given as arguments may hold anything; unnamed, a cell broke a
    /// spreadsheet's rows while the same id in <c>similar</c> did not.
    /// </summary>
    private static string Printable(string? value) => value is null ? "" : PrintableRenderer.Printable(value);

    private static void AppendRow(StringBuilder rows, IEnumerable<string> fields) =>
        rows.AppendJoin(',', fields.Select(Field)).Append('\n');
}
