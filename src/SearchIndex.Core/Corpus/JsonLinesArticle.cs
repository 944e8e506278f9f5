using System.Text.Json;
using System.Text.RegularExpressions;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Reads one JSONL record as an article. Fields (all optional but one of <c>body</c>/<c>paragraphs</c>):
/// <c>id</c>, <c>title</c>, <c>url</c>, <c>source</c>, <c>author</c>, <c>place</c>, <c>published</c> (or <c>date</c>),
/// <c>body</c> (paragraphs separated by newlines), <c>paragraphs</c> (array of strings), <c>related</c> (array).
/// See docs/corpus-format.md.
/// </summary>
public static partial class JsonLinesArticle
{
    /// <summary>
    /// What to do when a second record follows the first on its line: the error alone named a byte, and each record
    /// after the first was lost without a word. Lone CRs (old Mac line ends) end no line here, so such a file is one line;
    /// the CR of a CRLF line end is no lone one.
    /// </summary>
    private static string RunTogether(string reason, string json) =>
        !reason.StartsWith("'{' is invalid after a single JSON value", StringComparison.Ordinal) ? ""
        : json.AsSpan().TrimEnd('\r').Contains('\r') ? "; its records end with a lone CR (old Mac line ends), which ends no line in a .jsonl file: end each with LF (e.g. tr '\\r' '\\n')"
        : "; two or more records on one line: give each a line of its own";

    /// <summary>Parses <paramref name="json"/>; the article id is <c>file#id</c>, or <c>file#line</c> without an id.</summary>
    /// <exception cref="FormatException">The record is not a JSON object with text; the message says why.</exception>
    public static Article Parse(string fileId, int lineNumber, string json, string contentHash) =>
        Parse(fileId, lineNumber, json, contentHash, out _);

    /// <summary>
    /// Parses <paramref name="json"/> as <see cref="Parse(string, int, string, string)"/>; <paramref name="fieldError"/>
    /// names the fields that could not be read and were left out (a <c>published</c> date in no known form, a
    /// <c>title</c> that is an object), the article being good without them; null when there are none.
    /// </summary>
    /// <param name="rowOf">The <c>metadata.tsv</c> row of an article id, applied to the article: a field it replaces is named so in <paramref name="fieldError"/>.</param>
    /// <exception cref="FormatException">The record is not a JSON object with text; the message says why.</exception>
    public static Article Parse(string fileId, int lineNumber, string json, string contentHash, out string? fieldError,
        Func<string, MetadataRow?>? rowOf = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            // The reader's message names a line and byte of its own (always line 0 here): the byte within the record, counted
            // in UTF-8 as the record is read, is what is left to say.
            var reason = e.Message.Split('.')[0];
            throw new FormatException($"invalid JSON at byte {e.BytePositionInLine + 1} ({reason}){RunTogether(reason, json)}");
        }

