using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Standard;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Output;

namespace SearchIndex.Core.Search;

/// <summary>
/// The search command's one entry point: opens the index once, runs the query or every line of the queries file
/// through one <see cref="IndexSearchSession"/>, writes results as they come, and reports "did you mean" and timing
/// on the error output. A strict-syntax error in a batch is reported and the batch goes on.
/// </summary>
public static class SearchRunner
{
    /// <param name="tally">Counts the printed queries as they run, for a caller whose output fails part-way.</param>
    /// <exception cref="SearchIndexException">No index, unreadable queries file, bad options, or (single query) a syntax error.</exception>
    public static SearchOutcome Run(SearchJob job, Stream stdin, TextWriter output, TextWriter error, CancellationToken cancellation = default, SearchTally? tally = null)
    {
        tally ??= new SearchTally();
        job.Validate();
        var queries = job.QueriesFile is { } file ? QueryFile.Read(file, stdin) : [(0, job.Query ?? "")];

        if (queries.Count == 0)
        {
            throw new SearchIndexException(ErrorKind.BadInput, $"no queries in {QueryFile.Describe(job.QueriesFile!)} (blank and # lines are skipped)");
        }

        var open = Stopwatch.StartNew();
        using var session = IndexSearchSession.Open(job.IndexDirectory);
        var openMs = open.Elapsed.TotalMilliseconds;

        if (session.OutletNamesakes("", job.Options, ofOption: true) is { } namesakes)
        {
            Note(error, namesakes); // once, not on every line of a batch
        }

        if (session.OutletCoverage("", job.Options, ofOption: true) is { } coverage)
        {
            Note(error, coverage);
            tally.OutletCoverageNoted = true;
        }

        IResultWriter writer = job.Format switch
        {
            OutputFormat.Text => new HitTextWriter(output, HighlightRenderers.For(job.Highlight), showQueryHeader: job.IsBatch),
            OutputFormat.Kwic => new HitKwicWriter(output, HighlightRenderers.For(job.Highlight), showQueryHeader: job.IsBatch),
            OutputFormat.Csv => new HitCsvWriter(output, HighlightRenderers.For(job.Highlight), counts: job.Options.CountBy != CountBy.None),
            _ => new HitJsonWriter(output, job.Format, context: job.Options.Context > 0, similar: job.Options.FoldSimilar),
        };
        var passes = new List<IReadOnlyList<double>>();
        var searchPasses = new List<IReadOnlyList<double>>();
        for (var pass = 0; pass < Math.Max(1, job.Repeat); pass++)
        {
            var latencies = new List<double>(queries.Count);
            var searchLatencies = new List<double>(queries.Count);
            foreach (var (line, query) in queries)
            {
                cancellation.ThrowIfCancellationRequested();
                var result = RunOne(session, job, line, query, pass == 0 ? writer : null, error, tally);
                if (result is null)
                {
                    continue;
                }

                latencies.Add(result.Elapsed.TotalMilliseconds);
                searchLatencies.Add(result.SearchElapsed.TotalMilliseconds);
            }

            passes.Add(latencies);
            searchPasses.Add(searchLatencies);
            if (pass == 0)
            {
                writer.Finish();
                if (job.Repeat > 1)
                {
                    FlushBeforeTimedPasses(output);
                }
            }
        }

        if (job.IsBatch && job.ReportTiming)
        {
            error.WriteLine(BatchTiming.Line(passes, searchPasses, job.Options.Top, openMs, session.Documents));
        }

        return new SearchOutcome(queries.Count, tally.QueriesWithHits, tally.Failed);
    }

    private static string StrictStopwordsAdvice(string stopword, bool listed) =>
        $"which --syntax lucene leaves out of text and title as the index does{(listed ? ", so every paragraph the filters keep is listed" : "")}; search them as written in text_exact (text_exact:{stopword}), or drop --syntax lucene, which searches a query of stopwords alone";

