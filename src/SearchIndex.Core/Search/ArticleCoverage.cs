using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>How much of the query an article holds anywhere: in its title or in any of its paragraphs.</summary>
/// <param name="Held">Query words found in the article.</param>
/// <param name="Words">Query words counted: those the index holds at all.</param>
/// <param name="Share">The held words' share of the query, each word weighted by its IDF (1 = all of it).</param>
/// <param name="TitleNamed">The query holds every word of the article's title (and the title has one).</param>
/// <param name="TitleShare">
/// For a remembered headline, the share of the title's distinct words the query holds; 1 for any other query.
/// </param>
public readonly record struct ArticleCover(int Held, int Words, double Share, bool TitleNamed, double TitleShare = 1.0)
{
    /// <summary>What a query of fewer than two counted words gives every article: no change.</summary>
    public static ArticleCover Whole { get; } = new(0, 0, 1.0, TitleNamed: true);

    /// <summary>
    /// The factor on the scores of the article's paragraphs: <see cref="Share"/> to
    /// <see cref="RankingWeights.ArticleCoverPower"/>, divided by 1 + <see cref="RankingWeights.TitleNamed"/> unless
    /// the query names the whole title, times <see cref="TitleShareFactor"/>. At most 1, which exact paging relies on.
    /// </summary>
    public float Factor => (float)(TitleShareFactor * Math.Pow(Share, RankingWeights.ArticleCoverPower) / (TitleNamed ? 1 : 1 + RankingWeights.TitleNamed));

    /// <summary>(1 + w × <see cref="TitleShare"/>) / (1 + w), w = <see cref="RankingWeights.HeadlineTitleShare"/>: 1 for a whole title.</summary>
    public double TitleShareFactor => (1 + RankingWeights.HeadlineTitleShare * TitleShare) / (1 + RankingWeights.HeadlineTitleShare);
}

/// <summary>
/// Scales each paragraph's score by how much of the query its article holds (<see cref="ArticleCover"/>). A question's
/// words are spread over a news story: the name in the lead, the event in the paragraph that answers. A paragraph
/// whose article holds the rest of the question is more likely the answer than an equal paragraph of an article that
/// does not (docs/relevance.md, step 15). A rare word missing from the article costs more than a common one. An
/// article whose every title word the query holds is the query's topic ("Fungsi Sqr" for "apa itu fungsi Sqr di
/// Basic"), as an encyclopedia's page is: it counts more than the others (step 18).
/// </summary>
/// <remarks>
/// Only the best <see cref="RankingWeights.CoverageWindow"/> paragraphs by their own score are re-ranked (a rescore
/// window, as in Elasticsearch): measuring every article of a common word would cost more than the search. Those
/// below follow, scaled by the window's smallest factor (<see cref="Floor"/>), so scores still descend and a
/// paragraph outside a fetched list cannot climb above the list's lowest score times the floor: paging stays exact.
/// Articles are measured once per query and remembered across fetches.
/// </remarks>
public sealed class ArticleCoverage
{
    private readonly IndexReader _reader;
    private readonly ArticleBlocks _blocks;
    /// <summary>
    /// Per counted word: its own title terms (its stem first), the title terms of what stands in for it (an acronym:
    /// one title term for several words, <see cref="QueryWord.StandIns"/>), its text terms (both), and its IDF weight.
    /// </summary>
    private readonly List<(Term[] Title, Term[] StandInTitle, Term[] Text, double Weight)> _words = [];
    private readonly double _totalWeight;
    private readonly Dictionary<string, ArticleCover> _measured = new(StringComparer.Ordinal);
    private readonly Dictionary<int, SegmentPostings> _postings = [];
    private readonly bool _headline;

