using System.Globalization;

namespace SearchIndex.Core.Evaluation;

/// <summary>
/// Reads relevance judgments (qrels) and query files into <see cref="JudgedQuery"/> lists.
/// </summary>
/// <remarks>
/// <para>A qrels file is UTF-8 text; blank lines and lines starting with <c>#</c> are skipped. Its format is taken
/// from its first content line, and every line must then have that format:</para>
/// <list type="bullet">
/// <item>TREC: <c>qid 0 docid rel</c>, four fields separated by spaces or tabs, <c>rel</c> an integer grade. A docid
/// is an article id (a file name, or <c>file.jsonl#id</c> for a JSONL record), or <c>article#paragraph</c> (0-based
/// ordinal) for a paragraph-level judgment; which of the two a docid is can take the index to tell
/// (<see cref="DocIds"/>). The query texts come from a queries file, <c>qid&lt;TAB&gt;query</c> per line.</item>
/// <item><c>query&lt;TAB&gt;article</c>: the query text is also its id; a query with several relevant articles has
/// several lines.</item>
/// <item><c>qid&lt;TAB&gt;query&lt;TAB&gt;article</c>.</item>
/// </list>
/// <para>Tab-separated judgments have grade 1 and may also name <c>article#paragraph</c>. Queries keep the order of
/// their first line. Every malformed line is a <see cref="SearchIndexException"/> of kind
/// <see cref="ErrorKind.BadInput"/> whose message starts with <c>source:line:</c>.</para>
/// </remarks>
public static class QrelsReader
{
    private enum Format
    {
        Trec,
        QueryArticle,
        IdQueryArticle,
    }

    /// <summary>Reads a qrels file, and for TREC qrels its queries file.</summary>
    /// <exception cref="SearchIndexException">A file is missing or unreadable, or a line is malformed.</exception>
    public static IReadOnlyList<JudgedQuery> ReadFiles(string qrelsPath, string? queriesPath = null)
    {
        string qrels;
        using (var r = Open(qrelsPath))
        {
            qrels = r.ReadToEnd();
        }

        if (queriesPath is not null && ContentLines(new StringReader(qrels)).Select(l => Detect(l.Line)).FirstOrDefault(Format.Trec) != Format.Trec)
        {
            // Only TREC qrels take their query texts from a queries file; the tabbed forms carry their own.
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--queries '{queriesPath}' is for TREC qrels (`qid 0 docid rel`); '{qrelsPath}' holds its queries itself (`query<TAB>article` or `qid<TAB>query<TAB>article`), so leave --queries out");
        }

        IReadOnlyDictionary<string, string>? texts = null;
        if (queriesPath is not null)
        {
            using var q = Open(queriesPath);
            texts = ReadQueries(q, Path.GetFileName(queriesPath));
        }

        return Read(new StringReader(qrels), Path.GetFileName(qrelsPath), texts);
    }

    /// <summary>Reads <c>qid&lt;TAB&gt;query</c> lines (exactly two fields) into a map from qid to query text.</summary>
    /// <param name="reader">The lines; blank and <c>#</c> lines are skipped.</param>
    /// <param name="source">The name used in error messages, e.g. the file name.</param>
    public static IReadOnlyDictionary<string, string> ReadQueries(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (no, line) in ContentLines(reader))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var id = tab > 0 ? line[..tab].Trim() : "";
            var text = tab > 0 ? line[(tab + 1)..].Trim() : "";
            if (id.Length == 0 || text.Length == 0)
            {
                throw Bad(source, no, "expected `qid<TAB>query`");
            }

            if (text.Contains('\t', StringComparison.Ordinal))
            {
                // A third field is no part of the query: a collection file (`qid<TAB>query<TAB>article`) given here ran
                // each article's id as words of its query, and every figure moved without a word said.
                throw Bad(source, no, $"expected `qid<TAB>query`, got {line.Split('\t').Length} tab-separated fields; a query holds no tab (a `qid<TAB>query<TAB>article` file carries its queries itself: give it as --qrels, without --queries)");
            }

            if (!texts.TryAdd(id, text))
            {
                // Said what to do: one qid judges one query, so the run cannot tell which of the two the qrels mean.
                var first = firstLines[id];
                throw Bad(source, no, texts[id] == text
                    ? $"query id `{id}` appears twice (line {first} is the same line): delete one of them"
                    : $"query id `{id}` appears twice (also on line {first}, another query): give each query its own id");
            }

