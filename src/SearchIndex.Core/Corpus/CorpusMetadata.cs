using System.Text;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// The metadata a corpus folder gives its articles in a table beside them, <c>metadata.tsv</c>: archives of scraped
/// text files often come with a spreadsheet of outlet, URL and date per file, and the text itself names the outlet
/// of few of them (of the shared corpus's 25,369 articles, 2,702). A row's values replace what the article's own
/// text or record gives, since the table is what the user chose to state.
/// </summary>
public sealed class CorpusMetadata
{
    /// <summary>The table's name in a corpus folder.</summary>
    public const string FileName = "metadata.tsv";

    /// <summary>The columns that name the article, first found wins; the others a row may give, by header name.</summary>
    private static readonly string[] KeyColumns = ["file", "id"];

    /// <summary>Every column the table is read by (<see cref="KeyColumns"/> and <see cref="MetadataColumns"/>'s).</summary>
    private static readonly string[] ReadColumns = [.. KeyColumns, .. MetadataColumns.Names];

    private readonly Dictionary<string, MetadataRow> _rows;

    private CorpusMetadata(Dictionary<string, MetadataRow> rows, List<CorpusFileError> errors)
    {
        _rows = rows;
        Errors = errors;
    }

    /// <summary>
    /// The table's problems, each naming its line: rows skipped, rows read without a value (a date in no known form;
    /// the rest of the row is used), and a table none of whose rows names an article of the folder.
    /// </summary>
    public IReadOnlyList<CorpusFileError> Errors { get; }

    /// <summary>The rows kept: those of the folder's articles.</summary>
    public int Count => _rows.Count;

    /// <summary>The row of the article whose id within this folder is <paramref name="key"/>, or null.</summary>
    public MetadataRow? Row(string key) => _rows.GetValueOrDefault(key);