    /// <param name="words">The query's positive words; words sharing a stem count once.</param>
    /// <param name="headline">The query is a remembered headline (<see cref="ParsedQuery.Headline"/>): the share of each title's words it holds counts too.</param>
    public ArticleCoverage(IndexReader reader, ArticleBlocks blocks, IReadOnlyList<QueryWord> words, bool headline = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(words);
        _headline = headline;
        _reader = reader;
        _blocks = blocks;
        var groups = words.GroupBy(w => w.Stem, StringComparer.Ordinal).ToList();
        if (groups.Count < 2)
        {
            return; // a one-word query never applies: spare every search the term lookups below
        }

        var statistics = LiveStatistics.Of(reader); // counts without the paragraphs an update replaced
        foreach (var group in groups)
        {
            // The stem, and each written form: the index may hold a capitalised word unstemmed.
            var written = group.Select(w => w.Word).Distinct(StringComparer.Ordinal).ToList();
            // A word the index also holds written apart (e-KTP for "ektp") is held by the longer of its two parts: a
            // phrase is no term, and the short one (e, k, co) is in nearly every article.
            var apart = group.SelectMany(w => w.Apart.OrderByDescending(s => s.Length).Take(1)).Distinct(StringComparer.Ordinal).ToList();
            // An acronym standing in for the word (Menaker for "menteri tenaga kerja") holds it too.
            var standIns = group.SelectMany(w => w.StandIns).Distinct(StringComparer.Ordinal).ToList();
            // So does its other spelling (karir for "karier"), which the query finds as the same word.
            var variants = group.SelectMany(w => w.Variants).Distinct(StringComparer.Ordinal).ToList();
            Term[] Own(string stemField, string exactField) =>
                [new Term(stemField, group.Key), .. written.Select(w => new Term(exactField, w)), .. apart.Select(a => new Term(stemField, a)),
                 .. variants.Select(v => new Term(stemField, v))];
            Term[] StandIns(string stemField) => [.. standIns.Select(a => new Term(stemField, a))];
            var (title, standInTitle) = (Own(IndexSchema.Title, IndexSchema.TitleExact), StandIns(IndexSchema.Title));
            Term[] text = [.. Own(IndexSchema.Text, IndexSchema.TextExact), .. StandIns(IndexSchema.Text)];
            var documents = title.Concat(standInTitle).Concat(text).Max(statistics.DocFreq);
            if (documents > 0)
            {
                _words.Add((title, standInTitle, text, InverseDocumentFrequency(documents, statistics.Documents)));
            }
        }

        _totalWeight = _words.Sum(w => w.Weight);
    }

    /// <summary>Whether the query has the two counted words it takes for an article to hold only part of it.</summary>
    public bool Applies => _words.Count >= 2;

    /// <summary>The factor on the paragraphs below the window: the smallest in it, once <see cref="Rescore"/> has passed the window.</summary>
    public float Floor { get; private set; } = 1f;

    /// <summary>
    /// The largest factor a paragraph can get after the first <paramref name="rescored"/> of the ranked list: 1 inside
    /// the window, <see cref="Floor"/> below it.
    /// </summary>
    public float BoundAfter(int rescored) => Applies && rescored >= RankingWeights.CoverageWindow ? Floor : 1f;

    /// <summary>The cover of an article measured by <see cref="Rescore"/>; <see cref="ArticleCover.Whole"/> otherwise.</summary>
    public ArticleCover Of(string article) => _measured.GetValueOrDefault(article, ArticleCover.Whole);

    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="docs"/> (best first): those in the window with their
    /// scores multiplied by their article's <see cref="ArticleCover.Factor"/> and re-sorted, then those below it,
    /// multiplied by <see cref="Floor"/>; equal scores keep their incoming order. Only the articles of those
    /// paragraphs are measured, so a page that is settled early (<see cref="BoundAfter"/>) measures few.
    /// <paramref name="articleOf"/> names a document's article.
    /// </summary>
    public ScoreDoc[] Rescore(ScoreDoc[] docs, int count, Func<int, string> articleOf)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(articleOf);
        count = Math.Min(count, docs.Length);
        if (!Applies)
        {
            return docs[..count];
        }