    private static SearchResult? RunOne(IndexSearchSession session, SearchJob job, int line, string query, IResultWriter? writer, TextWriter error, SearchTally tally)
    {
        SearchResult result;
        try
        {
            result = session.Search(query, job.SearchOptions, job.IsBatch ? line : null);
        }
        catch (SearchIndexException e) when (job.IsBatch && e.Kind == ErrorKind.QuerySyntax)
        {
            if (writer is not null)
            {
                tally.Fail();
                Note(error, $"line {line}: {e.Message}");
                writer.WriteError(query, line, e.Message);
            }

            return null;
        }

        if (writer is null)
        {
            // A timed pass (--repeat): a large page's hits are made only as they are read, and the timing counts them.
            foreach (var _ in result.Hits is StreamedHits ? result.Hits : [])
            {
            }

            return result;
        }

        var strictStopword = job.Options.Syntax == QuerySyntax.Lucene ? session.StrictStopwordsOnly(query, job.Options) : null;
        if (result.NothingToSearch && !job.IsBatch && strictStopword is not null)
        {
            throw new SearchIndexException(ErrorKind.BadArgument, $"no query: '{Shown(query)}' holds only stopwords, {StrictStopwordsAdvice(strictStopword, listed: false)}");
        }

        if (result.NothingToSearch && !job.IsBatch)
        {
            // As an empty query is (SearchJob.Validate): "no hits" would tell a script the words were looked for.
            // The tokenizer drops a word longer than its limit whole, at indexing as here: say so, or the "no word"
            // of a 100,000-letter word reads as a bug.
            var tooLong = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH)
                ? $" (a word longer than {StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH} characters is neither indexed nor searched)"
                : "";
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"no query: '{Shown(query)}' holds no word to search for{tooLong}; give words, or a filter (--source, --from, --to, --article)"
                + (job.Options.CountBy == CountBy.None ? "" : ", or no query at all to count the whole index"));
        }

        tally.Ran(result); // before the write, which may be the one that finds the reader gone
        writer.Write(result);
        var where = job.IsBatch ? $"line {line}: " : "";
        if (strictStopword is not null)
        {
            // Beside a filter the empty query lists what the filter keeps: the word asked for was never looked for. In a
            // batch, a line without a word is one without hits, and this says why.
            Note(error, $"{where}'{Shown(query)}' holds only stopwords, {StrictStopwordsAdvice(strictStopword, listed: !result.NothingToSearch)}");
        }

        if (session.ExclusionThatExcludesNothing(query, job.Options) is { } nothingExcluded)
        {
            Note(error, where + nothingExcluded);
        }

        if (session.RequiredStopwords(query, job.Options) is { } nothingRequired)
        {
            Note(error, where + nothingRequired);
        }

        if (!job.IsBatch && query.Contains('\uFFFD', StringComparison.Ordinal))
        {
            // .NET reads argument bytes that are not UTF-8 (Latin-1 from a script or terminal) as U+FFFD, which splits
            // or changes the words searched. A real U+FFFD is UTF-8 too, so this is a note, not a refusal.
            Note(error, Corpus.TextDecoding.ReplacementCharacterNote($"the query '{Shown(query)}'"));
        }

        if (session.OutletNamesakes(query, job.Options, ofOption: false) is { } namesakes)
        {
            Note(error, where + namesakes);
        }

        // Once a run: the share of paragraphs without an outlet is the index's, whatever the line.
        if (!tally.OutletCoverageNoted && session.OutletCoverage(query, job.Options, ofOption: false) is { } coverage)
        {
            Note(error, where + coverage);
            tally.OutletCoverageNoted = true;
        }

        var fieldHint = job.Options.Syntax == QuerySyntax.Forgiving ? FieldPrefixHint.For(query) : null;
        if (fieldHint is not null)
        {
            Note(error, where + fieldHint);
        }

        if (job.Options.Syntax == QuerySyntax.Forgiving && BoostHint.For(query) is { } boostHint)
        {
            Note(error, where + boostHint);
        }

        if (job.Options.Syntax == QuerySyntax.Forgiving && TildeHint.For(query) is { } tildeHint)
        {
            Note(error, where + tildeHint);
        }

        if (job.Options.Syntax == QuerySyntax.Forgiving && WordCapHint.For(query) is { } capHint)
        {
            Note(error, where + capHint);
        }

        if (job.Options.Syntax == QuerySyntax.Forgiving && PhraseStarHint.For(query) is { } starHint)
        {
            Note(error, where + starHint);
        }

        // In a batch, "no hits" is ordinary (the JSON says total 0); only a suggestion is worth a stderr line.
        if (result.Total == 0 && (!job.IsBatch || result.Suggestion is not null))
        {
            var hint = result.Suggestion is { } s ? $"; did you mean: {Shown(s)}"
                // Lucene matches nothing for a query of exclusions alone, where other tools list what they keep.
                : session.StrictOnlyExcludes(query, job.Options) ? $"; under --syntax lucene, as in Lucene, a query that only excludes matches nothing: start it with *:* to list every paragraph without them (*:* {Shown(query)})"
                : "";
            var filter = job.IsBatch ? null : session.EmptyFilter(query, job.Options);
            var what = string.IsNullOrWhiteSpace(query) ? "no paragraph passes the filters" : $"no hits for '{Shown(query)}'";
            Note(error, filter is null ? $"{where}{what}{hint}" : $"{what}: {filter}{hint}");
        }
        else if (result.Total > 0 && MissingWords(result, query, fieldHint) is { Count: > 0 } missingWords
            && (!job.IsBatch || result.Suggestion is not null))
        {
            // The hits came from the other words: say so, or a typo (or a word the corpus never uses) goes unnoticed
            // behind them.
            var missing = MissingList(missingWords);
            var hint = result.Suggestion is { } better ? $"did you mean: {Shown(better)}" : "the hits match the other words";
            Note(error, $"{where}no paragraph has {missing}; {hint}");
        }

        foreach (var rooted in result.WidelyRooted)
        {
            // A count or a list by date has no "word as typed first" to hide the root's other words in.
            Note(error, where + string.Create(CultureInfo.InvariantCulture,
                $"'{rooted.Typed}' is matched by its root '{rooted.Root}', which {rooted.RootParagraphs:N0} paragraphs of the index hold in some form and {rooted.WordParagraphs:N0} as '{rooted.Typed}'; quote it (\"{rooted.Typed}\") to match the word as typed"));
        }

        return result;
    }

    /// <summary>
    /// The missing words quoted, each cut on its own and the list after five, so a pasted paragraph of unknown words
    /// gives one readable line that never ends inside a quote.
    /// </summary>
    private static string MissingList(List<string> words)
    {
        const int Named = 5;
        var quoted = string.Join(", ", words.Take(Named).Select(w => $"'{TextElements.Shortened(w, 40)}'"));
        return words.Count <= Named ? quoted : string.Create(CultureInfo.InvariantCulture, $"{quoted} or {words.Count - Named} more words");
    }

    /// <summary>The result's missing words, but for a mistyped field name the field hint has already named (<c>tittle:</c>).</summary>
    private static List<string> MissingWords(SearchResult result, string query, string? fieldHint) =>
        result.MissingWords.Where(w => fieldHint is null || !query.Contains(w + ":", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>
    /// Lets the printed pass reach the reader before the timed passes run. A reader already gone is not this run's
    /// error: the caller's last flush meets it too and keeps the status the run decided (no hits stays 1).
    /// </summary>
    private static void FlushBeforeTimedPasses(TextWriter output)
    {
        try
        {
            output.Flush();
        }
        catch (IOException)
        {
            // EPIPE, or a full disk, which the caller's final flush reports.
        }
    }

    private static void Note(TextWriter error, string message) => error.WriteLine(StderrLine.Of(message));

    /// <summary>The query (or its correction) as quoted in a message: a pasted page must not become a 300 KB stderr line.</summary>
    private static string Shown(string query) => TextElements.Shortened(query, 100);
}
