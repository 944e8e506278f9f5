using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Evaluation;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// An open index and everything reused across queries: one reader, one searcher (BM25), the analyzers, the
/// highlighter. Open once, run many <see cref="Search"/>es; only the returned hits' stored fields are loaded.
/// Searches may run from many threads at once (a web service's requests) and answer as one at a time would; dispose
/// the session after the last of them, and after their hits are read (a page of more than <see cref="StreamedFrom"/>
/// hits is made as it is read).
/// </summary>
public sealed partial class IndexSearchSession : IDisposable
{
    /// <summary>Fetch this many times the wanted hits before re-ranking (<see cref="ArticleDiversity"/>), growing while too few are settled.</summary>
    public const int Overfetch = 4;

    /// <summary>
    /// A page of more hits than this is made hit by hit as it is read (<see cref="StreamedHits"/>), so memory stays that
    /// of a small page; a smaller one is made here, its making timed with the search.
    /// </summary>
    public const int StreamedFrom = 1_000;

    private static readonly HashSet<string> HitFields =
    [
        IndexSchema.Article, IndexSchema.Ordinal, IndexSchema.ParagraphCount, IndexSchema.Text, IndexSchema.Title,
        IndexSchema.Source, IndexSchema.Author, IndexSchema.Url, IndexSchema.Place, IndexSchema.Date, IndexSchema.DateFrom,
    ];

    private static readonly Sort TieBreakSort = new(SortField.FIELD_SCORE, new SortField(IndexSchema.Article, SortFieldType.STRING), new SortField(IndexSchema.Ordinal, SortFieldType.INT32));

    /// <summary>Article, then paragraph order: a list no word ranks (a filter alone), so <c>--article ID</c> reads the article through.</summary>
    private static readonly Sort IndexOrder = new(new SortField(IndexSchema.Article, SortFieldType.STRING), new SortField(IndexSchema.Ordinal, SortFieldType.INT32));
    private static readonly HashSet<string> RankFields = [IndexSchema.Article, IndexSchema.Ordinal];
    private static readonly HashSet<string> ContextFields = [IndexSchema.Ordinal, IndexSchema.Text];
    private static readonly HashSet<string> SimilarFields = [IndexSchema.Text];

    private readonly string _indexDirectory;
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly ForgivingQueryBuilder _forgiving;
    private readonly StrictQueryParser _strict;
    private readonly Highlighter _highlighter = new();
    private readonly Highlighter _titleHighlighter = new(forTitles: true);
    private readonly DidYouMean _didYouMean;
    private readonly ArticleBlocks _blocks;
    private readonly FilterNotes _filterNotes;
    private readonly Analyzer _surface;
    private readonly OutletNames _outletNames;
    private volatile bool _disposed;

    private IndexSearchSession(string indexDirectory, FSDirectory directory, DirectoryReader reader)
    {
        _indexDirectory = indexDirectory;
        _directory = directory;
        _reader = reader;
        _searcher = new LiveStatisticsSearcher(reader) { Similarity = Ranking.CreateSimilarity() };
        _forgiving = new ForgivingQueryBuilder(AnalysisChain.CreateStemmedAnalyzer(), AnalysisChain.CreateSurfaceAnalyzer(), reader, AcronymTable.ForIndex(reader));
        _strict = new StrictQueryParser(AnalysisChain.CreateAnalyzer());
        _outletNames = new OutletNames(reader);
        _filterNotes = new FilterNotes(reader, _strict, query => Top(query, 1).TotalHits);
        _surface = AnalysisChain.CreateSurfaceAnalyzer();
        _didYouMean = new DidYouMean(reader, _surface);
        _blocks = new ArticleBlocks(reader);
    }

    /// <exception cref="SearchIndexException">No index, or an incompatible one.</exception>
    public static IndexSearchSession Open(string indexDirectory)
    {
        ArgumentNullException.ThrowIfNull(indexDirectory);
        var (directory, reader) = IndexOpener.Open(indexDirectory);
        return new IndexSearchSession(indexDirectory, directory, reader);
    }