            firstLines[id] = no;
        }

        return texts;
    }

    /// <summary>Reads qrels lines (any of the three formats) into judged queries.</summary>
    /// <param name="reader">The lines; blank and <c>#</c> lines are skipped.</param>
    /// <param name="source">The name used in error messages, e.g. the file name.</param>
    /// <param name="queryTexts">qid → query text; required for TREC qrels, ignored otherwise.</param>
    public static IReadOnlyList<JudgedQuery> Read(
        TextReader reader,
        string source,
        IReadOnlyDictionary<string, string>? queryTexts = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var order = new List<string>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var judgments = new Dictionary<string, List<Judgment>>(StringComparer.Ordinal);
        Format? format = null;
        foreach (var (no, line) in ContentLines(reader))
        {
            format ??= Detect(line);
            var (id, text, judgment) = format switch
            {
                Format.Trec => ParseTrec(line, source, no, queryTexts),
                Format.QueryArticle => ParseTabbed(line, source, no, 2),
                _ => ParseTabbed(line, source, no, 3),
            };
            if (!judgments.TryGetValue(id, out var list))
            {
                order.Add(id);
                texts[id] = text;
                judgments[id] = list = [];
            }
            else if (texts[id] != text)
            {
                // One id, two queries: merged, the second's judgments would count for the first's text.
                throw Bad(source, no, $"query id `{id}` appears with another query text than before (`{texts[id]}`); give each query its own id");
            }

            list.Add(judgment);
        }

        return order.Select(id => new JudgedQuery(id, texts[id], judgments[id])).ToList();
    }

    private static Format Detect(string line)
    {
        // Four fields by any whitespace, the last a number: TREC, whatever mix of tabs and spaces parts them (no article
        // id is a bare number, so a tabbed line cannot end so). Where the tabs alone make two or three fields, the
        // second must be TREC's iteration (`0`, `Q0`): `banjir jakarta<TAB>a.txt<TAB>2` is a graded tabbed line.
        var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var tabs = line.Split('\t');
        if (fields.Length == 4 && int.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            && (tabs.Length is not (2 or 3) || fields[1] == "Q0" || int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return Format.Trec;
        }

        if (tabs.Length == 2)
        {
            return Format.QueryArticle;
        }

        if (tabs.Length == 3)
        {
            return Format.IdQueryArticle;
        }

        return Format.Trec;
    }

    private static (string Id, string Text, Judgment Judgment) ParseTrec(
        string line,
        string source,
        int no,
        IReadOnlyDictionary<string, string>? queryTexts)
    {
        var f = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (f.Length != 4 || !int.TryParse(f[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rel))
        {
            throw Bad(source, no, "expected TREC `qid 0 docid rel` (rel an integer), `query<TAB>article` or `qid<TAB>query<TAB>article`");
        }

        if (queryTexts is null)
        {
            throw Bad(source, no, "TREC qrels need a queries file (`qid<TAB>query` lines)");
        }

        if (!queryTexts.TryGetValue(f[0], out var text))
        {
            throw Bad(source, no, $"query id `{f[0]}` is not in the queries file; add a `{f[0]}<TAB>query` line to it, or leave the judgments of `{f[0]}` out");
        }

        return (f[0], text, ParseDocId(f[2], rel, source, no));
    }

    private static (string Id, string Text, Judgment Judgment) ParseTabbed(string line, string source, int no, int columns)
    {
        var f = line.Split('\t').Select(s => s.Trim()).ToArray();
        var expected = columns == 2 ? "`query<TAB>article`" : "`qid<TAB>query<TAB>article`";
        if (f.Length != columns)
        {
            throw Bad(source, no, $"expected {expected} like the first content line, got {f.Length} field(s)");
        }

        if (Array.FindIndex(f, s => s.Length == 0) is var empty and >= 0)
        {
            throw Bad(source, no, $"field {empty + 1} of {expected} is empty");
        }

        if (columns == 3 && int.TryParse(f[^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            // No article id is a bare number: this is a grade (`query<TAB>article<TAB>2`), and the article's name would
            // otherwise be run as the query, every figure 0.
            throw Bad(source, no, $"the last field `{f[^1]}` is a number, not an article: tab-separated judgments have no grade; for graded ones write TREC `qid 0 article grade` lines with a queries file");
        }

        var judgment = ParseDocId(f[^1], 1, source, no);
        return columns == 2 ? (f[0], f[0], judgment) : (f[0], f[1], judgment);
    }

    private static Judgment ParseDocId(string docId, int relevance, string source, int no) =>
        DocIds.Read(docId, relevance)
        ?? throw Bad(source, no, $"docid `{docId}` must be `article` (a JSONL record is `file.jsonl#id`) or `article#paragraph` (a 0-based number)");

    private static IEnumerable<(int No, string Line)> ContentLines(TextReader reader)
    {
        var no = 0;
        while (reader.ReadLine() is { } raw)
        {
            no++;
            // Only the end is trimmed: a leading tab separates an (empty) first field, which must be reported as such.
            // A byte-order mark opening the line goes (files saved with one and concatenated): it is no part of a qid.
            var line = raw.TrimStart('\uFEFF').TrimEnd();
            var content = line.TrimStart();
            if (content.Length > 0 && !content.StartsWith('#'))
            {
                yield return (no, line);
            }
        }
    }

    /// <summary>
    /// The whole file, decoded strictly: read with replacement characters, a Latin-1 query would run as words nobody
    /// wrote and score 0 without a word said (as a queries file of <c>search</c> is refused, so is this). <c>-</c>, which
    /// search reads as standard input, is refused by name, not as a missing file.
    /// </summary>
    private static StringReader Open(string path) => path == "-"
        ? throw new SearchIndexException(ErrorKind.BadArgument, "eval reads --qrels and --queries from files, not standard input ('-'); save them to a file and name it")
        : new(Corpus.TextFiles.Read(path, path, "give the qrels (or queries) file"));

    private static SearchIndexException Bad(string source, int line, string what) =>
        new(ErrorKind.BadInput, $"{source}:{line}: {what}");
}
