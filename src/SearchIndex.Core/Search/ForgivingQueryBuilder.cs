using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// Turns <see cref="QueryPart"/>s into a Lucene query weighted by <see cref="RankingWeights"/>. Words go through the
/// index's analysis chains: stem on <c>text</c>, surface on <c>text_exact</c>; phrases match <c>text_exact</c> at
/// consecutive positions; the title only boosts. Stopwords are dropped unless the query has nothing else.
/// </summary>
/// <param name="reader">The index, for how often a word is held whole (<see cref="WordReadings.MostlyAName"/>); null, none.</param>
/// <param name="acronyms">Long forms and the acronyms that stand in for them; null, the shipped <see cref="AcronymTable.Default"/>.</param>
public sealed partial class ForgivingQueryBuilder(Analyzer stemmed, Analyzer surface, IndexReader? reader = null, AcronymTable? acronyms = null)
{
    private readonly AcronymTable _acronyms = acronyms ?? AcronymTable.Default;
    private readonly WordReadings _readings = new(stemmed, reader);
    private readonly SpellingVariants _variants = new(stemmed);

    /// <summary>The query for <paramref name="parts"/>; <paramref name="leadsByTitle"/>: an article's lead may answer a
    /// query its title holds (<see cref="SearchOptions.LeadsByTitle"/>).</summary>
    public ParsedQuery Build(IReadOnlyList<QueryPart> parts, MatchMode mode, bool leadsByTitle)
    {
        // source: parts only filter (SourceFilter): nothing that decides what matches or how it scores may see them,
        // or "banjir -source:zzz" would match and rank unlike "banjir" ("source:Kompas" is not a capitalised word).
        var typed = parts.Where(p => p.Field != ForgivingQueryParser.SourceField).Select(p => DottedQueryWords.Split(p, surface, reader)).ToList();
        var requiredKeys = RequiredKeys(typed);
        var words = RequireTwins(typed, requiredKeys);
        // A query typed without any capital gives no case to go by: its words may stand in a Title Case headline,
        // unless it is a question, which is not a headline remembered (the question mark may have been stripped).
        var question = QuestionQuery.Matches(words);
        var state = new QueryBuildState
        {
            Caseless = !words.Any(p => p.Text.Any(char.IsUpper)) && !question,
            Question = question,
            StandInsAllowed = mode == MatchMode.Any,
            RequiredKeys = requiredKeys,
        };
        // A pasted text repeats words ("banjir" ×64, then "asap"): the cap counts distinct parts, or the repeats used it up.
        var groups = Group(words.Count <= RankingWeights.MaxQueryParts ? words : words.Distinct().Take(RankingWeights.MaxQueryParts));
        if (state.StandInsAllowed)
        {
            // Required words and --all promise the words themselves in the paragraph: nothing stands in there.
            FindStandIns(state, groups.SelectMany(g => g));
        }

        foreach (var group in groups)
        {
            AddGroup(state, group, mode, stopwordsOnly: false);
        }

        if (state.Positive == 0)
        {
            // A query of stopwords only ("yang") still means something: match those words as written.
            foreach (var group in groups)
            {
                AddGroup(state, group, mode, stopwordsOnly: true);
            }
        }

        // Only a plain any-word query may be answered by a title alone: +required and -excluded words, and --all,
        // are promises about the paragraph's own text, and so is a list by date or a count, --any or not. A required or
        // excluded stopword ("-yang banjir") promises nothing beside other words: it is dropped, as any stopword is.
        var leadMayMatch = leadsByTitle && mode == MatchMode.Any && words.All(p => p.Occur == QueryPartOccur.Default
            || (state.Positive > 0 && !p.IsPhrase && p.Field is null && TokenReader.Terms(stemmed, p.Text).Count == 0));
        var exclusionsOnly = state.Positive == 0 && state.Match.Clauses.Count > 0;
        var match = state.Positive > 0 ? WithTitleBoost(WithProximity(state), state, leadMayMatch)
            : exclusionsOnly ? EverythingBut(state.Match) : null;
        state.Phrases.RemoveAll(p => p.Stemmed && state.ExcludedApart.Contains(string.Join(' ', p.Terms)));
        var highlight = new HighlightTerms(state.Stems, state.Surfaces, state.Phrases, state.Patterns)
        {
            ExcludedStems = state.ExcludedStems,
            ExcludedSurfaces = state.ExcludedSurfaces,
        };
        var titleHighlight = highlight.With(new HighlightTerms(state.TitleStems, state.TitleSurfaces, state.TitlePhrases, state.TitlePatterns));
        return new ParsedQuery(match, SourceFilter(parts), highlight, titleHighlight, state.Words)
        {
            TitleScores = state.TitleScores,
            Prefixes = state.Prefixes,
            TitlePrefixes = state.TitlePrefixes,
            PhraseReadings = state.PhraseReadings,
            TitlePhraseReadings = state.TitlePhraseReadings,
            Headline = !state.Question && state.TitleWords.Clauses.Count >= RankingWeights.HeadlineMinWords,
            TitleOnlyWords = state.TitleOnlyWords,
            ExclusionsOnly = exclusionsOnly,
        };
    }