        using (document)
        {
            try
            {
                return FromObject(fileId, lineNumber, document.RootElement, contentHash, out fieldError, rowOf);
            }
            catch (InvalidOperationException)
            {
                // A "\ud800" escape is valid JSON syntax but no text: reading the string fails, not parsing it.
                throw new FormatException("invalid JSON string (a \\u escape names half of a surrogate pair)");
            }
        }
    }

    private static Article FromObject(string fileId, int lineNumber, JsonElement root, string contentHash, out string? fieldError,
        Func<string, MetadataRow?>? rowOf)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        var paragraphs = Paragraphs(root);
        if (paragraphs.Count == 0)
        {
            throw new FormatException("no text: give \"body\" (a string) or \"paragraphs\" (an array of strings)");
        }

        var recordId = RecordId(String(root, "id"), lineNumber);
        if (System.Text.Encoding.UTF8.GetByteCount(recordId) is var bytes && bytes > MaxIdBytes)
        {
            // The id is one index term and one doc value, which Lucene caps at 32,766 bytes: longer, the whole run failed.
            throw new FormatException($"id is {bytes} bytes long in UTF-8; an id has at most {MaxIdBytes}");
        }

        var title = String(root, "title");
        var row = rowOf?.Invoke($"{fileId}#{recordId}");
        var (date, fromRecord, dateError, ahead) = PublishedDate(root, paragraphs, title, row?.Date is not null);
        var source = Label(root, "source");
        var sourceError = source?.Length > MaxSourceChars
            ? $"source is {source.Length} characters long; an outlet's name has at most {MaxSourceChars} ({(row?.Source is null ? "indexed without it" : "indexed with metadata.tsv's")})"
            : null;
        var problems = MistypedFields(root).Append(dateError).Append(sourceError).OfType<string>().ToList();
        fieldError = problems.Count == 0 ? null : string.Join("; ", problems);
        var hash = ahead ? ContentHash.DatedAhead(contentHash) : contentHash;
        if (!fromRecord && row?.Date is null && IndonesianDates.FirstDayAhead($"{title}\n{string.Join('\n', paragraphs)}") is { } dayAhead)
        {
            // Dated by its text, as a .txt article is: a day it names after today may date it when that day comes.
            hash = ContentHash.WithDayAhead(hash, dayAhead);
        }

        var article = new Article($"{fileId}#{recordId}", string.IsNullOrWhiteSpace(title) ? paragraphs[0] : title.Trim(), paragraphs, hash)
        {
            Source = sourceError is null ? source : null,
            Author = Label(root, "author"),
            Place = Label(root, "place"),
            Url = Label(root, "url"),
            Date = date,
            DateFrom = fromRecord ? DateOrigin.Published : DateOrigin.Text,
            RelatedLinks = Strings(root, "related"),
        };
        return row is null ? article : row.AppliedTo(article);
    }

    /// <summary>
    /// The date of <c>published</c> (or, without it, <c>date</c>); when absent, null or blank, the first date of the
    /// text. A value in no known form is not guessed at: the text's date is used and the error says so.
    /// </summary>
    /// <param name="rowDated">The article's <c>metadata.tsv</c> row gives its date, which the error then names as what was done.</param>
    /// <returns>Also whether the field's date was refused as after today, which a later run will accept unchanged.</returns>
    private static (DateOnly? Date, bool FromRecord, string? Error, bool Ahead) PublishedDate(JsonElement root, List<string> paragraphs, string? title, bool rowDated)
    {
        var (field, value) = new[] { "published", "date" }.Select(name => (name, Given(root, name))).FirstOrDefault(f => f.Item2 is not null);
        var published = value is null ? null : PublishedDates.Parse(value);
        // A day ahead may be the writer's time zone; further is a typo or a placeholder (2099-01-01), like the text's
        // dates after today, which are ignored too.
        var future = published > PublishedDates.LatestToday;
        // 0001-01-01 (or 1753-01-01) is what many exporters write for "no date": no news archive reaches back so far.
        var placeholder = published?.Year < EarliestYear;
        if (published is not null && !future && !placeholder)
        {
            return (published, true, null, false);
        }

        var fromText = IndonesianDates.FindStoryDate(string.Join('\n', paragraphs), title);
        var fallback = rowDated ? "indexed, dated by metadata.tsv" : fromText is null ? "indexed without a date" : "indexed, dated from its text";
        return value is null
            ? (fromText, false, null, false)
            : (fromText, false, future ? $"{field} '{Shown(value)}' is after today ({fallback})"
                : placeholder ? $"{field} '{Shown(value)}' is before {EarliestYear}, a placeholder for no date ({fallback})"
                : $"{field} '{Shown(value)}' is not a date; use yyyy-MM-dd ({fallback})", future);
    }

    /// <summary>A <c>published</c> year before this is an exporter's placeholder for "no date" (0001-01-01).</summary>
    public const int EarliestYear = 1800;

    /// <summary>The longest record id in UTF-8 bytes: with its file's path, it must stay one index term (at most 32,766).</summary>
    public const int MaxIdBytes = 4000;

    /// <summary>The longest outlet name kept: it is one index term (for <c>--source</c>), and no outlet is named at length.</summary>
    public const int MaxSourceChars = 200;

    private static readonly string[] TextFields = ["id", "title", "body", "url", "source", "author", "place"];
    private static readonly string[] ListFields = ["paragraphs", "related"];

    /// <summary>
    /// Known fields of a type the record cannot use: read as absent, which a writer of the file would not guess from
    /// the hits (an object as <c>title</c> shows the first paragraph instead), so each is named (and, like an
    /// unreadable date, counts as an error of the run). <c>null</c>, alone or inside a list, is absent and not named.
    /// </summary>
    private static IEnumerable<string> MistypedFields(JsonElement root)
    {
        foreach (var name in TextFields)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
            {
                yield return $"{name} is {Kind(value)}, not a string; left out";
            }
        }

        foreach (var name in ListFields)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                yield return $"{name} is {Kind(value)}, not an array of strings; left out";
            }
            else if (value.EnumerateArray().Select((e, i) => (e, i)).FirstOrDefault(p => p.e.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) is { e.ValueKind: not JsonValueKind.Undefined } bad)
            {
                yield return $"{name}[{bad.i}] is {Kind(bad.e)}, not a string; such items left out";
            }
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        _ => "null",
    };

    /// <summary>
    /// A name shown beside the hits (outlet, author, place, url), trimmed; null when blank. Kept as written, a feed's
    /// <c>"place": "  "</c> came out in the hits' JSON as a place, where a field is there only when it is known, and
    /// <c>" Kompas "</c> as an outlet spelled with spaces.
    /// </summary>
    private static string? Label(JsonElement root, string name) =>
        String(root, name)?.Trim() is { Length: > 0 } label ? label : null;

    /// <summary>The field's value as written (a number's or object's JSON text); null when absent, null or blank.</summary>
    private static string? Given(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            && (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()) is { } text
            && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    /// <summary>A value as quoted in a one-line message: control characters blanked, cut to 60 characters.</summary>
    private static string Shown(string value)
    {
        var line = string.Concat(value.Trim().Select(c => char.IsControl(c) ? ' ' : c));
        return TextElements.Shortened(line, 60);
    }

    private static List<string> Paragraphs(JsonElement root)
    {
        if (root.TryGetProperty("paragraphs", out var array) && array.ValueKind == JsonValueKind.Array
            && Strings(root, "paragraphs").Select(p => p.Trim()).Where(p => p.Length > 0).ToList() is { Count: > 0 } listed)
        {
            return listed;
        }

        // A list with no text (an exporter's "paragraphs": [] beside the body it did not split) gives way to the
        // body: taken as the text, it skipped the record as "no text: give body", the body given.
        return String(root, "body") is { } body ? ArticleTextParser.ContentLines(body).ToList() : [];
    }

    /// <summary>
    /// The record's id within its file: the <c>"id"</c> it gives, or its line number when it gives none, or a blank
    /// one (<c>"id":""</c>, as exporters write for "no id"), as a blank source or author is no value: read as an id,
    /// every record of such a feed was <c>feed.jsonl#</c>, so all but the first were skipped as duplicates.
    /// </summary>
    internal static string RecordId(string? given, int lineNumber) =>
        string.IsNullOrWhiteSpace(given) ? lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : given;

    /// <summary>
    /// The id a record that is not valid JSON names (<c>{"id":"b","body":"Gempa…</c> cut short): the first
    /// <c>"id"</c> key's string or number, as <see cref="FromObject"/> would read it; null when there is none, or it
    /// holds an escape.
    /// </summary>
    internal static string? IdNamedIn(string damaged) =>
        NamedId().Match(damaged) is { Success: true } match ? match.Groups["id"].Value : null;

    [GeneratedRegex(@"^\s*\{\s*(?:""[^""\\]*""\s*:\s*(?:""[^""\\]*""|[-\d.eE+]+|true|false|null)\s*,\s*)*""id""\s*:\s*(?:""(?<id>[^""\\]*)""|(?<id>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?))\s*[,}]", RegexOptions.CultureInvariant)]
    private static partial Regex NamedId();

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
