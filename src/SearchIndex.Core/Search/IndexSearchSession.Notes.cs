using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>The notes a search's caller prints beside its hits: filters that match nothing, parts of the query that do nothing.</summary>
public sealed partial class IndexSearchSession
{
    /// <summary>
    /// Why a search found nothing when the reason is a filter rather than the words (<see cref="FilterNotes.EmptyFilter"/>);
    /// null when each filter matches something.
    /// </summary>
    public string? EmptyFilter(string queryText, SearchOptions options) => Reading(() => _filterNotes.EmptyFilter(queryText, options));

    /// <summary>
    /// Why parts of the query signed to be excluded exclude nothing: <c>-source:</c> names that are no outlet
    /// (<see cref="FilterNotes.ExclusionThatExcludesNothing"/>), and, under the forgiving syntax, words and phrases that no
    /// paragraph or title holds in any form (<c>-polisii</c>), with a correction where one finds something. Null when
    /// each excludes something.
    /// </summary>
    public string? ExclusionThatExcludesNothing(string queryText, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        var outlets = !queryText.AsSpan().ContainsAny(':', '：')
            ? null // no field at all: not worth parsing the query again
            : Reading(() => _filterNotes.ExclusionThatExcludesNothing(queryText, options));
        var words = options.Syntax == QuerySyntax.Forgiving && queryText.AsSpan().ContainsAny('-', 'N', '!')
            ? Reading(() => ExcludedWordsInNoParagraph(queryText))
            : null;
        return outlets is null ? words : words is null ? outlets : $"{outlets}; {words}";
    }

    /// <summary>
    /// The query's excluded words, phrases and prefixes that match nothing by themselves over the whole index, each as
    /// "-x excludes nothing: ...": a mistyped exclusion left every paragraph it was meant to remove, silently, and the
    /// reader took the hits for cleaned of the word. Asked over the whole index, whatever the filters, so a word only
    /// other outlets use is not named. Null when there is none.
    /// </summary>
    private string? ExcludedWordsInNoParagraph(string queryText)
    {
        var notes = new List<string>();
        var parts = ForgivingQueryParser.Parse(TextNormalizer.Normalize(queryText));
        // Beside a word that is no stopword, a stopword is dropped from the query, excluded or not ("banjir -tidak").
        var hasContent = HasContent(parts);
        foreach (var part in parts.Where(p => p.Occur == QueryPartOccur.Excluded && p.Field != ForgivingQueryParser.SourceField))
        {
            // A signed group's closing parenthesis stays on its last word ("-(polisi tentaraa)"); the analysis drops it.
            var text = part.IsPhrase ? part.Text : part.Text.TrimEnd(')');
            if (hasContent && part.Field is null && !part.IsPhrase && StopwordsOnly(text))
            {
                notes.Add($"-{TextElements.Shortened(text, 40)} excludes nothing: '{TextElements.Shortened(text, 40)}' is a stopword, which a search for words leaves out; quote it (-\"{TextElements.Shortened(text, 40)}\") to exclude the paragraphs that hold it");
                continue;
            }

            // A word the paragraphs hold as typed excludes theirs: no search needed. Counting every paragraph of
            // "jakarta" for "banjir -jakarta" had cost 3.5 ms a query, about what the query itself costs.
            if (part.Field is null && !part.IsPhrase && !text.Contains('*', StringComparison.Ordinal)
                && TokenReader.Terms(_surface, text).Any(term => LiveTerms.Has(_reader, new Term(IndexSchema.TextExact, term))))
            {
                continue;
            }

            var typed = (part.Field is null ? "" : part.Field + ":") + (part.IsPhrase ? $"\"{text}\"" : text);
            var alone = SearchOnce(typed, new SearchOptions { Top = 0 }, null);
            if (alone.Total > 0 || alone.NothingToSearch)
            {
                continue;
            }

            var where = part.Field == ForgivingQueryParser.TitleField ? "no title" : "no paragraph";
            var what = part.IsPhrase ? $"\"{text}\"" : $"'{TextElements.Shortened(text, 40)}'";
            var correction = alone.Suggestion is { } corrected ? $"; did you mean: -{corrected}" : "";
            notes.Add($"-{TextElements.Shortened(typed, 40)} excludes nothing: {where} has {what}{correction}");
        }

        // A word excluded twice ("-x a -x", "-x NOT x") is named once: the line had said the same thing twice. A few are
        // named and the rest counted: 200 mistyped exclusions had made one line of 12 KB.
        var distinct = notes.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count switch
        {
            0 => null,
            <= MaxExclusionNotes => string.Join("; ", distinct),
            _ => string.Join("; ", distinct.Take(MaxExclusionNotes)) + $"; and {distinct.Count - MaxExclusionNotes} more exclusions exclude nothing too",
        };
    }

    /// <summary>How many exclusions that exclude nothing are named on one line; the rest are counted.</summary>
    private const int MaxExclusionNotes = 5;

