using System.Globalization;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Output;

/// <summary>Writes <see cref="IndexInfo"/>: a few labelled lines for people, or one JSON object.</summary>
public static class IndexInfoWriter
{
    /// <summary>Outlets named in the text output; JSON lists them all.</summary>
    public const int SourcesShown = 10;

    /// <summary>Where the dates were read, as <c> (20,847 by metadata.tsv, 1,589 read in the text)</c>; empty when unknown.</summary>
    private static string DatedFrom(IndexInfo info) =>
        info.DatedFrom.Count == 0 ? "" : " (" + string.Join(", ", info.DatedFrom.Select(d => Inv($"{d.Articles:N0} {d.From switch
        {
            "metadata" => "by metadata.tsv",
            "published" => "by their JSONL record",
            _ => "read in the text",
        }}"))) + ")";

    public static void WriteText(TextWriter output, IndexInfo info)
    {
        var undated = info.Articles - info.DatedArticles;
        var deleted = info.DeletedParagraphs > 0
            ? Inv($", with {Count(info.DeletedParagraphs, "replaced or removed paragraph")} kept until Lucene merges them away (no count or score includes them)")
            : "";
        Line(output, "index", Inv($"{info.IndexDirectory}: {info.Bytes / 1048576.0:F1} MB in {Count(info.Segments, "segment")}{deleted}"));
        Line(output, "articles", Inv($"{info.Articles:N0} ({Count(info.Paragraphs, "paragraph")})"));
        Line(output, "dates", info.Earliest is null
            ? "no article is dated"
            : Inv($"{info.Earliest} to {info.Latest}; {info.DatedArticles:N0} dated{DatedFrom(info)}, {undated:N0} undated"));
        var shown = info.Sources.Take(SourcesShown).Select(s => Inv($"{s.Name} {s.Articles:N0}"));
        var more = info.Sources.Count > SourcesShown ? Inv($", and {info.Sources.Count - SourcesShown:N0} more (--format json lists all)") : "";
        var none = info.ArticlesWithoutSource > 0 ? $"; {Count(info.ArticlesWithoutSource, "article")} without one" : "";
        Line(output, "sources", info.Sources.Count == 0
            ? "no article names its outlet"
            : $"{Count(info.Sources.Count, "outlet")}: {string.Join(", ", shown)}{more}{none}");
        foreach (var folder in info.Metadata.CorpusFolders.DefaultIfEmpty("(not recorded)"))
        {
            Line(output, "corpus", folder); // one line each, so `grep ^corpus` finds every folder
        }

        Line(output, "updated", info.Metadata.BuiltAt == DateTimeOffset.MinValue
            ? "(not recorded)"
            : info.Metadata.BuiltAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        Line(output, "acronyms", info.AcronymsDefined.Count == 0
            ? Inv($"none defined by the corpus; {info.AcronymsShipped:N0} pairs shipped")
            : Inv($"{Count(info.AcronymsDefined.Count, "pair")} the corpus defines, {info.AcronymsNotShipped:N0} not among the {info.AcronymsShipped:N0} shipped (list: info --acronyms)"));
        Line(output, "analysis", $"{info.Metadata.Analyzer} (index schema {info.Metadata.SchemaVersion})");
    }

    /// <summary>
    /// The acronyms the corpus defines (<c>info --acronyms</c>), as text or JSON Lines. When it defines none the output
    /// stays empty for a script, and <paramref name="error"/> says so: an empty list and exit 0 read as a failure to list.
    /// </summary>
    public static void WriteAcronyms(TextWriter output, TextWriter error, IndexInfo info, bool json)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(info);
        if (info.AcronymsDefined.Count == 0)
        {
            error.WriteLine(StderrLine.Of(Inv($"the corpus defines no acronyms (one is taken from 3 definitions such as 'Komisi Pemberantasan Korupsi (KPK)'); the {info.AcronymsShipped:N0} shipped pairs still apply")));
        }

        if (json)
        {
            WriteAcronymsJson(output, info);
        }
        else
        {
            WriteAcronymsText(output, info);
        }
    }

    /// <summary>One per line: acronym, a tab, long form.</summary>
    private static void WriteAcronymsText(TextWriter output, IndexInfo info)
    {
        foreach (var (acronym, longForm) in info.AcronymsDefined)
        {
            output.WriteLine($"{PrintableRenderer.Printable(acronym)}\t{PrintableRenderer.Printable(longForm)}");
        }
    }

    /// <summary>JSON Lines: <c>{"acronym", "long_form"}</c>, one per line.</summary>
    private static void WriteAcronymsJson(TextWriter output, IndexInfo info)
    {
        foreach (var (acronym, longForm) in info.AcronymsDefined)
        {
            output.WriteLine(JsonText.Serialize(json =>
            {
                json.WriteStartObject();
                json.WriteString("acronym", acronym);
                json.WriteString("long_form", longForm);
                json.WriteEndObject();
            }));
        }
    }

    /// <summary>
    /// One JSON object: <c>index, bytes, segments, deleted_paragraphs</c> (replaced or removed paragraphs the segments
    /// hold until a merge), <c>articles, paragraphs, dated_articles, undated_articles, dated_from</c> (articles by
    /// where their date was read: <c>{"metadata": n, "published": n, "text": n}</c>, origins with none left out),
    /// <c>earliest, latest</c> (null
    /// when no article is dated), <c>sources</c> (every outlet as {name, articles}, most articles first),
    /// <c>articles_without_source</c>, <c>corpus</c> (the folders, in <c>--corpus</c> order; empty when not recorded),
    /// <c>updated</c> (ISO 8601, UTC), <c>acronyms_defined</c> (pairs the corpus defines itself), <c>analyzer, schema</c>.
    /// </summary>
    public static void WriteJson(TextWriter output, IndexInfo info)
    {
        output.WriteLine(JsonText.Serialize(json =>
        {
            json.WriteStartObject();
            json.WriteString("index", info.IndexDirectory);
            json.WriteNumber("bytes", info.Bytes);
            json.WriteNumber("segments", info.Segments);
            json.WriteNumber("deleted_paragraphs", info.DeletedParagraphs);
            json.WriteNumber("articles", info.Articles);
            json.WriteNumber("paragraphs", info.Paragraphs);
            json.WriteNumber("dated_articles", info.DatedArticles);
            json.WriteNumber("undated_articles", info.Articles - info.DatedArticles);
            json.WriteStartObject("dated_from");
            foreach (var (from, articles) in info.DatedFrom)
            {
                json.WriteNumber(from, articles);
            }

            json.WriteEndObject();
            json.WriteString("earliest", info.Earliest); // null when no article is dated
            json.WriteString("latest", info.Latest);
            json.WriteStartArray("sources");
            foreach (var source in info.Sources)
            {
                json.WriteStartObject();
                json.WriteString("name", source.Name);
                json.WriteNumber("articles", source.Articles);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("articles_without_source", info.ArticlesWithoutSource);
            json.WriteStartArray("corpus");
            foreach (var folder in info.Metadata.CorpusFolders)
            {
                json.WriteStringValue(folder);
            }

            json.WriteEndArray();
            json.WriteString("updated", info.Metadata.BuiltAt == DateTimeOffset.MinValue
                ? null
                : info.Metadata.BuiltAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteNumber("acronyms_defined", info.AcronymsDefined.Count);
            json.WriteString("analyzer", info.Metadata.Analyzer);
            json.WriteNumber("schema", info.Metadata.SchemaVersion);
            json.WriteEndObject();
        }));
    }

    /// <summary>What <c>info --check</c> found, in labelled lines as the summary, or one JSON object: <c>{"index", "intact", "segments", "files", "bytes", "took_ms"}</c>.</summary>
    public static void WriteIntegrity(TextWriter output, IndexIntegrity integrity, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonText.Serialize(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("index", integrity.IndexDirectory);
                writer.WriteBoolean("intact", true); // a damaged index is an error: exit 2 and one line on stderr
                writer.WriteNumber("segments", integrity.Segments);
                writer.WriteNumber("files", integrity.Files);
                writer.WriteNumber("bytes", integrity.Bytes);
                writer.WriteNumber("took_ms", Math.Round(integrity.Took.TotalMilliseconds, 3));
                writer.WriteEndObject();
            }));
            return;
        }

        Line(output, "index", $"{integrity.IndexDirectory}: intact");
        Line(output, "checked", Inv($"{Count(integrity.Files, "file")} of {Count(integrity.Segments, "segment")}, {integrity.Bytes / 1048576.0:F1} MB, in {integrity.Took.TotalSeconds:F1} s: each reads to its end and matches the checksum written with it"));
    }

    /// <summary>
    /// One labelled line. The outlet names come from the corpus and the folders from the file system, so control
    /// characters (an escape sequence in a scraped dateline, or in a folder name) print as U+FFFD, as in
    /// search's text output (<see cref="PrintableRenderer"/>): they never reach the terminal.
    /// </summary>
    private static void Line(TextWriter output, string label, string value) => output.WriteLine($"{label,-9} {PrintableRenderer.Printable(value)}");

    private static string Count(int n, string noun) => Inv($"{n:N0} {noun}{(n == 1 ? "" : "s")}");

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