    /// <summary>
    /// A plain part whose words are also typed <c>+required</c> ("banjir jakarta +banjir") is required itself: a repeated
    /// word makes one clause, at its first place (<see cref="PartQueries"/>), so the plain one would take it and the
    /// <c>+</c> be dropped, leaving the word optional. Upgrading the first one keeps the clause where it was typed.
    /// </summary>
    private List<QueryPart> RequireTwins(List<QueryPart> parts, HashSet<string> required)
    {
        if (required.Count == 0)
        {
            return parts;
        }

        return parts.ConvertAll(p => p.Occur == QueryPartOccur.Default && TwinKeys(p) is { Count: > 0 } keys && keys.All(required.Contains)
            ? p with { Occur = QueryPartOccur.Required }
            : p);
    }

    /// <summary>The clause keys of the <c>+required</c> parts, as <see cref="PartQueries"/> keys its clauses.</summary>
    private HashSet<string> RequiredKeys(List<QueryPart> parts) =>
        parts.Where(p => p.Occur == QueryPartOccur.Required).SelectMany(TwinKeys).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Keyed as <see cref="PartQueries"/> makes its clauses: a prefix (a clause of its own beside the word), a phrase's
    /// whole word run, or each of the words a word analyses to.
    /// </summary>
    private List<string> TwinKeys(QueryPart part)
    {
        if (!part.IsPhrase && PrefixWord.Of(surface, part.Text) is { } prefix)
        {
            return ["*" + part.Field + ":" + prefix];
        }

        var terms = TokenReader.Terms(surface, part.Text);
        return part.IsPhrase ? ["\"" + part.Field + ":" + string.Join(' ', terms)] : terms.ConvertAll(t => part.Field + ":" + t);
    }

    /// <summary>
    /// Every paragraph but those <paramref name="excluded"/> (only MUST_NOT clauses) rejects, at one score: a query of
    /// excluded words alone ("-jakarta source:tempo.co") lists what it keeps, where Lucene would match nothing and the
    /// filter alone would keep the excluded paragraphs too.
    /// </summary>
    private static ConstantScoreQuery EverythingBut(BooleanQuery excluded)
    {
        excluded.Add(new MatchAllDocsQuery(), Occur.MUST);
        return new ConstantScoreQuery(excluded);
    }

