using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Evaluation;

/// <summary>
/// The eval command's one entry point: reads the judgments, opens the index once, runs every query through one
/// <see cref="IndexSearchSession"/> to <see cref="EvaluationJob.Depth"/> hits, scores them with
/// <see cref="Evaluator"/> and writes the summary (text table or JSON) and, if asked, the per-query JSON Lines.
/// </summary>
public static class EvaluationRunner
{
    /// <summary>Characters of a judged id a warning quotes (an id is a path: one longer is a pasted column, not worth a screen of stderr).</summary>
    private const int MaxIdChars = 200;

    /// <param name="warnings">Where to say that judged articles are missing from the index (they can only score 0).</param>
    /// <exception cref="SearchIndexException">Bad or no judgments (naming file:line), no index, or a bad depth.</exception>
    public static EvaluationReport Run(EvaluationJob job, TextWriter output, TextWriter? warnings = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(output);
        if (job.Depth < 1)
        {
            throw new SearchIndexException(ErrorKind.BadArgument, $"--top must be at least 1, got {job.Depth}");
        }

        // Checked before the queries run, which can take minutes: the file is written after them, and a path it could
        // never be written to had cost the whole run, ending in "cannot write the per-query file".
        if (job.PerQueryPath is "-")
        {
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--per-query '{job.PerQueryPath}': give a file to write (standard output holds the report)");
        }

        if (job.PerQueryPath is { } target && Directory.Exists(target))
        {
            throw new SearchIndexException(ErrorKind.BadArgument, $"--per-query '{target}' is a folder; give a file to write");
        }

        if (job.PerQueryPath is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder && !Directory.Exists(folder))
        {
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--per-query '{file}': there is no folder '{folder}' to write it in; create it, or give another path");
        }

        if (job.PerQueryPath is { } perQuery && new[] { job.QrelsPath, job.QueriesPath }.Any(input => input is not null && SamePath(input, perQuery)))
        {
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--per-query '{perQuery}' is an input of this evaluation; give another file to write, or the judgments would be overwritten");
        }

        var judged = QrelsReader.ReadFiles(job.QrelsPath, job.QueriesPath);
        if (judged.Count == 0)
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"{job.QrelsPath}: no judgments; expected 'qid 0 docid rel' or 'query<TAB>article' lines");
        }

        if (judged.All(q => q.Judgments.All(j => j.Relevance <= 0)))
        {
            // Every query would be left out of the means: a table without a row says nothing.
            throw new SearchIndexException(ErrorKind.BadInput, $"{job.QrelsPath}: no judgment is relevant (every grade is 0 or less), so there is nothing to measure");
        }

        using var session = IndexSearchSession.Open(job.IndexDirectory);
        // One look at each judged id, shared by the resolution and both warnings: an indexed article has a paragraph.
        var paragraphCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        int ParagraphsOf(string id) =>
            paragraphCounts.TryGetValue(id, out var count) ? count : paragraphCounts[id] = session.ParagraphCount(id);

        // Resolved before the shift: the offset applies to what the index says is a paragraph, not to a record id.
        var queries = Shift(Resolve(judged, id => ParagraphsOf(id) > 0), job.ParagraphOffset);
        WarnAboutJudgmentsNotInTheIndex(queries, ParagraphsOf, warnings);
        WarnAboutAShallowDepth(job.Depth, warnings);
        var options = job.Options with { Top = job.Depth, Offset = 0, Explain = false, SnippetChars = 0 };
        var report = Evaluator.Evaluate(queries, (text, depth) => session.Rank(text, options with { Top = depth }), job.Depth, cancellation);

        if (job.PerQueryPath is { } path)
        {
            WritePerQuery(path, report);
        }

        if (job.Format == OutputFormat.Text)
        {
            EvaluationText.Write(output, report);
        }
        else
        {
            EvaluationJson.WriteSummary(output, report);
        }

        return report;
    }

    /// <summary>
    /// A judged article the index lacks is most often a typo or a missing <c>.txt</c> in the qrels; a judged paragraph
    /// outside its article, ordinals counted another way.
    /// </summary>
    private static void WarnAboutJudgmentsNotInTheIndex(IReadOnlyList<JudgedQuery> queries, Func<string, int> paragraphsOf, TextWriter? warnings)
    {
        if (warnings is null)
        {
            return;
        }

        // Only relevant judgments can be misses: a judged-not-relevant document the index lacks changes no figure.
        var judgments = queries.SelectMany(q => q.Judgments).Where(j => j.Relevance > 0).ToList();
        var paragraphs = judgments.Select(j => j.Article).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, paragraphsOf, StringComparer.Ordinal);
        var missing = paragraphs.Where(p => p.Value == 0).Select(p => p.Key).ToList();
        if (missing.Count > 0)
        {
            warnings.WriteLine(Output.StderrLine.Of($"warning: {missing.Count} judged article(s) are not in the index, so they count as misses (first: '{Highlighting.TextElements.Shortened(missing[0], MaxIdChars)}'); check the ids against the corpus paths"));
        }

        // A paragraph past its article's end (or before its start) is an ordinal counted another way, or a typo.
        var outside = judgments
            .Where(j => j.Paragraph is { } p && paragraphs[j.Article] > 0 && (p < 0 || p >= paragraphs[j.Article]))
            .Select(j => $"{j.Article}#{j.Paragraph}").Distinct(StringComparer.Ordinal).ToList();
        if (outside.Count > 0)
        {
            warnings.WriteLine(Output.StderrLine.Of($"warning: {outside.Count} judged paragraph(s) are not in their article, so they count as misses (first: '{Highlighting.TextElements.Shortened(outside[0], MaxIdChars)}'); paragraphs count from 0 after the title (--paragraph-offset -1 for qrels that count the title as 0)"));
        }
    }

    /// <summary>
    /// Fewer hits than a cut-off turn its figure into one of a shallower cut-off under the same heading (with --top 5
    /// the MRR@10 column is MRR@5), which the report shows only by its depth.
    /// </summary>
    private static void WarnAboutAShallowDepth(int depth, TextWriter? warnings)
    {
        if (depth < RankingMetrics.TopCutoff)
        {
            warnings?.WriteLine(Output.StderrLine.Of($"warning: --top {depth} is below the metrics' cut-offs: MRR@10, nDCG@10, S@10 and Recall@100 count only the first {depth} hits"));
        }
        else if (depth < RankingMetrics.RecallCutoff)
        {
            warnings?.WriteLine(Output.StderrLine.Of($"warning: --top {depth} is below Recall@100's cut-off: it counts only the first {depth} hits"));
        }
    }

    /// <summary>Each docid read against the index: <c>feed.jsonl#a#0</c> is record <c>a#0</c> if it is indexed, else paragraph 0 of record <c>a</c>.</summary>
    private static IReadOnlyList<JudgedQuery> Resolve(IReadOnlyList<JudgedQuery> queries, Func<string, bool> isArticle) =>
        queries.Select(q => q with { Judgments = q.Judgments.Select(j => DocIds.Resolve(j, isArticle)).ToList() }).ToList();

    private static IReadOnlyList<JudgedQuery> Shift(IReadOnlyList<JudgedQuery> queries, int offset)
    {
        if (offset == 0)
        {
            return queries;
        }

        foreach (var query in queries)
        {
            // In long arithmetic: --paragraph-offset 2147483647 must not wrap round to a negative ordinal.
            if (query.Judgments.FirstOrDefault(j => (long?)j.Paragraph + offset < 0) is { } below)
            {
                throw new SearchIndexException(ErrorKind.BadArgument,
                    $"--paragraph-offset {offset} makes paragraph {below.Paragraph} of '{below.Article}' (query {query.Id}) negative; ordinals start at 0");
            }

            if (query.Judgments.FirstOrDefault(j => (long?)j.Paragraph + offset > int.MaxValue) is { } above)
            {
                throw new SearchIndexException(ErrorKind.BadArgument,
                    $"--paragraph-offset {offset} makes paragraph {above.Paragraph} of '{above.Article}' (query {query.Id}) larger than any paragraph ordinal");
            }
        }

        return queries.Select(q => q with { Judgments = q.Judgments.Select(j => j with { Paragraph = j.Paragraph + offset }).ToList() }).ToList();
    }

    private static void WritePerQuery(string path, EvaluationReport report)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            EvaluationJson.WritePerQuery(writer, report);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException(ErrorKind.BadArgument, $"{path}: cannot write the per-query file: {e.Message}", e);
        }
    }

    /// <summary>
    /// Whether two paths name one file: links resolved (<c>--qrels q-link.tsv --per-query q.tsv</c>), or hard links,
    /// which no path tells apart (<c>ln q.tsv q2.tsv</c>), by device and inode.
    /// </summary>
    private static bool SamePath(string a, string b) =>
        string.Equals(Corpus.RealPaths.Of(new FileInfo(a)), Corpus.RealPaths.Of(new FileInfo(b)), StringComparison.Ordinal)
        || Corpus.FileIdentity.Same(a, b);
}