    /// <summary>
    /// The table of corpus folder <paramref name="folder"/>, or null when it has none. Only the rows naming one of
    /// <paramref name="articleFiles"/> (ids within the folder) are kept and checked: a table may describe a larger
    /// archive, whose other rows must cost neither memory nor an error the user cannot fix by editing this folder.
    /// </summary>
    /// <exception cref="SearchIndexException">The table cannot be read, is not UTF-8, or has no column naming the articles.</exception>
    public static CorpusMetadata? Load(string folder, string displayFolder, IReadOnlySet<string> articleFiles)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var display = Path.Combine(displayFolder, FileName);
        return Parse(display, ReadLines(path, display), articleFiles);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The table's lines, read as they are parsed: a manifest of a whole archive (a million rows, 189 MB) held whole
    /// took 630 MB. UTF-8, or UTF-16 by its byte-order mark; a line ends at LF, CRLF or CR only (<see cref="TextReader.ReadLine"/>:
    /// .NET's string splitting also ends one at U+0085, U+2028, U+2029 and form feed, which scraped values hold, and a
    /// row cut there lost its cells after it without a word).
    /// </summary>
    private static IEnumerable<string> ReadLines(string path, string display)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), StrictUtf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(display, null, $"cannot read: {CorpusReader.Reason(e, path)}");
        }

        using (reader)
        {
            for (var lineNumber = 1; ; lineNumber++)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (DecoderFallbackException)
                {
                    // No line: the reader decodes a block ahead, so the line being read is not where the bytes are.
                    throw Refused(display, null, $"not valid UTF-8; save it as UTF-8 (e.g. iconv -f {TextDecoding.LegacyEncoding} -t UTF-8)");
                }
                catch (IOException e)
                {
                    throw Refused(display, null, $"cannot read past line {lineNumber - 1}: {CorpusReader.Reason(e)}");
                }

                if (line is null)
                {
                    yield break;
                }

                if (line.Contains('\0', StringComparison.Ordinal))
                {
                    throw Refused(display, lineNumber, "NUL bytes: it looks like UTF-16 without a byte-order mark, or binary; save it as UTF-8");
                }

                yield return line;
            }
        }
    }

    /// <summary>
    /// Reads the table's text: a header line of column names, then one row per article; of the rows, those naming one
    /// of <paramref name="articleFiles"/> (all when null).
    /// </summary>
    /// <exception cref="SearchIndexException">The header names no <c>file</c> (or <c>id</c>) column.</exception>
    internal static CorpusMetadata Parse(string display, string text, IReadOnlySet<string>? articleFiles = null) =>
        Parse(display, LinesOf(new StringReader(text)), articleFiles);

    private static IEnumerable<string> LinesOf(StringReader text)
    {
        for (var line = text.ReadLine(); line is not null; line = text.ReadLine())
        {
            yield return line;
        }
    }

    private static CorpusMetadata Parse(string display, IEnumerable<string> text, IReadOnlySet<string>? articleFiles)
    {
        using var lines = text.GetEnumerator();
        if (!lines.MoveNext())
        {
            throw Refused(display, null, "empty file");
        }

        var header = TsvCells.Split(lines.Current).Select(name => name.Trim().ToLowerInvariant()).ToList();
        var key = KeyColumns.Select(name => header.IndexOf(name)).FirstOrDefault(i => i >= 0, -1);
        if (key < 0)
        {
            throw Refused(display, 1,
                $"no 'file' column: the first line names the columns, tab-separated, one of them 'file' (each article's path in this folder, as a.txt or 2019-10/a.txt); found {string.Join(", ", header.Where(h => h.Length > 0).Select(h => $"'{TextElements.Shortened(h, 30)}'").DefaultIfEmpty("none"))}");
        }

        var columns = new MetadataColumns(header);
        var rows = new Dictionary<string, MetadataRow>(StringComparer.Ordinal);
        var errors = new List<CorpusFileError>();
        foreach (var name in ReadColumns)
        {
            // Any case is one name ("Source", "source", as two joined exports give them): the first is read.
            var places = header.Select((h, i) => (h, i)).Where(c => c.h == name).Select(c => c.i + 1).ToList();
            if (places.Count > 1)
            {
                errors.Add(RowError(display, 1,
                    $"the column '{name}' is named {(places.Count == 2 ? "twice" : $"{places.Count} times")} (columns {string.Join(", ", places[..^1])} and {places[^1]}); the first is read and the {(places.Count == 2 ? "other" : "others")} ignored: rename or delete {(places.Count == 2 ? "one" : "all but one")}"));
            }
        }

        var lineNumber = 1;
        var (matched, unmatched) = (0, 0);
        string? firstUnmatched = null;
        while (lines.MoveNext())
        {
            lineNumber++;
            var cells = TsvCells.Split(lines.Current);
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var id = ArticleKey(Cell(cells, key));
            if (id is null)
            {
                errors.Add(RowError(display, lineNumber, "no file named in the 'file' column; row skipped"));
                continue;
            }

            if (articleFiles is not null && !NamesOneOf(id, articleFiles))
            {
                (unmatched, firstUnmatched) = (unmatched + 1, firstUnmatched ?? id);
                continue; // a file this folder does not hold
            }

            matched++;

            if (articleFiles is not null && articleFiles.Contains(id) && id.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                // A feed's articles are its records: a row naming the feed alone would describe none of them.
                errors.Add(RowError(display, lineNumber,
                    $"'{TextElements.Shortened(id, 60)}' is a JSONL feed, whose articles are its records: name one as '{TextElements.Shortened(id, 60)}#ID', ID its \"id\"; row skipped"));
                continue;
            }

            if (cells.Skip(header.Count).Any(cell => !string.IsNullOrWhiteSpace(cell)))
            {
                // Most likely a tab inside a value: every cell after it moved a column, a URL into 'author' and so on.
                errors.Add(RowError(display, lineNumber,
                    $"{cells.Length} cells where the first line names {header.Count} columns (a tab inside a value moves the cells after it); quote that value or name the extra column; row skipped"));
                continue;
            }

            if (rows.TryGetValue(id, out var first))
            {
                errors.Add(RowError(display, lineNumber,
                    $"'{TextElements.Shortened(id, 60)}' has a row already (line {first.Line}); this one is skipped: keep one row per article"));
                continue;
            }

            var (row, problems) = columns.Read(cells, lineNumber);
            rows[id] = row;
            errors.AddRange(problems.Select(p => RowError(display, lineNumber, p)));
        }

        if (matched == 0 && firstUnmatched is not null && articleFiles!.Count > 0)
        {
            errors.Add(NothingMatched(display, unmatched, firstUnmatched, articleFiles));
        }

        return new CorpusMetadata(rows, errors);
    }

    /// <summary>
    /// The error for a table none of whose rows names an article of the folder: its ids are written otherwise than
    /// searchindex's (<c>id-news/a.txt</c> for <c>a.txt</c>, a case or an extension apart), so every row is
    /// useless, where rows naming no article are otherwise fine (one table may describe a larger archive).
    /// </summary>
    private static CorpusFileError NothingMatched(string display, int rows, string first, IReadOnlySet<string> articleFiles) =>
        RowError(display, null,
            $"{(rows == 1 ? "its one row names no article" : $"none of its {rows} rows names an article")} of this folder ('{TextElements.Shortened(first, 60)}' is none); the 'file' column gives each article's path within the folder, as '{ExampleKey(articleFiles)}'");

    /// <summary>
    /// An id a row could give: a text file's path, or else a JSONL record's, since a row naming the feed alone
    /// (<c>feed.jsonl</c>) describes none of its articles (<c>feed.jsonl#a1</c>).
    /// </summary>
    private static string ExampleKey(IReadOnlySet<string> articleFiles)
    {
        var files = articleFiles.Order(StringComparer.Ordinal).ToList();
        var text = files.FirstOrDefault(f => !f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase));
        return text is not null ? TextElements.Shortened(text, 60) : $"{TextElements.Shortened(files[0], 60)}#ID, ID a record's \"id\"";
    }

    /// <summary>A problem of the table, not of an article: every article is indexed, with its own values where a row failed.</summary>
    internal static CorpusFileError RowError(string display, int? line, string reason) =>
        new(display, line, reason) { Skipped = false, OfMetadataTable = true };

    /// <summary>Whether <paramref name="id"/> is one of <paramref name="files"/>, or a record of one (<c>feed.jsonl#x</c>).</summary>
    private static bool NamesOneOf(string id, IReadOnlySet<string> files)
    {
        for (var end = id.IndexOf('#'); end > 0; end = id.IndexOf('#', end + 1))
        {
            if (files.Contains(id[..end]))
            {
                return true;
            }
        }

        return files.Contains(id);
    }

    /// <summary>A <c>file</c> cell as an article id: trimmed, <c>\</c> as <c>/</c>, a leading <c>./</c> dropped.</summary>
    private static string? ArticleKey(string? cell)
    {
        var key = cell?.Trim().Replace('\\', '/');
        while (key is not null && key.StartsWith("./", StringComparison.Ordinal))
        {
            key = key[2..];
        }

        return string.IsNullOrEmpty(key) ? null : key;
    }

    internal static string? Cell(string[] cells, int column) =>
        column >= 0 && column < cells.Length && cells[column].Trim() is { Length: > 0 } value ? value : null;

    private static SearchIndexException Refused(string display, int? line, string reason) =>
        new(ErrorKind.BadInput,
            $"{display}{(line is { } l ? $":{l}" : "")}: {reason}; nothing was indexed (fix it, or move it out of the corpus folder)");

    /// <summary>Where each field is in the table, by the header's names.</summary>
    private sealed class MetadataColumns(List<string> header)
    {
        /// <summary>The columns read into a row.</summary>
        public static readonly string[] Names = ["source", "url", "author", "place", "title", "published", "date"];

        private readonly int _source = header.IndexOf("source");
        private readonly int _url = header.IndexOf("url");
        private readonly int _author = header.IndexOf("author");
        private readonly int _place = header.IndexOf("place");
        private readonly int _title = header.IndexOf("title");
        private readonly int _date = header.IndexOf("published") is >= 0 and var published ? published : header.IndexOf("date");

        private string DateName => header[_date];

        public (MetadataRow Row, List<string> Problems) Read(string[] cells, int line)
        {
            var problems = new List<string>();
            var source = Cell(cells, _source);
            if (source?.Length > JsonLinesArticle.MaxSourceChars)
            {
                problems.Add($"source is {source.Length} characters long; an outlet's name has at most {JsonLinesArticle.MaxSourceChars} (indexed without it)");
                source = null;
            }

            var dateText = Cell(cells, _date);
            DateOnly? date = null;
            if (dateText is not null)
            {
                date = PublishedDates.Parse(dateText);
                var problem = date is null ? "is not a date; use yyyy-MM-dd"
                    : date > PublishedDates.LatestToday ? "is after today"
                    : date.Value.Year < JsonLinesArticle.EarliestYear ? $"is before {JsonLinesArticle.EarliestYear}, a placeholder for no date"
                    : null;
                if (problem is not null)
                {
                    problems.Add($"{DateName} '{TextElements.Shortened(dateText, 60)}' {problem} (the article keeps the date of its text, if any)");
                    date = null;
                }
            }

            var row = new MetadataRow(line, source, date, Cell(cells, _url), Cell(cells, _author), Cell(cells, _place))
            {
                Title = Cell(cells, _title),
            };
            return (row, problems);
        }
    }
}