    /// <summary>Paragraph documents in the index.</summary>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    public int Documents => NotDisposed()._reader.NumDocs;

    /// <summary>Whether the index holds the article <paramref name="id"/> (its path relative to the corpus root).</summary>
    public bool ContainsArticle(string id) => LiveTerms.Has(NotDisposed()._reader, new Term(IndexSchema.Article, id ?? throw new ArgumentNullException(nameof(id))));

    /// <summary>How many paragraphs the index holds for article <paramref name="id"/>; 0 when it holds none.</summary>
    public int ParagraphCount(string id) => Reading(() =>
    {
        // Checked inside: a null met in Lucene's term code was taken for damaged files ("rebuild it").
        ArgumentNullException.ThrowIfNull(id);
        // The postings of the id, not a scored search: eval asks this of every judged article.
        var docs = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), IndexSchema.Article, new BytesRef(id));
        return docs is null || docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS
            ? 0
            : _reader.Document(docs.DocID).GetField(IndexSchema.ParagraphCount)?.GetInt32Value() ?? 0;
    });

    /// <exception cref="SearchIndexException">Bad options, or a syntax error under <see cref="QuerySyntax.Lucene"/>.</exception>
    public SearchResult Search(string queryText, SearchOptions options, int? line = null) => Reading(() => SearchOnce(queryText, options, line));

    private SearchResult SearchOnce(string queryText, SearchOptions options, int? line)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var (parsed, query) = Prepare(queryText, options);
        if (query is null)
        {
            // Counts asked for are there, empty: a batch's script reads "counts" and "count_by" whatever the line was ("*").
            return new SearchResult(queryText, line, 0, [], clock.Elapsed, null)
            {
                NothingToSearch = true,
                Counts = options.CountBy == CountBy.None ? null : [],
                CountBy = options.CountBy,
                ArticlesCounted = options.CountBy != CountBy.None || options.PerArticle > 0,
            };
        }

        IReadOnlyList<SearchHit> hits = [];
        int total;
        CountedHits? counted = null;
        if (options.CountBy != CountBy.None)
        {
            counted = HitCounts.Count(_reader, query, options.CountBy, options is { From: { } from, To: { } to } ? (from, to) : null);
            total = counted.Paragraphs;
        }
        else
        {
            (total, var page, var coverage) = Collect(query, parsed, options);
            SearchHit Make(int i) => Hit(page.Kept[i], options.Offset + i + 1, parsed, query, coverage, options) with
            {
                Similar = page.Copies.TryGetValue(page.Kept[i].Doc, out var copies) ? copies.ConvertAll(SimilarOf) : [],
            };

            // A large page's hits are made as the writer reads them, outside this call: their reads report damage as
            // every read here does.
            hits = page.Kept.Count > StreamedFrom
                ? new StreamedHits(page.Kept.Count, options.Offset + 1, i => Reading(() => Make(i)))
                : Enumerable.Range(0, page.Kept.Count).Select(Make).ToList();
        }

        // A list of at most N paragraphs per article pages through articles: its footer says how many match.
        var articlesCounted = counted is not null || options.PerArticle > 0;
        var articles = counted?.Articles ?? (articlesCounted && total > 0 ? HitCounts.Articles(_reader, query) : 0);
        var searched = clock.Elapsed;

        // A word no paragraph or title holds ("covid" in 2019 news, "kebakran hutan" found by "hutan" alone) is named,
        // as a web search says what it left out; a typo among them gets a correction too, as in "did you mean", though
        // the rest of the query found something; only such words are corrected. Each correction must find something by
        // itself under the same options (beside hits the corrected query always does, through the other words:
        // "presiden habibei --source rimanews", where no Rimanews paragraph has "habibie" either), and be one edit
        // away: the user has results, and a word new to the corpus ("covid") is no typo of one two edits off ("cover").
        // A phrase's mistyped word is corrected as a plain one is ("kabut asapp" riau, found by "riau" alone).
        var missing = parsed.Words.Where(Unknown).ToList();
        var (missingWords, missingInPhrases) = MissingWords(queryText, missing, parsed);
        var phraseWords = PhraseWords(missingInPhrases, missing).ToList();
        var correctable = total == 0 ? [] : missing.Concat(phraseWords)
            .Where(w => Suggestion(w.Word, [w], options) is { } corrected && DidYouMean.EditDistance(w.Word, corrected) == 1)
            .ToList();
        var suggestion = total == 0 ? Suggestion(queryText, [.. parsed.Words, .. phraseWords], options)
            : correctable.Count > 0 ? Suggestion(queryText, correctable, options)
            : null;
        return new SearchResult(queryText, line, total, hits, clock.Elapsed, suggestion)
        {
            SearchElapsed = searched,
            MissingWords = missingWords,
            Counts = counted?.Buckets,
            CountBy = options.CountBy,
            CountedArticles = articles,
            ArticlesCounted = articlesCounted,
            ByDate = options.Order != ResultOrder.Relevance,
            WidelyRooted = !options.Ranked && total > 0 ? RootReach.Of(_searcher, parsed.Words) : [],
        };
    }

    /// <summary>
    /// The missing words as typed, in query order: the plain ones, and those of a phrase typed ("zzqqxx banjir", which
    /// then cannot match) that no paragraph or title holds as written, and a <c>title:</c> phrase's that no title holds, with
    /// the field; a phrase that another reading can match names none.
    /// <c>InPhrases</c> are the phrases' ones alone.
    /// </summary>
    private (List<string> All, List<string> InPhrases) MissingWords(string queryText, List<QueryWord> plain, ParsedQuery parsed)
    {
        bool InTitles(string word) => LiveTerms.Has(_reader, new Term(IndexSchema.TitleExact, word));
        bool Held(string word) => LiveTerms.Has(_reader, new Term(IndexSchema.TextExact, word)) || InTitles(word);
        var phrases = parsed.PhraseReadings
            ?? parsed.Highlight.Phrases.Where(p => !p.Stemmed).Select(p => (IReadOnlyList<IReadOnlyList<string>>)[p.Terms]).ToList();
        var inPhrases = phrases
            .Where(readings => readings.All(reading => !reading.All(Held)))
            .SelectMany(readings => readings[0].Where(w => !Held(w)))
            .ToList();
        var inTitlePhrases = parsed.TitlePhraseReadings
            .Where(readings => readings.All(reading => !reading.All(InTitles)))
            .SelectMany(readings => readings[0].Where(w => !InTitles(w)))
            .Select(w => ForgivingQueryParser.TitleField + ":" + w);
        var prefixes = parsed.Prefixes
            .Where(p => !LiveTerms.HasPrefix(_reader, IndexSchema.TextExact, p) && !LiveTerms.HasPrefix(_reader, IndexSchema.TitleExact, p))
            .Select(p => p + "*");
        // A title: word, phrase word or prefix no title holds: named with its field, since paragraphs may well hold it
        // ("putin title:zzqqxx").
        var titleOnly = parsed.TitleOnlyWords.Where(UnknownInTitles).Select(w => ForgivingQueryParser.TitleField + ":" + w.Typed)
            .Concat(inTitlePhrases)
            .Concat(parsed.TitlePrefixes.Where(p => !LiveTerms.HasPrefix(_reader, IndexSchema.TitleExact, p)).Select(p => ForgivingQueryParser.TitleField + ":" + p + "*"));
        var typed = TextNormalizer.Normalize(queryText);
        var all = plain.Select(w => w.Typed).Concat(inPhrases).Concat(prefixes).Concat(titleOnly)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(w => Place(typed, w))
            .ToList();
        return (all, inPhrases);
    }

    /// <summary>Where <paramref name="missing"/> was typed: a <c>title:</c> phrase's word by the word itself (<c>title:"zzqq xxyy"</c>).</summary>
    private static int Place(string typed, string missing)
    {
        var at = typed.IndexOf(missing, StringComparison.OrdinalIgnoreCase);
        var field = ForgivingQueryParser.TitleField + ":";
        if (at < 0 && missing.StartsWith(field, StringComparison.Ordinal))
        {
            at = typed.IndexOf(missing[field.Length..], StringComparison.OrdinalIgnoreCase);
        }

        return at < 0 ? int.MaxValue : at;
    }

    /// <summary>
    /// The missing words of quoted phrases, to be corrected where they stand: a mistyped word keeps its phrase from
    /// matching at all (<c>"kabut asapp"</c>), and stderr had said only that nothing matched, or, beside words that
    /// found something (<c>"kabut asapp" riau</c>), that the hits match the other words.
    /// </summary>
    private static IEnumerable<QueryWord> PhraseWords(List<string> inPhrases, List<QueryWord> plain) =>
        inPhrases.Distinct(StringComparer.Ordinal).Where(w => !plain.Any(p => p.Typed == w)).Select(w => new QueryWord(w, w));

    /// <summary>Whether no live paragraph or title holds the word, as typed, by its stem or by another spelling, and nothing stands in for it.</summary>
    private bool Unknown(QueryWord word) => word.StandIns.Count == 0 && word.Apart.Count == 0
        && !word.Variants.Any(v => LiveTerms.Has(_reader, new Term(IndexSchema.Text, v)))
        && !LiveTerms.Has(_reader, new Term(IndexSchema.TextExact, word.Word))
        && !LiveTerms.Has(_reader, new Term(IndexSchema.Text, word.Stem))
        && !LiveTerms.Has(_reader, new Term(IndexSchema.TitleExact, word.Word))
        && !LiveTerms.Has(_reader, new Term(IndexSchema.Title, word.Stem));

    /// <summary>Whether no live title holds the word, as typed, by its stem, by another spelling, by a word of its root held whole or written apart.</summary>
    private bool UnknownInTitles(QueryWord word) => word.Apart.Count == 0
        && !word.Variants.Concat(word.TitleWhole).Any(v => LiveTerms.Has(_reader, new Term(IndexSchema.Title, v)))
        && !LiveTerms.Has(_reader, new Term(IndexSchema.TitleExact, word.Word))
        && !LiveTerms.Has(_reader, new Term(IndexSchema.Title, word.Stem));

    /// <summary>
    /// A corrected query, offered only when it finds something under the same options: a word corrected next to a
    /// filter that excludes it (<c>source:tempo jokowwi</c> where only Kompas has Jokowi) would just fail again.
    /// Suggested over the normalized text, which the parsed words come from (full-width letters are ASCII there).
    /// </summary>
    private string? Suggestion(string queryText, IReadOnlyList<QueryWord> words, SearchOptions options)
    {
        // A word cut by an undecodable byte is no typo: corrected, "caf\uFFFD" offered "car\uFFFD", the byte kept.
        if (queryText.Contains('\uFFFD', StringComparison.Ordinal)
            || _didYouMean.Suggest(TextNormalizer.Normalize(queryText), words) is not { } suggestion)
        {
            return null;
        }

        try
        {
            return Prepare(suggestion, options).Query is { } query && Top(query, 1).TotalHits > 0 ? suggestion : null;
        }
        catch (SearchIndexException)
        {
            return null; // under --syntax lucene a correction may not parse; it is then no suggestion
        }
    }

    /// <summary>
    /// The ranked list only, for evaluation: article and paragraph ordinal of each hit in rank order, no highlighting
    /// and no other stored field. Same query, filters and paging as <see cref="Search"/>.
    /// </summary>
    /// <exception cref="SearchIndexException">Bad options, or a syntax error under <see cref="QuerySyntax.Lucene"/>.</exception>
    public IReadOnlyList<RankedHit> Rank(string queryText, SearchOptions options) => Reading(() => RankOnce(queryText, options));

    private List<RankedHit> RankOnce(string queryText, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(queryText);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (parsed, query) = Prepare(queryText, options);
        if (query is null)
        {
            return [];
        }

        return Collect(query, parsed, options).Page.Kept.Select(d =>
        {
            var doc = _searcher.Doc(d.Doc, RankFields);
            return new RankedHit(doc.Get(IndexSchema.Article) ?? "", doc.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0, d.Score);
        }).ToList();
    }

    /// <summary>The parsed query and the Lucene query to run: its match under the filters; null when nothing can match.</summary>
    private (ParsedQuery Parsed, Query? Query) Prepare(string queryText, SearchOptions options)
    {
        var parsed = Parse(queryText, options);
        var filter = Filters(options, parsed.Filter);
        // Counting with no words and no filter counts the whole index (how much was written each month, to divide by);
        // a text that holds no word ('""', '-') is still nothing to search, as it is for a list of hits.
        var everything = filter is not null || (options.CountBy != CountBy.None && string.IsNullOrWhiteSpace(queryText));
        var match = parsed.Match ?? (everything ? new MatchAllDocsQuery() : null);
        var query = match is null || filter is null ? match : new FilteredQuery(match, new QueryWrapperFilter(filter));
        return (parsed, query);
    }

    private ParsedQuery Parse(string text, SearchOptions options)
    {
        text = TextNormalizer.Normalize(text);
        // No words under a filter lists what the filter keeps; Lucene's parser would call an empty query a syntax error.
        if (options.Syntax == QuerySyntax.Forgiving || string.IsNullOrWhiteSpace(text))
        {
            return _forgiving.Build(ForgivingQueryParser.Parse(text), options.EffectiveMode, options.LeadsByTitle);
        }

        var query = _strict.Parse(text, options.EffectiveMode);
        if (query is BooleanQuery { Clauses.Count: 0 })
        {
            // '""': Lucene's parser reads no word and gives an empty query, which matches nothing; no word is no query.
            return new ParsedQuery(null, null, HighlightTerms.None, HighlightTerms.None, []);
        }

        var (terms, titleTerms, words) = QueryHighlightTerms.From(query, _searcher.Rewrite(query));
        return new ParsedQuery(query, null, terms, titleTerms, words);
    }

    /// <summary>The non-scoring restrictions: options and <c>source:</c> parts, all required.</summary>
    private static Query? Filters(SearchOptions options, Query? fromText)
    {
        var all = new BooleanQuery();
        if (options.Source is { } source)
        {
            all.Add(new TermQuery(new Term(IndexSchema.SourceKey, ParagraphDocuments.SourceKey(source))), Occur.MUST);
        }

        if (options.From is not null || options.To is not null)
        {
            all.Add(DayBound.DatedBetween(options.From, options.To), Occur.MUST);
        }

        if (options.Article is { } article)
        {
            all.Add(new TermQuery(new Term(IndexSchema.Article, article)), Occur.MUST);
        }

        if (options.Undated)
        {
            // Every paragraph but those with a day.
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
            all.Add(DayBound.DatedBetween(null, null), Occur.MUST_NOT);
        }

        if (fromText is not null)
        {
            all.Add(fromText, Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    /// <summary>
    /// The words whose cover of an article scales its paragraphs (<see cref="ArticleCoverage"/>): the words typed in the
    /// default syntax. Under <c>--syntax lucene</c> the query is the user's own Lucene query, whose wildcards and ranges
    /// expand to hundreds of index terms, none of them a word the user typed, so it is ranked by Lucene's score alone.
    /// </summary>
    private static IReadOnlyList<QueryWord> CoverWords(ParsedQuery parsed, SearchOptions options) =>
        options.Syntax == QuerySyntax.Forgiving && options.Order == ResultOrder.Relevance ? parsed.Words : [];

    /// <summary>
    /// Best first; equal scores in article, then paragraph order. Lucene alone breaks ties by document number, which
    /// depends on how the index was built (worker threads, later updates), so two builds of one corpus could rank
    /// tied paragraphs differently. Ties are common: one-byte length norms, and paragraphs repeated across articles.
    /// </summary>
    private TopDocs Top(Query query, int count) => _searcher.Search(query, null, count, TieBreakSort, true, false);

    /// <summary>
    /// The page of hits after <c>--offset</c>, re-ranked by <see cref="ArticleCoverage"/> and
    /// <see cref="ArticleDiversity"/> (which credits the title once, <see cref="TitleCredit"/>), with at most
    /// <c>--per-article</c> paragraphs per article. Both only lower scores, so once the last wanted hit scores at least
    /// the next paragraph's own score (times the cover's <see cref="ArticleCoverage.BoundAfter"/>), nothing further down
    /// can reach the page, and the page is the same as re-ranking every match. Re-ranks <see cref="Overfetch"/> times
    /// the hits wanted first, then more of the fetched list, then fetches more. The cover's window is fetched at once:
    /// a second search costs more than the window.
    /// </summary>
    private (int Total, SimilarFold Page, ArticleCoverage Coverage) Collect(Query query, ParsedQuery parsed, SearchOptions options)
    {
        var coverage = new ArticleCoverage(_reader, _blocks, CoverWords(parsed, options), parsed.Headline);
        var articles = new Dictionary<int, string>();
        string ArticleOf(int doc) => articles.TryGetValue(doc, out var article) ? article : articles[doc] = _blocks.ArticleOf(doc);
        var texts = new Dictionary<int, string>();
        string TextOf(int doc) => texts.TryGetValue(doc, out var text) ? text : texts[doc] = _searcher.Doc(doc, SimilarFields).Get(IndexSchema.Text) ?? "";
        var need = (int)Math.Min((long)options.Offset + options.Top, Math.Max(1, _reader.MaxDoc));
        if (need == 0)
        {
            // --top 0 asks only how many paragraphs match.
            return (Top(query, 1).TotalHits, SimilarFold.None([]), coverage);
        }

        if (options.Order != ResultOrder.Relevance || parsed.Unranked)
        {
            return options.Order == ResultOrder.Relevance
                ? Listed(query, options, need, ArticleOf, coverage, IndexOrder, null)
                : Listed(query, options, need, ArticleOf, coverage, DateSort(options.Order), TextOf);
        }

        var least = coverage.Applies ? RankingWeights.CoverageWindow : 1;
        var fetch = (int)Math.Min(Math.Max((long)Math.Max(1, need) * Overfetch, least), Math.Max(1, _reader.MaxDoc));
        while (true)
        {
            var top = Top(query, fetch);
            var docs = top.ScoreDocs;
            var everything = docs.Length >= top.TotalHits || fetch >= _reader.MaxDoc;
            var raw = docs.ToDictionary(d => d.Doc, d => d.Score);
            float OwnShare(ScoreDoc hit) => parsed.TitleScores is { } title ? TitleCredit.OwnShare(raw[hit.Doc], title.Of(hit.Doc)) : 1f;
            for (var count = (int)Math.Min((long)need * Overfetch, docs.Length); ; count = (int)Math.Min((long)count * Overfetch, docs.Length))
            {
                var ranked = Fold(ArticleDiversity.Rerank(coverage.Rescore(docs, count, ArticleOf), ArticleOf, options.PerArticle, OwnShare), need, options, TextOf);
                var last = count == docs.Length;
                var next = last ? (everything ? 0f : docs[^1].Score) : docs[count].Score;
                if ((last && everything) || (ranked.Kept.Count >= need && ranked.Kept[need - 1].Score >= next * coverage.BoundAfter(count)))
                {
                    return (top.TotalHits, Paged(ranked, options), coverage);
                }

                if (last)
                {
                    break;
                }
            }

            fetch = (int)Math.Min((long)fetch * Overfetch, _reader.MaxDoc);
        }
    }

    /// <summary>
    /// The page in the order of <paramref name="sort"/>: by date (<see cref="ResultOrder.Newest"/> or
    /// <see cref="ResultOrder.Oldest"/>), or <see cref="IndexOrder"/> when no word ranks. It is Lucene's sort, so no
    /// re-ranking; only <c>--per-article</c> and, given <paramref name="textOf"/>, the folding of similar paragraphs
    /// (<see cref="SimilarFold"/>) drop paragraphs, and the search is repeated with a longer list while they dropped so
    /// many that the page is short. A list no word ranks (<see cref="IndexOrder"/>: <c>--article ID</c> read through)
    /// folds nothing: a chorus repeated in a song's lyrics is the article's text.
    /// </summary>
    private (int Total, SimilarFold Page, ArticleCoverage Coverage) Listed(Query query, SearchOptions options, int need,
        Func<int, string> articleOf, ArticleCoverage coverage, Sort sort, Func<int, string>? textOf)
    {
        var drops = options.PerArticle > 0 || (textOf is not null && options.FoldSimilar);
        var fetch = drops ? (int)Math.Min((long)need * Overfetch, Math.Max(1, _reader.MaxDoc)) : need;
        while (true)
        {
            var top = _searcher.Search(query, null, fetch, sort, true, false);
            var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
            var kept = new List<DiversifiedDoc>(need);
            foreach (var hit in top.ScoreDocs)
            {
                // Without --per-article no article is looked up: cached for every hit, the ids of a list of 885,000
                // paragraphs took 60 MB.
                if (options.PerArticle == 0)
                {
                    kept.Add(new DiversifiedDoc(hit.Doc, hit.Score, 0));
                    continue;
                }

                var article = articleOf(hit.Doc);
                var count = perArticle[article] = perArticle.GetValueOrDefault(article) + 1;
                if (count <= options.PerArticle)
                {
                    kept.Add(new DiversifiedDoc(hit.Doc, hit.Score, 0));
                }
            }

            var page = textOf is null ? SimilarFold.None(kept) : Fold(kept, need, options, textOf);
            if (page.Kept.Count >= need || top.ScoreDocs.Length >= top.TotalHits || fetch >= _reader.MaxDoc)
            {
                return (top.TotalHits, Paged(page, options), coverage);
            }

            fetch = (int)Math.Min((long)fetch * Overfetch, _reader.MaxDoc);
        }
    }

    /// <summary>
    /// <paramref name="ranked"/> with the paragraphs that repeat a better one folded into it (<see cref="SimilarFold"/>),
    /// with <see cref="SearchOptions.FoldSimilar"/>.
    /// </summary>
    private static SimilarFold Fold(List<DiversifiedDoc> ranked, int need, SearchOptions options, Func<int, string> textOf) =>
        options.FoldSimilar ? SimilarFold.Of(ranked, need, textOf) : SimilarFold.None(ranked);

    /// <summary>The hits after <c>--offset</c>, at most <c>--top</c>, with what was folded into them.</summary>
    private static SimilarFold Paged(SimilarFold ranked, SearchOptions options) =>
        ranked with { Kept = ranked.Kept.Skip(options.Offset).Take(options.Top).ToList() };

    private SimilarParagraph SimilarOf(int doc)
    {
        var stored = _searcher.Doc(doc, RankFields);
        return new SimilarParagraph(stored.Get(IndexSchema.Article) ?? "", stored.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0);
    }

    /// <summary>
    /// By day (from the indexed day numbers, read once per segment into Lucene's field cache), undated paragraphs
    /// last either way; then best first, then article and paragraph order as in <see cref="TieBreakSort"/>.
    /// </summary>
    private static Sort DateSort(ResultOrder order)
    {
        var newest = order == ResultOrder.Newest;
        var day = new SortField(IndexSchema.DateDay, FieldCache.NUMERIC_UTILS_INT32_PARSER, newest);
        day.SetMissingValue(newest ? int.MinValue : int.MaxValue);
        return new Sort(day, SortField.FIELD_SCORE, new SortField(IndexSchema.Article, SortFieldType.STRING), new SortField(IndexSchema.Ordinal, SortFieldType.INT32));
    }

    private SearchHit Hit(DiversifiedDoc scoreDoc, int rank, ParsedQuery parsed, Query query, ArticleCoverage coverage, SearchOptions options)
    {
        var doc = _searcher.Doc(scoreDoc.Doc, HitFields);
        var article = doc.Get(IndexSchema.Article) ?? "";
        var ordinal = doc.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0;
        var paragraphs = doc.GetField(IndexSchema.ParagraphCount)?.GetInt32Value() ?? 0;
        var text = doc.Get(IndexSchema.Text) ?? "";
        var (full, words) = _highlighter.HighlightWords(text, parsed.Highlight);
        var title = doc.Get(IndexSchema.Title) ?? "";
        var source = doc.Get(IndexSchema.Source);
        var (before, after) = options.Context > 0 ? Neighbours(scoreDoc.Doc, article, ordinal, paragraphs, options.Context) : ([], []);
        return new SearchHit(rank, scoreDoc.Score, article, title, ordinal, full, SnippetWindow.Cut(full, options.SnippetChars, words))
        {
            TitleMatches = _titleHighlighter.Highlight(title, parsed.TitleHighlight).Matches,
            Date = doc.Get(IndexSchema.Date),
            DateFrom = doc.Get(IndexSchema.DateFrom),
            Source = source,
            Outlet = source is null ? null : _outletNames.Of(source),
            Author = doc.Get(IndexSchema.Author),
            Url = doc.Get(IndexSchema.Url),
            Place = doc.Get(IndexSchema.Place),
            Paragraphs = paragraphs,
            Before = before,
            After = after,
            Explanation = options.Explain
                ? HitExplainer.Explain(_searcher.Explain(query, scoreDoc.Doc), coverage.Of(article), scoreDoc, parsed.Words, _highlighter.FindMatches(text, parsed.Highlight))
                : null,
        };
    }

    /// <summary>
    /// Paragraphs within <paramref name="context"/> of the hit: the documents beside it in its article's block
    /// (<see cref="ArticleBlocks"/>), which the indexer adds in paragraph order, so no search per hit (a search per hit
    /// made <c>-C 2</c> five times slower than no context on 10,000 hits). Each is checked by its stored ordinal; an
    /// index without the article doc values falls back to a search by article term and ordinal range.
    /// </summary>
    private (List<ContextParagraph> Before, List<ContextParagraph> After) Neighbours(int doc, string article, int ordinal, int paragraphs, int context)
    {
        context = Math.Min(context, Math.Max(paragraphs, 1));
        var (leaf, docs) = _blocks.Paragraphs(doc);
        var docBase = _reader.Leaves[leaf].DocBase;
        var at = docs.IndexOf(doc - docBase);
        var found = at >= 0 && docs.Count > 1
            ? docs.Skip(Math.Max(0, at - context)).Take(Math.Min(at, context) + 1 + context).Select(local => ContextParagraphOf(docBase + local)).ToList()
            : NeighboursBySearch(article, ordinal, context);
        found = found.Where(p => p.Paragraph != ordinal && Math.Abs(p.Paragraph - ordinal) <= context).OrderBy(p => p.Paragraph).ToList();
        return (found.Where(p => p.Paragraph < ordinal).ToList(), found.Where(p => p.Paragraph > ordinal).ToList());
    }

    private List<ContextParagraph> NeighboursBySearch(string article, int ordinal, int context)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Article, article)), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexSchema.Ordinal, ordinal - context, ordinal + context, true, true), Occur.MUST },
        };
        return _searcher.Search(query, 2 * context + 1).ScoreDocs.Select(d => ContextParagraphOf(d.Doc)).ToList();
    }

    private ContextParagraph ContextParagraphOf(int doc)
    {
        var stored = _searcher.Doc(doc, ContextFields);
        return new ContextParagraph(stored.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0, stored.Get(IndexSchema.Text) ?? "");
    }

    /// <summary>Every read of the index, its damage reported in one line; a disposed session's reads are no damage.</summary>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    private T Reading<T>(Func<T> read) => IndexOpener.Reading(NotDisposed()._indexDirectory, read);

    /// <summary>
    /// This session, or <see cref="ObjectDisposedException"/>: Lucene's own, thrown from the closed reader, had been
    /// taken for damaged files ("index ... is damaged ...; rebuild it"), and <see cref="Documents"/> answered anyway.
    /// </summary>
    private IndexSearchSession NotDisposed()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return this;
    }

    /// <summary>Closes the index; the session's methods then throw <see cref="ObjectDisposedException"/>. Call it after the last search has returned.</summary>
    public void Dispose()
    {
        _disposed = true;
        _reader.Dispose();
        _directory.Dispose();
    }
}
