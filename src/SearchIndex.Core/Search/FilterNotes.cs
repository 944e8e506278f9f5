using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// What a search's filters did beyond the hits, for a note on stderr: a filter that keeps nothing, an excluded outlet
/// that is no outlet, an outlet named like a larger one that its whole-name match leaves out. A researcher would
/// otherwise read "no hits", or hits without that outlet, as a fact about the news.
/// </summary>
/// <param name="matching">How many live paragraphs a query matches (the session's searcher).</param>
internal sealed partial class FilterNotes(IndexReader reader, StrictQueryParser strict, Func<Query, int> matching)
{
    /// <summary>
    /// Why a search found nothing when the reason is a filter rather than the words: the first of <c>--source</c>, the
    /// query's own <c>source:</c> names (when none of them is an outlet), <c>--article</c>, <c>--from</c>/<c>--to</c>
    /// that matches no paragraph by itself, described with what the index does hold (outlet names are whole:
    /// <c>tempo</c> is not <c>Tempo.co</c>); null when each filter matches something.
    /// </summary>
    public string? EmptyFilter(string queryText, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Source is { } source && UnknownOutlet(source) is { } unknown)
        {
            return unknown;
        }

        // Several source: names are alternatives: they filter out everything only when none is an outlet.
        var reasons = QuerySources(queryText, options).Select(UnknownOutlet).ToList();
        if (reasons.Count > 0 && reasons.All(r => r is not null))
        {
            return reasons[0];
        }

        if (options.Article is { } article && !LiveTerms.Has(reader, new Term(IndexSchema.Article, article)))
        {
            return ArticleNamedOtherwise(article) is { } meant
                ? $"no article '{article}' in this index; did you mean '{meant}'? (ids are paths relative to the corpus folder)"
                : $"no article '{article}' in this index (ids are paths relative to the corpus folder, e.g. '{LiveTerms.Of(reader, IndexSchema.Article).FirstOrDefault()}')";
        }

        if ((options.From is not null || options.To is not null)
            && matching(DayBound.DatedBetween(options.From, options.To)) == 0)
        {
            return "no article is dated in that range";
        }

        if (options.Undated && matching(DayBound.DatedBetween(null, null)) == reader.NumDocs)
        {
            return "every article of this index is dated";
        }