/// <summary>One article's row of <c>metadata.tsv</c>: the values it gives (null where blank or unreadable).</summary>
/// <param name="Line">Its 1-based line in the table.</param>
public sealed record MetadataRow(int Line, string? Source, DateOnly? Date, string? Url, string? Author, string? Place)
{
    /// <summary>
    /// The headline, over the one the article gives: a scraper's file may open with a URL slug (<c>ketua mpr mustahil
    /// transportasi …</c>) or with its lead, where the archive's spreadsheet has the real headline.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>The values that reach the index, as one string: a change to any of them re-indexes the article.</summary>
    public string Digest => new StringBuilder()
        .Append(Source).Append('\t').Append(Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        .Append('\t').Append(Url).Append('\t').Append(Author).Append('\t').Append(Place).Append('\t').Append(Title).ToString();

    /// <summary>
    /// <paramref name="article"/> with this row's values in place of its own, and the hash of both
    /// (<see cref="Corpus.ContentHash.WithMetadata"/>).
    /// </summary>
    public Article AppliedTo(Article article) => article with
    {
        ContentHash = Corpus.ContentHash.WithMetadata(article.ContentHash, this),
        Title = Title ?? article.Title,
        Source = Source ?? article.Source,
        Date = Date ?? article.Date,
        DateFrom = Date is null ? article.DateFrom : DateOrigin.Metadata,
        Url = Url ?? article.Url,
        Author = Author ?? article.Author,
        Place = Place ?? article.Place,
    };
}
