using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// Classic Lucene query syntax over the paragraph text (<c>text</c>, stemmed; other fields by name). Errors become
/// one-line <see cref="SearchIndexException"/>s with <see cref="ErrorKind.QuerySyntax"/> naming the column.
/// </summary>
public sealed partial class StrictQueryParser(Analyzer perFieldAnalyzer)
{
    /// <summary>The fields a strict query may name (<c>date</c> is the day filter over <see cref="IndexSchema.DateDay"/>).</summary>
    internal static readonly IReadOnlyList<string> SearchableFields =
    [
        IndexSchema.Text, IndexSchema.TextExact, IndexSchema.Title, IndexSchema.TitleExact, ForgivingQueryParser.SourceField,
        IndexSchema.SourceKey, IndexSchema.Article, DateField,
    ];

    private const string DateField = "date";

    public Query Parse(string text, MatchMode mode)
    {
        if (GroupNesting.TooDeepAt(text) is { } column)
        {
            throw new SearchIndexException(ErrorKind.QuerySyntax,
                $"query syntax error at column {column}: ( ) groups nest more than {GroupNesting.MaxDepth} deep in '{Shown(text)}' (--syntax lucene)");
        }

        var parser = new OutletAwareParser(perFieldAnalyzer)
        {
            DefaultOperator = mode == MatchMode.All ? Operator.AND : Operator.OR,
            // Wildcards and prefixes find every paragraph they match, scored by term while they expand to few terms.
            MultiTermRewriteMethod = EveryTermRewrite.Instance,
            // `*nya`, `?ita`: as Elasticsearch allows. The term dictionary is read through once (0.15-0.3 s over the shared corpus).
            AllowLeadingWildcard = true,
        };
        try
        {
            var query = parser.Parse(text);
            if (LargestBoost(query, 1) is > MaxBoost and var boost)
            {
                // Scores are floats: ^1e39, or nested groups' boosts multiplied up to it, make them infinite, which
                // no output can rank or write as JSON.
                var shown = boost < 1e15 ? boost.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : boost.ToString("0.##E+0", System.Globalization.CultureInfo.InvariantCulture);
                throw new SearchIndexException(ErrorKind.QuerySyntax,
                    $"query syntax error: a boost of {shown} (nested groups' boosts multiply) is too large; keep it at most ^{MaxBoost:0} in '{Shown(text)}' (--syntax lucene)");
            }

            if (Patterns(query) is > MaxPatterns and var patterns)
            {
                throw new SearchIndexException(ErrorKind.QuerySyntax,
                    $"query syntax error: a query holds at most {MaxPatterns} patterns (wildcards, prefixes, /regular expressions/, ~fuzzy words, ranges), not {patterns} as '{Shown(text)}' does; "
                    + "each reads the index's terms, and thousands take minutes and gigabytes; search with fewer (--syntax lucene)");
            }

            return query;
        }
        catch (ParseException e)
        {
            throw new SearchIndexException(ErrorKind.QuerySyntax, Describe(text, e.Message), e);
        }
        catch (ArgumentException e)
        {
            // Lucene's RegExp reports a bad /regular expression/ this way ("expected ')' at position 20"), and a
            // phrase's negative slop ("a b"~-1) too; .NET appends " (Parameter 'Slop')", which means nothing to a user.
            var what = e.ParamName == "Slop" ? "a phrase's ~slop must be 0 or more" : $"invalid regular expression ({e.Message})";
            throw new SearchIndexException(ErrorKind.QuerySyntax, $"query syntax error: {what} in '{Shown(text)}' (--syntax lucene)", e);
        }
    }

    private const double MaxBoost = 1_000_000;

    /// <summary>
    /// The most patterns one query may hold, as the forgiving syntax takes at most 64 words
    /// (<see cref="RankingWeights.MaxQueryParts"/>). Each may expand to a thousand scored terms, and groups pass Lucene's
    /// 1,024-clause limit: 500 copies of <c>ab*</c> took 20 s and 700 MB over the shared corpus, 3,000 regular
    /// expressions 106 s and 2.6 GB, and more ran out of memory.
    /// </summary>
    private const int MaxPatterns = 64;