        var window = Math.Min(count, RankingWeights.CoverageWindow);
        var articles = docs.Take(window).Select(d => articleOf(d.Doc)).ToArray();
        Measure(articles
            .Select((article, i) => (Article: article, Doc: docs[i].Doc))
            .Where(a => !_measured.ContainsKey(a.Article))
            .DistinctBy(a => a.Article, StringComparer.Ordinal)
            .ToList());
        var factors = Array.ConvertAll(articles, a => _measured[a].Factor);
        if (window == RankingWeights.CoverageWindow)
        {
            Floor = factors.Min();
        }

        var rescored = docs
            .Take(window)
            .Select((doc, i) => (Doc: new ScoreDoc(doc.Doc, doc.Score * factors[i]), Order: i))
            .OrderByDescending(d => d.Doc.Score)
            .ThenBy(d => d.Order)
            .Select(d => d.Doc);
        return rescored.Concat(docs.Take(count).Skip(window).Select(d => new ScoreDoc(d.Doc, d.Score * Floor))).ToArray();
    }

    /// <summary>
    /// Finds which words each article holds: the title on one paragraph (every paragraph carries it), the text on all
    /// of them, walking each term's postings once per segment in document order.
    /// </summary>
    /// <param name="articles">Each article to measure with one of its paragraphs (top-level document number).</param>
    private void Measure(List<(string Article, int Doc)> articles)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var held = new bool[articles.Count, _words.Count];
        var inTitle = new bool[articles.Count, _words.Count];
        var standInTitle = new bool[articles.Count, _words.Count];
        var titleWords = new long[articles.Count];
        var bySegment = new Dictionary<int, (List<(int Doc, int Article)> Leads, List<(int Doc, int Article)> Paragraphs)>();
        for (var a = 0; a < articles.Count; a++)
        {
            var (leaf, docs) = _blocks.Paragraphs(articles[a].Doc);
            if (!bySegment.TryGetValue(leaf, out var lists))
            {
                lists = ([], []);
                bySegment[leaf] = lists;
            }

            lists.Leads.Add((docs[0], a));
            foreach (var doc in docs)
            {
                lists.Paragraphs.Add((doc, a));
            }
        }

        foreach (var (leaf, (leads, paragraphs)) in bySegment)
        {
            leads.Sort();
            paragraphs.Sort();
            if (!_postings.TryGetValue(leaf, out var postings))
            {
                postings = new SegmentPostings(_reader.Leaves[leaf].AtomicReader);
                _postings[leaf] = postings;
            }

            var titleSizes = _reader.Leaves[leaf].AtomicReader.GetNumericDocValues(IndexSchema.TitleWords);
            foreach (var (doc, article) in leads)
            {
                titleWords[article] = titleSizes?.Get(doc) ?? 0;
            }

            for (var w = 0; w < _words.Count; w++)
            {
                foreach (var term in _words[w].Title)
                {
                    MarkHolders(postings.Of(term), leads, inTitle, w);
                }

                foreach (var term in _words[w].StandInTitle)
                {
                    MarkHolders(postings.Of(term), leads, standInTitle, w);
                }

                foreach (var (_, article) in leads)
                {
                    // the text of an article whose title holds the word is not walked
                    held[article, w] = inTitle[article, w] || standInTitle[article, w];
                }

                foreach (var term in _words[w].Text)
                {
                    MarkHolders(postings.Of(term), paragraphs, held, w);
                }
            }
        }

        for (var a = 0; a < articles.Count; a++)
        {
            var (count, titled) = (0, 0);
            var weight = 0.0;
            // An acronym in the title held for several query words is one title term, counted once, and not again
            // when the query has the acronym itself too ("KPK komisi pemberantasan korupsi").
            var counted = new HashSet<string>(StringComparer.Ordinal);
            for (var w = 0; w < _words.Count; w++)
            {
                if (inTitle[a, w])
                {
                    titled++;
                    counted.Add(_words[w].Title[0].Text);
                }
            }

            for (var w = 0; w < _words.Count; w++)
            {
                if (!inTitle[a, w] && standInTitle[a, w] && !_words[w].StandInTitle.Any(t => counted.Contains(t.Text)))
                {
                    titled++;
                    counted.UnionWith(_words[w].StandInTitle.Select(t => t.Text));
                }

                if (held[a, w])
                {
                    count++;
                    weight += _words[w].Weight;
                }
            }

            // Each query word found in the title is one of its distinct terms (words sharing a stem count once).
            var named = titleWords[a] > 0 && titled >= titleWords[a];
            // A remembered headline: of titles holding its words alike, the one with fewer others is likelier the one
            // remembered (step 21).
            var titleShare = !_headline ? 1.0 : titleWords[a] > 0 ? Math.Min(1.0, (double)titled / titleWords[a]) : 0.0;
            _measured[articles[a].Article] = new ArticleCover(count, _words.Count, weight / _totalWeight, named, titleShare);
        }
    }

    /// <summary>
    /// Marks the articles whose paragraphs appear in <paramref name="postings"/>: a leapfrog intersection of the two
    /// sorted lists, each side jumping to the other's next document, so a rare term costs little and a common one
    /// no more than the paragraphs; the paragraphs of articles already known to hold the word are passed over.
    /// </summary>
    private static void MarkHolders(DocsEnum? postings, List<(int Doc, int Article)> paragraphs, bool[,] held, int word)
    {
        if (postings is null)
        {
            return;
        }

        var i = 0;
        var at = postings.NextDoc();
        while (i < paragraphs.Count && at != DocIdSetIterator.NO_MORE_DOCS)
        {
            var (doc, article) = paragraphs[i];
            if (held[article, word])
            {
                i++;
            }
            else if (at < doc)
            {
                at = postings.Advance(doc);
            }
            else if (at > doc)
            {
                i = FirstAtOrAfter(paragraphs, at, i + 1);
            }
            else
            {
                held[article, word] = true;
                i++;
            }
        }
    }

    /// <summary>The index of the first paragraph at or after document <paramref name="doc"/>, searching from <paramref name="from"/>.</summary>
    private static int FirstAtOrAfter(List<(int Doc, int Article)> paragraphs, int doc, int from)
    {
        var (low, high) = (from, paragraphs.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = paragraphs[middle].Doc < doc ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>BM25's IDF (always positive): a word in fewer paragraphs weighs more.</summary>
    private static double InverseDocumentFrequency(int documents, int total) =>
        Math.Log(1 + ((total - documents + 0.5) / (documents + 0.5)));

    /// <summary>
    /// Postings of one segment for the query's terms, kept for the whole query: one terms enumerator per field, each
    /// term looked up once (later by its saved state), and the postings enumerator of each field reused. Looking terms
    /// up afresh for every batch of articles cost more than walking the postings.
    /// </summary>
    private sealed class SegmentPostings(AtomicReader segment)
    {
        private readonly Dictionary<string, TermsEnum?> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<Term, TermState?> _states = [];
        private readonly Dictionary<string, DocsEnum> _reuse = new(StringComparer.Ordinal);

        public DocsEnum? Of(Term term)
        {
            if (!_fields.TryGetValue(term.Field, out var terms))
            {
                terms = segment.GetTerms(term.Field)?.GetEnumerator();
                _fields[term.Field] = terms;
            }

            if (terms is null)
            {
                return null;
            }

            if (!_states.TryGetValue(term, out var state))
            {
                state = terms.SeekExact(term.Bytes) ? terms.GetTermState() : null;
                _states[term] = state;
            }
            else if (state is not null)
            {
                terms.SeekExact(term.Bytes, state);
            }

            if (state is null)
            {
                return null;
            }

            var docs = terms.Docs(segment.LiveDocs, _reuse.GetValueOrDefault(term.Field), DocsFlags.NONE);
            _reuse[term.Field] = docs;
            return docs;
        }
    }
}
