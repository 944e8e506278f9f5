using System.Globalization;

namespace SearchIndex.Core.Evaluation;

/// <summary>
/// What a qrels docid names. An article id is a corpus path (<c>a.txt</c>) or a JSONL record (<c>feed.jsonl#id</c>,
/// any id, numbers included); <c>article#N</c> is the article's paragraph N. Which reading holds can depend on the ids
/// the index holds, so a docid is first read without the index, then resolved against it.
/// </summary>
internal static class DocIds
{
    /// <summary>
    /// The reading without the index: <c>x#N</c> is paragraph N of <c>x</c>, except when <c>x</c> is a <c>.jsonl</c>
    /// file, which is never an article itself (its records are); anything else is an article. Null when no article or
    /// paragraph can have this id (<c>a.txt#x</c>: a suffix that is not a number belongs to JSONL records, or to file
    /// names, which hold a <c>.</c> or <c>/</c> after the <c>#</c>, as <c>x#b.txt</c> does).
    /// </summary>
    public static Judgment? Read(string docId, int relevance)
    {
        if (TrySplitParagraph(docId, out var article, out var paragraph))
        {
            return IsJsonLinesFile(article)
                ? new Judgment(docId, null, relevance)
                : new Judgment(article, paragraph, relevance) { DocId = docId };
        }

        // After the last `#`, a `.` or `/` is a file name's (`x#b.txt`, `dir#2/a.txt`: the indexer takes such files as any
        // other article), never a paragraph's; a bare word (`a.txt#x`) is a paragraph mistyped.
        var hash = docId.LastIndexOf('#');
        return hash < 0 || docId.Contains(".jsonl#", StringComparison.OrdinalIgnoreCase)
            || docId.AsSpan(hash + 1).IndexOfAny('.', '/') >= 0
            ? new Judgment(docId, null, relevance)
            : null;
    }

    /// <summary>
    /// <paramref name="judgment"/> read against the index: its docid when that is an article there, else paragraph N
    /// of the article before <c>#N</c> when that is one, else the reading without the index (which warns as missing).
    /// </summary>
    public static Judgment Resolve(Judgment judgment, Func<string, bool> isArticle)
    {
        var docId = judgment.DocId;
        if (isArticle(docId))
        {
            return judgment with { Article = docId, Paragraph = null };
        }

        return TrySplitParagraph(docId, out var article, out var paragraph) && isArticle(article)
            ? judgment with { Article = article, Paragraph = paragraph }
            : judgment;
    }

    /// <summary>Splits <c>article#N</c> (N a 0-based number, the article not empty) at its last <c>#</c>.</summary>
    private static bool TrySplitParagraph(string docId, out string article, out int paragraph)
    {
        var hash = docId.LastIndexOf('#');
        article = hash > 0 ? docId[..hash] : "";
        paragraph = 0;
        return hash > 0
            && int.TryParse(docId.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out paragraph);
    }

    private static bool IsJsonLinesFile(string article) => article.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
}