        return null;
    }

    /// <summary>
    /// The indexed article a path pasted from a shell names (<c>./a.txt</c>, <c>/srv/corpus/a.txt</c>, or another case):
    /// the longest id the path ends with after a <c>/</c>, letter case aside; null when none. Every id is read, once,
    /// only after the article was not found.
    /// </summary>
    private string? ArticleNamedOtherwise(string path) =>
        LiveTerms.Of(reader, IndexSchema.Article)
            .Where(id => path.Equals(id, StringComparison.OrdinalIgnoreCase) || path.EndsWith("/" + id, StringComparison.OrdinalIgnoreCase))
            .MaxBy(id => id.Length);

    /// <summary>The outlets the query keeps with <c>source:</c>, or with <paramref name="excluded"/> leaves out (<c>-source:</c>).</summary>
    private List<string> QuerySources(string queryText, SearchOptions options, bool excluded = false) =>
        options.Syntax == QuerySyntax.Forgiving
            ? ForgivingQueryParser.Parse(TextNormalizer.Normalize(queryText))
                .Where(p => p.Field == ForgivingQueryParser.SourceField && (p.Occur == QueryPartOccur.Excluded) == excluded)
                .Select(p => p.Text)
                .ToList()
            : OutletTerms(strict.Parse(TextNormalizer.Normalize(queryText), options.EffectiveMode), excluded, negated: false, required: true).ToList();

    /// <summary>
    /// The outlet names of a <c>--syntax lucene</c> query: with <paramref name="excluded"/>, those under an odd number of
    /// NOTs; else those every hit must have (through required clauses only: <c>bertemo OR source:zzz</c> is no filter).
    /// </summary>
    private static IEnumerable<string> OutletTerms(Query query, bool excluded, bool negated, bool required) => query switch
    {
        TermQuery term when term.Term.Field == IndexSchema.SourceKey && negated == excluded && (excluded || required) => [term.Term.Text],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => OutletTerms(c.Query, excluded, negated ^ (c.Occur == Occur.MUST_NOT),
            required && (c.Occur == Occur.MUST || (c.Occur == Occur.SHOULD && boolean.Clauses.Count == 1)))),
        _ => [],
    };

    /// <summary>
    /// Why <c>-source:</c> names of the query exclude nothing, whatever the hits: no outlet has that name
    /// (<c>-source:cnn</c> for CNN Indonesia). A researcher would otherwise believe the outlet was left out. Null
    /// when every excluded name is an outlet; each one that is not is named, separated by "; ".
    /// </summary>
    public string? ExclusionThatExcludesNothing(string queryText, SearchOptions options) =>
        string.Join("; ", QuerySources(queryText, options, excluded: true)
            .Select(source => UnknownOutlet(source) is { } why ? $"-source:{source} excludes nothing: {why}" : null)
            .OfType<string>()) is { Length: > 0 } all ? all : null;

    /// <summary>
    /// The outlets named alike that a <c>--source</c> or <c>source:</c> name leaves out, because names are matched whole:
    /// <c>tempo</c> (one article whose dateline says TEMPO) beside <c>tempo.co</c> (289). Without a word, a researcher
    /// would take the one article for all of Tempo's. Only a larger namesake is named (not <c>tempo</c> for
    /// <c>tempo.co</c>). Null when the names match no outlet, or no larger one is named alike.
    /// </summary>
    /// <param name="ofOption">Name those of <c>--source</c> (once per run); else those of the query's <c>source:</c> names.</param>
    public string? OutletNamesakes(string queryText, SearchOptions options, bool ofOption)
    {
        var inQuery = ofOption ? [] : QuerySources(queryText, options).Select(ParagraphDocuments.SourceKey).ToList();
        var option = options.Source is { } source ? ParagraphDocuments.SourceKey(source) : null;
        var named = ofOption ? [option!] : inQuery;
        // Every outlet the user named, kept or left out, is no namesake to point at.
        var given = inQuery.Append(option).OfType<string>()
            .Concat(ofOption ? [] : QuerySources(queryText, options, excluded: true).Select(ParagraphDocuments.SourceKey))
            .ToHashSet(StringComparer.Ordinal);
        var live = LiveTerms.Of(reader, IndexSchema.SourceKey).ToList();
        var namesakes = named.Where(key => live.Contains(key, StringComparer.Ordinal) && OutletCore(key).Length >= 3)
            .SelectMany(key => live.Where(other => !given.Contains(other) && OutletCore(other) == OutletCore(key) && Paragraphs(other) > Paragraphs(key)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (namesakes.Count == 0)
        {
            return null;
        }

        var (them, verb) = namesakes.Count == 1 ? ("it", "is") : ("them", "are");
        // --source takes one name: several are named in the query, where source: names are any of them.
        var all = string.Join(' ', named.Concat(namesakes).Select(n => "source:" + SourceArgument(n)));
        var how = ofOption
            ? $"to search {them} too, name every outlet in the query instead of --source: {all}"
            : $"name {them} too to search {them}: {all}";
        return $"outlet names are matched whole, so {string.Join(", ", namesakes.Select(n => $"'{n}'"))} {verb} left out; {how}";
    }

    /// <summary>An outlet's name as a <c>source:</c> word: quoted when it has a space (<c>source:"cnn indonesia"</c>).</summary>
    private static string SourceArgument(string key) => key.Contains(' ', StringComparison.Ordinal) ? $"\"{key}\"" : key;

    private int Paragraphs(string sourceKey) => LiveStatistics.Of(reader).DocFreq(new Term(IndexSchema.SourceKey, sourceKey));

    /// <summary>Why <paramref name="source"/> filters out everything, or null when the index has that outlet.</summary>
    private string? UnknownOutlet(string source)
    {
        var key = ParagraphDocuments.SourceKey(source);
        if (LiveTerms.Has(reader, new Term(IndexSchema.SourceKey, key)))
        {
            return null;
        }

        var typed = OutletCore(key);
        var similar = LiveTerms.Of(reader, IndexSchema.SourceKey)
            .Where(t => t.Contains(key, StringComparison.Ordinal) || (typed.Length >= 3 && IsNamedAs(OutletCore(t), typed)))
            .Take(3)
            .ToList();
        return (similar.Count > 0
            ? $"no outlet is named '{source}' (names are matched whole); did you mean: {string.Join(", ", similar)}"
            : $"no outlet is named '{source}' in this index") + WithoutOutlet();
    }

    /// <summary>
    /// What an outlet filter leaves out besides the other outlets, when the index holds many paragraphs with no outlet
    /// at all (at least <see cref="UnnamedOutletShare"/> %): an outlet's own articles whose text names it nowhere. On the
    /// shared corpus (no <c>metadata.tsv</c>) 87 % of the paragraphs have none, and <c>gempa --source tempo.co</c> kept 7
    /// paragraphs of the 160 the <c>clickid-tempo-*</c> files hold, which a researcher counting by outlet took for
    /// Tempo's coverage. Null without an outlet filter, when every outlet it names is unknown (the empty-filter note says
    /// it all then), or when few paragraphs lack an outlet.
    /// </summary>
    /// <param name="ofOption">Of <c>--source</c>; else of the query's <c>source:</c> names.</param>
    public string? OutletCoverage(string queryText, SearchOptions options, bool ofOption)
    {
        var named = ofOption ? (options.Source is { } source ? [source] : []) : QuerySources(queryText, options);
        if (!named.Any(n => UnknownOutlet(n) is null) || PercentWithoutOutlet() is not { } percent || percent < UnnamedOutletShare)
        {
            return null;
        }

        var filter = ofOption ? "--source" : "source:";
        return $"{filter} keeps only articles that name an outlet, and {percent} % of the index's paragraphs have none (a .txt article has one only when its dateline or byline, or its folder's metadata.tsv, names it)";
    }

    /// <summary>The share of paragraphs without an outlet, in percent, from which an outlet filter says what it leaves out.</summary>
    public const int UnnamedOutletShare = 10;

    /// <summary>
    /// How much of the index has no outlet at all, as a note's tail ("; 91 % of the index's paragraphs have no outlet
    /// ..."), or empty when every paragraph has one. A .txt article has an outlet only when its dateline or byline
    /// names it: a researcher told "no outlet is named 'okezone'" of a corpus of okezone files would otherwise take
    /// it for none of that outlet's news.
    /// </summary>
    private string WithoutOutlet()
    {
        if (PercentWithoutOutlet() is not { } percent)
        {
            return "";
        }

        var share = percent == 0 ? "under 1 %" : $"{percent} %";
        return $"; {share} of the index's paragraphs have no outlet (a .txt article has one only when its dateline or byline, or its folder's metadata.tsv, names it)";
    }

    /// <summary>The percentage of live paragraphs without an outlet, rounded down; null when every paragraph has one.</summary>
    private long? PercentWithoutOutlet()
    {
        var paragraphs = reader.NumDocs;
        var withOutlet = matching(TermRangeQuery.NewStringRange(IndexSchema.SourceKey, null, null, true, true));
        return paragraphs == 0 || withOutlet >= paragraphs ? null : 100L * (paragraphs - withOutlet) / paragraphs;
    }

    /// <summary>
    /// True when <paramref name="typed"/> names the outlet whose name without its domain is <paramref name="core"/>,
    /// also with "news" after it: sites and archives' outlet keys (<c>antaranews</c>, <c>poskotanews</c>) name Antara
    /// and Poskota so, as a wire dateline's <c>(ANTARA News)</c> does.
    /// </summary>
    private static bool IsNamedAs(string core, string typed) =>
        core == typed || (core.Length >= 3 && typed == core + "news");

    /// <summary>
    /// An outlet's name without its web domain or punctuation (<c>detik.com</c>, <c>Detikcom</c> and <c>Detik</c> all
    /// give <c>detik</c>), so an outlet typed as a site is suggested by the name the index knows.
    /// </summary>
    private static string OutletCore(string key)
    {
        var name = DomainSuffix().Replace(key, "");
        return new string([.. name.Where(char.IsLetterOrDigit)]);
    }

    [GeneratedRegex(@"(?:\.co\.id|\.com|\.co|\.net|\.id|\.org|com)$")]
    private static partial Regex DomainSuffix();
}