    /// <summary>
    /// Why a <c>+</c> before a stopword requires nothing beside other words: the search leaves stopwords out, required or
    /// not, so "banjir +yang" listed the 522 paragraphs of "banjir" without a word. Quoted, the word as written is
    /// required. Null when there is no such word, or when the query is stopwords only (they are searched then).
    /// </summary>
    public string? RequiredStopwords(string queryText, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Syntax != QuerySyntax.Forgiving || !queryText.Contains('+', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ForgivingQueryParser.Parse(TextNormalizer.Normalize(queryText));
        var notes = parts.Where(p => p.Occur == QueryPartOccur.Required && p.Field is null && !p.IsPhrase)
            .Select(p => p.Text.TrimEnd(')'))
            .Where(StopwordsOnly)
            .Select(word => TextElements.Shortened(word, 40))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(word => $"+{word} requires nothing: '{word}' is a stopword, which a search for words leaves out; quote it (+\"{word}\") to require it")
            .ToList();
        return notes.Count == 0 || !HasContent(parts) ? null : string.Join("; ", notes);
    }

    /// <summary>
    /// Under <c>--syntax lucene</c>, the first word of a query whose every word is a stopword (<c>yang OR dan</c>,
    /// <c>title:yang</c>): the analysis of <c>text</c> and <c>title</c> leaves them out, so the query is empty, which had
    /// been called "no word to search for", or beside a filter listed every paragraph the filter keeps. Null otherwise,
    /// and for a query that does not parse (the search says why).
    /// </summary>
    public string? StrictStopwordsOnly(string queryText, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Syntax != QuerySyntax.Lucene || string.IsNullOrWhiteSpace(queryText) || StrictParsed(queryText) is not BooleanQuery { Clauses.Count: 0 })
        {
            return null;
        }

        // The words typed, without field names and operators: an empty query of punctuation alone ('""') has none.
        var words = StrictWords().Matches(TextNormalizer.Normalize(queryText)).Select(m => m.Value)
            .Where(w => w is not ("AND" or "OR" or "NOT" or "TO")).ToList();
        return words.Count > 0 && words.All(w => IndonesianStopwords.Contains(w.ToLowerInvariant())) ? words[0].ToLowerInvariant() : null;
    }

    /// <summary>
    /// Whether a <c>--syntax lucene</c> query only excludes (<c>-banjir</c>, <c>NOT banjir</c>, or <c>yang -banjir</c>,
    /// whose stopword the analysis leaves out): Lucene matches nothing for it, and the reader who knows the search tools
    /// that list what such a query keeps is told to start it with <c>*:*</c>.
    /// </summary>
    public bool StrictOnlyExcludes(string queryText, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        // Not for a group, "(-banjir)": its exclusions are a query of their own, which "*:* (-banjir)" would not fix.
        return options.Syntax == QuerySyntax.Lucene && !string.IsNullOrWhiteSpace(queryText) && !queryText.TrimStart().StartsWith('(')
            && StrictParsed(queryText) is BooleanQuery { Clauses.Count: > 0 } query
            && query.Clauses.All(c => c.Occur == Occur.MUST_NOT);
    }

    private Query? StrictParsed(string queryText)
    {
        try
        {
            return _strict.Parse(TextNormalizer.Normalize(queryText), MatchMode.Any);
        }
        catch (SearchIndexException)
        {
            return null;
        }
    }

    // A word, and not a field's name: "title:yang" holds the one word "yang".
    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}_]+(?![\p{L}\p{N}_]*:)")]
    private static partial System.Text.RegularExpressions.Regex StrictWords();

    /// <summary>
    /// Whether the query has a word that is no stopword, a phrase or a prefix: beside one, a stopword is dropped from
    /// the query, required, excluded or neither, as ForgivingQueryBuilder drops it; a query of stopwords only keeps them.
    /// </summary>
    private static bool HasContent(List<QueryPart> parts) =>
        parts.Any(p => p.Occur != QueryPartOccur.Excluded && p.Field != ForgivingQueryParser.SourceField
            && (p.IsPhrase || p.Text.Contains('*', StringComparison.Ordinal) || !StopwordsOnly(p.Text)));

    private static bool StopwordsOnly(string text) =>
        new string([.. text.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words.All(IndonesianStopwords.Contains);

    /// <summary>The outlets named alike that a source name leaves out (<see cref="FilterNotes.OutletNamesakes"/>); null when none.</summary>
    /// <param name="ofOption">Name those of <c>--source</c> (once per run); else those of the query's <c>source:</c> names.</param>
    public string? OutletNamesakes(string queryText, SearchOptions options, bool ofOption) =>
        OutletNote(queryText, options, ofOption, () => _filterNotes.OutletNamesakes(queryText, options, ofOption));

    /// <summary>What an outlet filter leaves out when many paragraphs name no outlet (<see cref="FilterNotes.OutletCoverage"/>); null when nothing to say.</summary>
    /// <param name="ofOption">Of <c>--source</c>; else of the query's <c>source:</c> names.</param>
    public string? OutletCoverage(string queryText, SearchOptions options, bool ofOption) =>
        OutletNote(queryText, options, ofOption, () => _filterNotes.OutletCoverage(queryText, options, ofOption));

    /// <summary>
    /// A note on the outlets named by <c>--source</c> (<paramref name="ofOption"/>) or by the query's <c>source:</c>;
    /// null without them, and a query without any field is not parsed again to learn so.
    /// </summary>
    private string? OutletNote(string queryText, SearchOptions options, bool ofOption, Func<string?> note)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        return (ofOption ? options.Source is null : !queryText.AsSpan().ContainsAny(':', '：')) ? null : Reading(note);
    }
}