    /// <summary>How many wildcards, prefixes, regular expressions, fuzzy words and ranges <paramref name="query"/> holds, in all its groups.</summary>
    private static int Patterns(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => Patterns(c.Query)),
        MultiTermQuery => 1,
        _ => 0,
    };

    /// <summary>
    /// The largest boost a term of <paramref name="query"/> is scored with: a clause's own boost times those of the
    /// groups around it (<c>((a^10)^10)^10</c> is 1000), as Lucene multiplies them; infinity beyond a float.
    /// </summary>
    private static double LargestBoost(Query query, double around)
    {
        var own = around * query.Boost;
        return query is BooleanQuery boolean
            ? boolean.Clauses.Select(c => LargestBoost(c.Query, own)).Append(own).Max()
            : own;
    }

    /// <summary>
    /// Fields as the index holds them. <c>source:</c> (as in the forgiving syntax) and <c>source_key:</c> take one
    /// whole outlet name, and <c>article:</c> one whole article id: the index holds each as a single term, which the
    /// text analysis would split into words that match nothing (<c>source_key:"cnn indonesia"</c>,
    /// <c>article:idsum-00815.txt</c>). <c>date:</c> takes a day or a range of days (<c>date:2019-09-10</c>,
    /// <c>date:[2019-09-01 TO 2019-09-30]</c>) over the indexed day numbers. Any other field is an error naming the
    /// fields there are, not a clause that silently matches nothing.
    /// </summary>
    private sealed class OutletAwareParser(Analyzer analyzer) : QueryParser(AnalysisChain.MatchVersion, IndexSchema.Text, analyzer)
    {
        protected override Query GetFieldQuery(string field, string queryText, bool quoted) => Checked(field) switch
        {
            _ when IsOutlet(field) => new TermQuery(new Lucene.Net.Index.Term(IndexSchema.SourceKey, ParagraphDocuments.SourceKey(queryText))),
            IndexSchema.Article => new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Article, queryText)),
            DateField => Days(queryText, queryText, true, true),
            _ => base.GetFieldQuery(field, queryText, quoted),
        };

        protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
            Checked(field) == DateField ? Days(part1, part2, startInclusive, endInclusive) : base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);

        // source:cnn*, source:kompas~1: the same patterns over the indexed names (lower-cased by the parser).
        protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(Indexed(field), AsIndexed(field, termStr));

        protected override Query GetPrefixQuery(string field, string termStr) => base.GetPrefixQuery(Indexed(field), AsIndexed(field, termStr));

        protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
            PatternLimits.FuzzyProblem(termStr) is { } problem
                ? throw TooComplex(problem)
                : Live(base.GetFuzzyQuery(Indexed(field), AsIndexed(field, termStr), minSimilarity));

        /// <summary>A fuzzy word's closest terms among those the paragraphs the index holds now have (<see cref="LiveTopTermsRewrite"/>).</summary>
        private static Query Live(Query query)
        {
            if (query is FuzzyQuery fuzzy)
            {
                fuzzy.MultiTermRewriteMethod = new LiveTopTermsRewrite(FuzzyQuery.DefaultMaxExpansions);
            }

            return query;
        }

        // Lucene 4.8 builds a regular expression's automaton while parsing, with no cap on its states.
        protected override Query GetRegexpQuery(string field, string termStr) =>
            PatternLimits.RegexProblem(termStr) is { } problem
                ? throw TooComplex(problem)
                : base.GetRegexpQuery(Indexed(field), AsIndexed(field, termStr, regexp: true));

        /// <summary>
        /// A pattern over the text fields with its accents folded and its apostrophes dropped as the chains read the
        /// terms: the parser does not analyse a pattern, so <c>café*</c>, <c>/café/</c> or <c>nestlé~1</c> looked for an
        /// accented term the index no longer holds and found nothing. Outlet names and article ids are held as written,
        /// so their patterns stay.
        /// </summary>
        private static string AsIndexed(string field, string pattern, bool regexp = false) =>
            Indexed(field) is IndexSchema.SourceKey or IndexSchema.Article ? pattern
                : AccentFolding.Fold(regexp ? ApostropheFilter.UnmarkedRegexp(pattern) : ApostropheFilter.Unmarked(pattern));

        private static SearchIndexException TooComplex(string what) =>
            new(ErrorKind.QuerySyntax, $"query syntax error: {what}; such a pattern can take minutes and gigabytes to run (--syntax lucene)");

        private static bool IsOutlet(string field) => field is ForgivingQueryParser.SourceField or IndexSchema.SourceKey;

        private static string Indexed(string field) => Checked(field) switch
        {
            _ when IsOutlet(field) => IndexSchema.SourceKey,
            DateField => throw new SearchIndexException(ErrorKind.QuerySyntax,
                "query syntax error: date: takes a day or a range of days, not a pattern; e.g. date:[2019-01-01 TO 2019-12-31] (--syntax lucene)"),
            _ => field,
        };

        private static string Checked(string field) =>
            field == "*" || SearchableFields.Contains(field, StringComparer.Ordinal) // "*:*", every paragraph
                ? field
                : throw new SearchIndexException(ErrorKind.QuerySyntax,
                    $"query syntax error: no searchable field '{field}'; {(Meant(field) is { } meant ? $"did you mean '{meant}:'? The fields" : "the fields")} are {string.Join(", ", SearchableFields)} (--syntax lucene)");

        // Field names are case-sensitive, as in Lucene ("Title:" is no field), and a typo is a letter or two away.
        private static string? Meant(string field)
        {
            var lower = field.ToLowerInvariant();
            var meant = SearchableFields.FirstOrDefault(f => f == lower)
                ?? (lower.Length >= 4 ? SearchableFields.MinBy(f => DidYouMean.EditDistance(lower, f)) : null);
            return meant is not null && DidYouMean.EditDistance(lower, meant) <= 2 ? meant : null;
        }

        /// <summary>
        /// The days from <paramref name="from"/> to <paramref name="to"/> (<c>*</c>: open), as <c>--from</c>/<c>--to</c>
        /// take them; ends typed the wrong way round are an error, as they are for <c>--from</c>/<c>--to</c>, not a
        /// range that silently matches nothing (a researcher's zero count would read as "never written about").
        /// </summary>
        private static NumericRangeQuery<int> Days(string? from, string? to, bool startInclusive, bool endInclusive)
        {
            var (first, last) = (Day(from), Day(to));
            var (open, close) = (startInclusive ? '[' : '{', endInclusive ? ']' : '}');
            // Each day keeps its own bracket when swapped: [17 TO 16} means 17 included, 16 not, so {16 TO 17].
            var (swappedOpen, swappedClose) = (endInclusive ? '[' : '{', startInclusive ? ']' : '}');
            return first > last
                ? throw new SearchIndexException(ErrorKind.QuerySyntax, $"query syntax error: date:{open}{from} TO {to}{close} starts after it ends; swap them: date:{swappedOpen}{to} TO {from}{swappedClose} (--syntax lucene)")
                : NumericRangeQuery.NewInt32Range(IndexSchema.DateDay, first, last, startInclusive, endInclusive);
        }

        private static int? Day(string? text) =>
            string.IsNullOrEmpty(text) || text == "*" ? null // an open end: the parser passes "[* TO x]" as null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                ? ParagraphDocuments.DayNumber(day)
                : throw new SearchIndexException(ErrorKind.QuerySyntax, $"query syntax error: date: '{text}' is not a day; use yyyy-MM-dd, e.g. date:2019-09-10 or date:[2019-09-01 TO 2019-09-30] (--syntax lucene)");
    }

    /// <summary>"query syntax error at column 5: unexpected ')' in 'a OR )'" from JavaCC's multi-line message.</summary>
    internal static string Describe(string text, string message)
    {
        var position = Position().Match(message);
        var where = position.Success ? $" at column {position.Groups[1].Value}" : "";
        var encountered = Encountered().Match(message);
        var lexical = message.Contains("Lexical error", StringComparison.Ordinal);
        var character = LexicalEncountered().Match(message);
        var reason = lexical && message.Contains("<EOF>", StringComparison.Ordinal) ? Unterminated(text)
            : encountered.Groups[3].Success ? "unexpected end of query"
            : encountered.Success ? $"unexpected '{encountered.Groups[2].Value}'"
            // JavaCC's own words for a character no token takes ("banjir^-1": a boost is a number of 0 or more).
            : lexical && character.Success ? $"unexpected '{character.Groups[1].Value}'"
            // Lucene's for "banjir~2.5", which read an old similarity before 4.0.
            : message.Contains("Fractional edit distances", StringComparison.Ordinal) ? "a fuzzy word's ~ takes 0, 1 or 2 edits, not a fraction"
            // Lucene's for "banjir~-1", whose "between 0.0f and 1.0f" hid that ~2 is fine.
            : message.Contains("Minimum similarity for a FuzzyQuery", StringComparison.Ordinal) ? "a fuzzy word's ~ takes 0, 1 or 2 edits, not a negative number"
            // Lucene's "too many boolean clauses" named neither the limit nor a way round it; each group has its own.
            : message.Contains("too many boolean clauses", StringComparison.OrdinalIgnoreCase)
                ? string.Create(CultureInfo.InvariantCulture, $"more than {BooleanQuery.MaxClauseCount:N0} words or clauses in one ( ) group, Lucene's limit; split the query, or group its words in ( ) of at most {BooleanQuery.MaxClauseCount:N0}")
            : FirstLine(message);

        return $"query syntax error{where}: {reason} in '{Shown(text)}' (--syntax lucene)";
    }

    /// <summary>What a lexical error at the end of <paramref name="text"/> left open: a quote, a /regular expression/ or an escape.</summary>
    private static string Unterminated(string text)
    {
        char? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                if (i == text.Length - 1)
                {
                    return "a '\\' at the end escapes nothing";
                }

                i++;
            }
            else if (open is null && text[i] is '"' or '/')
            {
                open = text[i];
            }
            else if (text[i] == open)
            {
                open = null;
            }
        }

        return open == '/' ? "unterminated /regular expression/ (write a lone slash as \\/)" : "unterminated quote";
    }

    private static string Shown(string text) =>
        TextElements.Shortened(text, 80).ReplaceLineEndings(" ");

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var colon = line.IndexOf("': ", StringComparison.Ordinal);
        return colon >= 0 ? line[(colon + 3)..] : line;
    }

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex Position();

    // JavaCC: Encountered " ")" ") "" at line 1, column 7.   or   Encountered "<EOF>" at line 1, column 6.
    [GeneratedRegex("Encountered \"(?: (\\S+) \"(.*?) \"\"|(<EOF>)\")")]
    private static partial Regex Encountered();

    [GeneratedRegex(@"Encountered: ""(.*?)"" \(\d+\), after")]
    private static partial Regex LexicalEncountered();
}
