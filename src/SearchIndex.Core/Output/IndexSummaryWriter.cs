using System.Globalization;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Output;

/// <summary>Writes the one-line summary of an index run, for people or as one JSON object.</summary>
public static class IndexSummaryWriter
{
    public static void WriteText(TextWriter output, IndexSummary s)
    {
        var kept = s.Kept > 0 ? $", {s.Kept} kept as indexed" : "";
        var changes = s.Updated + s.Removed + s.Unchanged + s.Kept > 0
            ? $"; {s.Added} added, {s.Updated} updated, {s.Removed} removed, {s.Unchanged} unchanged{kept}"
            : "";
        var skipped = Errors(s.Errors.Count(e => e.Skipped), "skipped") + Errors(s.Errors.Count(e => !e.Skipped && !e.OfMetadataTable), "indexed")
            + (s.Errors.Count(e => e.OfMetadataTable) is > 0 and var table ? $"; {Count(table, "metadata.tsv problem")}" : "");
        if (!s.Committed)
        {
            output.WriteLine($"nothing indexed: no article could be read, so no index was written (a rebuild leaves the index as it was){skipped}");
            return;
        }
        if (s.Added + s.Updated == 0 && s.Removed + s.Unchanged + s.Kept > 0)
        {
            // Nothing was (re)indexed: "indexed 6 articles (0 paragraphs)" would read as if the articles were empty.
            var state = s.Removed > 0 ? $"index updated: {Count(s.Removed, "article")} removed, " : "index up to date: ";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{state}{Count(s.Unchanged, "article")} unchanged{kept}, checked in {s.Elapsed.TotalSeconds:F1} s{skipped}"));
            return;
        }

        if (changes.Length > 0)
        {
            // An update: the paragraphs are those of the added and updated articles only, so they are not put beside
            // the total of articles ("indexed 29 articles (8 paragraphs)" read as if the articles were nearly empty).
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index updated: {s.Added} added, {s.Updated} updated, {s.Removed} removed, {s.Unchanged} unchanged{kept} ({Count(s.Paragraphs, "paragraph")} written, {s.Megabytes:F1} MB read) in {s.Elapsed.TotalSeconds:F1} s; {Count(s.Articles, "article")} indexed{skipped}"));
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"indexed {Count(s.Articles, "article")} ({Count(s.Paragraphs, "paragraph")}, {s.Megabytes:F1} MB) in {s.Elapsed.TotalSeconds:F1} s, {s.MegabytesPerSecond:F1} MB/s{skipped}"));
    }

    private static string Errors(int n, string what) => n > 0 ? $"; {n} {what} with errors" : "";

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>
    /// The JSON of a run stopped by Ctrl-C or SIGTERM: <c>{"interrupted":true,"message":...}</c>, the message saying
    /// what was committed (the articles finished, or nothing for a rebuild).
    /// </summary>
    public static void WriteInterruptedJson(TextWriter output, string message) =>
        output.WriteLine(JsonText.Serialize(json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("interrupted", true);
            json.WriteString("message", message);
            json.WriteEndObject();
        }));

    /// <summary>
    /// One JSON object: <c>articles, added, updated, removed, unchanged, kept, paragraphs</c> (counts; the paragraphs
    /// of the added and updated articles, 0 when nothing changed),
    /// <c>megabytes</c>, <c>seconds</c>, <c>megabytes_per_second</c>, <c>committed</c> (false when nothing was written), <c>errors</c> (list of {path, line?, reason,
    /// skipped}: skipped is false for a record indexed without the field the reason names).
    /// </summary>
    public static void WriteJson(TextWriter output, IndexSummary s)
    {
        output.WriteLine(JsonText.Serialize(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("articles", s.Articles);
            json.WriteNumber("added", s.Added);
            json.WriteNumber("updated", s.Updated);
            json.WriteNumber("removed", s.Removed);
            json.WriteNumber("unchanged", s.Unchanged);
            json.WriteNumber("kept", s.Kept);
            json.WriteNumber("paragraphs", s.Paragraphs);
            json.WriteNumber("megabytes", Math.Round(s.Megabytes, 3));
            json.WriteNumber("seconds", Math.Round(s.Elapsed.TotalSeconds, 3));
            json.WriteNumber("megabytes_per_second", Math.Round(s.MegabytesPerSecond, 2));
            json.WriteBoolean("committed", s.Committed);
            json.WriteStartArray("errors");
            foreach (var error in s.Errors)
            {
                json.WriteStartObject();
                json.WriteString("path", error.Path);
                if (error.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }

                json.WriteString("reason", error.Reason);
                json.WriteBoolean("skipped", error.Skipped);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }
}