    /// <summary>
    /// Each pair of consecutive query words (stopwords skipped) adds an optional sloppy phrase on the surface field:
    /// paragraphs where the words stand close together, as typed, rank above ones that scatter them.
    /// </summary>
    private static BooleanQuery WithProximity(QueryBuildState state)
    {
        if (state.Words.Count < 2)
        {
            return state.Match;
        }

        var query = new BooleanQuery(disableCoord: true) { { state.Match, Occur.MUST } };
        for (var i = 0; i + 1 < state.Words.Count; i++)
        {
            var pair = new PhraseQuery { Slop = RankingWeights.ProximitySlop, Boost = RankingWeights.Proximity };
            pair.Add(new Term(IndexSchema.TextExact, state.Words[i].Word));
            pair.Add(new Term(IndexSchema.TextExact, state.Words[i + 1].Word));
            query.Add(pair, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// Marks the words of each acronym's long form typed as plain words ("menteri tenaga kerja"): the acronym
    /// (<c>Menaker</c>) stands in for each of them (<see cref="QueryClauses.StemTerm"/>), so a headline that has only the acronym
    /// holds those words. Then two words the index also holds written as one (<see cref="WordReadings.Compound"/>). A phrase, a
    /// <c>title:</c>, required, excluded or prefix word, or <c>OR</c>, ends a run of words.
    /// </summary>
    private void FindStandIns(QueryBuildState state, IEnumerable<QueryPart> parts)
    {
        var run = new List<(QueryPart Part, int Token, string Word)>();
        void Close()
        {
            foreach (var (start, acronym) in _acronyms.LongFormsIn(run.ConvertAll(w => w.Word)))
            {
                for (var k = 0; k < acronym.LongForm.Count; k++)
                {
                    var (part, token, word) = run[start + k];
                    state.StandIns[(part, token)] = StandIn.For(acronym);
                    state.StandInsByWord.TryAdd(word, StandIn.For(acronym));
                }
            }

            for (var i = 0; i + 1 < run.Count; i++)
            {
                var (first, second) = (run[i], run[i + 1]);
                if (!state.StandIns.ContainsKey((first.Part, first.Token)) && !state.StandIns.ContainsKey((second.Part, second.Token))
                    && _readings.Compound(first.Word, second.Word, hyphenated: ReferenceEquals(first.Part, second.Part) && first.Part.Text.AsSpan().IndexOfAny(Hyphens) >= 0) is var (terms, firstWeight, secondWeight))
                {
                    state.StandIns[(first.Part, first.Token)] = new StandIn(terms, firstWeight);
                    state.StandIns[(second.Part, second.Token)] = new StandIn(terms, secondWeight);
                    state.StandInsByWord.TryAdd(first.Word, new StandIn(terms, firstWeight));
                    state.StandInsByWord.TryAdd(second.Word, new StandIn(terms, secondWeight));
                    i++;
                }
            }

            run.Clear();
        }

        foreach (var part in parts)
        {
            // "a OR b" names alternatives, not one long form or compound.
            if (part.OrWithPrevious)
            {
                Close();
            }

            // A prefix (korup*) is no word of a long form or a compound either.
            if (part.IsPhrase || part.Field is not null || part.Occur != QueryPartOccur.Default || PrefixWord.Of(surface, part.Text) is not null)
            {
                Close();
                continue;
            }

            var tokens = TokenReader.Terms(surface, part.Text);
            for (var t = 0; t < tokens.Count; t++)
            {
                // A word of a hyphenated part also typed +required ("banjir-jakarta +banjir") is required there too.
                if (state.RequiredKeys.Contains(":" + tokens[t]))
                {
                    Close();
                    continue;
                }

                run.Add((part, t, tokens[t]));
            }
        }

        Close();
    }

    /// <summary>What joins two words of one typed part into a hyphenated word (<c>R-KUHP</c>, <c>R–KUHP</c>), which the tokenizer splits.</summary>
    private const string Hyphens = "-\u2010\u2011\u2013";

    /// <summary>Parts joined by OR form one group; every other part is a group of its own.</summary>
    private static List<List<QueryPart>> Group(IEnumerable<QueryPart> parts)
    {
        var groups = new List<List<QueryPart>>();
        foreach (var part in parts)
        {
            if (part.OrWithPrevious && groups.Count > 0 && part.Occur != QueryPartOccur.Excluded)
            {
                groups[^1].Add(part);
            }
            else
            {
                groups.Add([part]);
            }
        }

        return groups;
    }

    private void AddGroup(QueryBuildState state, List<QueryPart> group, MatchMode mode, bool stopwordsOnly)
    {
        // An OR group whose every alternative is required ("+a OR +b", or AND next to it) requires one of them, as
        // --all requires each group.
        var positive = group.Where(p => p.Occur != QueryPartOccur.Excluded).ToList();
        var requiredGroup = positive.Count > 1 && positive.All(p => p.Occur == QueryPartOccur.Required);
        var alternatives = new List<Query>();
        foreach (var part in group)
        {
            var queries = PartQueries(state, part, stopwordsOnly).ToList();
            if (queries.Count == 0)
            {
                continue;
            }

            if (part.Occur == QueryPartOccur.Excluded)
            {
                queries.ForEach(q => state.Match.Add(q, Occur.MUST_NOT));
                continue;
            }

            state.Positive++;
            // A word of this part that the query also types +required: its clause, made here, is required.
            var required = queries.Where(state.RequiredClauses.Contains).ToList();
            if (required.Count > 0)
            {
                required.ForEach(q => state.Match.Add(q, Occur.MUST));
                queries = queries.Except(required, ReferenceEqualityComparer.Instance).Cast<Query>().ToList();
                if (queries.Count == 0)
                {
                    continue;
                }
            }

            if (!requiredGroup && (part.Occur == QueryPartOccur.Required || mode == MatchMode.Any))
            {
                // Under Any, OR changes nothing: every word is optional already.
                var occur = part.Occur == QueryPartOccur.Required ? Occur.MUST : Occur.SHOULD;
                queries.ForEach(q => AddFlat(state.Match, q, occur));
                continue;
            }

            alternatives.Add(queries.Count == 1 ? queries[0] : AllOf(queries));
        }

        if (alternatives.Count == 1)
        {
            state.Match.Add(alternatives[0], Occur.MUST);
        }
        else if (alternatives.Count > 1)
        {
            var either = new BooleanQuery(disableCoord: true);
            alternatives.ForEach(q => either.Add(q, Occur.SHOULD));
            state.Match.Add(either, Occur.MUST);
        }
    }

    /// <summary>
    /// Adds optional clauses of an all-optional sub-query directly: one flat disjunction is scored by Lucene's faster
    /// bulk scorer instead of nested ones. It also makes coordination count a word's stem and its written form as two
    /// of the query's terms, so a paragraph using the query's own word forms ranks higher: measured better than
    /// counting whole words (docs/relevance.md, "Choices", step 8).
    /// </summary>
    private static void AddFlat(BooleanQuery target, Query query, Occur occur)
    {
        if (occur == Occur.SHOULD && query is BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0 } inner && inner.Clauses.All(c => c.Occur == Occur.SHOULD))
        {
            inner.Clauses.ToList().ForEach(c => target.Add(c.Query, Occur.SHOULD));
            return;
        }

        target.Add(query, occur);
    }

    /// <summary>Under All, a typed word that analyses to several words (<c>Rusia-Korut</c>) needs each of them.</summary>
    private static BooleanQuery AllOf(List<Query> queries)
    {
        var all = new BooleanQuery(disableCoord: true);
        queries.ForEach(q => all.Add(q, Occur.MUST));
        return all;
    }

    /// <summary>
    /// What sets an excluded part's clause apart from the same word's positive one: each is made once, but a word both
    /// wanted and excluded ("banjir -banjir", "-banjir banjir") needs both, so the exclusion wins as in Lucene, not
    /// whichever came first (the exclusion had been dropped, or the wanted word, listing every other paragraph).
    /// </summary>
    private static string Excluding(QueryPart part) => part.Occur == QueryPartOccur.Excluded ? "-" : "";

    /// <summary><c>source:x</c> parts: any of the positive ones, none of the excluded ones.</summary>
    private static Query? SourceFilter(IReadOnlyList<QueryPart> parts)
    {
        var sources = parts.Where(p => p.Field == ForgivingQueryParser.SourceField).Take(RankingWeights.MaxQueryParts).ToList();
        if (sources.Count == 0)
        {
            return null;
        }

        var filter = new BooleanQuery();
        var anyOf = new BooleanQuery();
        foreach (var part in sources)
        {
            var term = new TermQuery(new Term(IndexSchema.SourceKey, ParagraphDocuments.SourceKey(part.Text)));
            if (part.Occur == QueryPartOccur.Excluded)
            {
                filter.Add(term, Occur.MUST_NOT);
            }
            else
            {
                anyOf.Add(term, Occur.SHOULD);
            }
        }

        filter.Add(anyOf.Clauses.Count > 0 ? anyOf : new MatchAllDocsQuery(), Occur.MUST);
        return filter;
    }
}
