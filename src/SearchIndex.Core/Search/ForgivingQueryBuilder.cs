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
public sealed class ForgivingQueryBuilder(Analyzer stemmed, Analyzer surface)
{
    public ParsedQuery Build(IReadOnlyList<QueryPart> parts, MatchMode mode)
    {
        var state = new BuildState();
        var groups = Group(parts.Where(p => p.Field != ForgivingQueryParser.SourceField).Take(RankingWeights.MaxQueryParts));
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

        var match = state.Positive == 0 ? null : WithTitleBoost(state.Match, state.TitleBoost);
        var highlight = new HighlightTerms(state.Stems, state.Surfaces, state.Phrases);
        return new ParsedQuery(match, SourceFilter(parts), highlight, state.Words);
    }

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

    private void AddGroup(BuildState state, List<QueryPart> group, MatchMode mode, bool stopwordsOnly)
    {
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
            if (part.Occur == QueryPartOccur.Required || mode == MatchMode.Any)
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
            var either = new BooleanQuery();
            alternatives.ForEach(q => either.Add(q, Occur.SHOULD));
            state.Match.Add(either, Occur.MUST);
        }
    }

    /// <summary>
    /// Adds optional clauses of an all-optional sub-query directly: BM25 has no coord, so the score is the same, and
    /// one flat disjunction is scored by Lucene's faster bulk scorer instead of nested ones.
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
        var all = new BooleanQuery();
        queries.ForEach(q => all.Add(q, Occur.MUST));
        return all;
    }

    /// <summary>The queries of one part: one per analysed word, or one for a phrase; records highlight terms.</summary>
    private IEnumerable<Query> PartQueries(BuildState state, QueryPart part, bool stopwordsOnly)
    {
        var isTitle = part.Field == ForgivingQueryParser.TitleField;
        var words = TokenReader.Terms(surface, part.Text);
        if (state.Seen.Count >= RankingWeights.MaxQueryParts)
        {
            yield break;
        }

        if (part.IsPhrase && words.Count > 0)
        {
            if (stopwordsOnly || !state.Seen.Add("\"" + part.Field + ":" + string.Join(' ', words)))
            {
                yield break;
            }

            var phrase = words.Take(RankingWeights.MaxPhraseWords).ToList();
            yield return Phrase(isTitle ? IndexSchema.TitleExact : IndexSchema.TextExact, phrase, RankingWeights.TextPhrase);
            if (part.Occur != QueryPartOccur.Excluded && !isTitle)
            {
                state.Phrases.Add(new HighlightPhrase(phrase, Stemmed: false));
                state.TitleBoost.Add(Phrase(IndexSchema.TitleExact, phrase, RankingWeights.Title), Occur.SHOULD);
            }

            yield break;
        }

        foreach (var word in words)
        {
            if (state.Seen.Count >= RankingWeights.MaxQueryParts)
            {
                yield break; // one pasted "word" can analyse to thousands (a-b-c-...)
            }

            var stem = TokenReader.Terms(stemmed, word).FirstOrDefault();
            if ((stem is null) != stopwordsOnly || !state.Seen.Add(part.Field + ":" + word))
            {
                continue;
            }

            yield return Word(isTitle, word, stem);
            if (part.Occur != QueryPartOccur.Excluded && !isTitle)
            {
                state.Surfaces.Add(word);
                if (stem is not null)
                {
                    state.Stems.Add(stem);
                    state.Words.Add(new QueryWord(word, stem));
                    state.TitleBoost.Add(Term(IndexSchema.Title, stem, RankingWeights.Title), Occur.SHOULD);
                }
            }
        }
    }

    /// <summary>A word: its stem, plus its surface form as a bonus; a stopword matches by surface form only.</summary>
    private static Query Word(bool isTitle, string word, string? stem)
    {
        var (stemField, exactField) = isTitle ? (IndexSchema.Title, IndexSchema.TitleExact) : (IndexSchema.Text, IndexSchema.TextExact);
        if (stem is null)
        {
            return Term(exactField, word, RankingWeights.TextStem);
        }

        var query = new BooleanQuery();
        query.Add(Term(stemField, stem, RankingWeights.TextStem), Occur.SHOULD);
        query.Add(Term(exactField, word, isTitle ? RankingWeights.TitleExact : RankingWeights.TextExact), Occur.SHOULD);
        return query;
    }

    private static Query Term(string field, string term, float boost) => new TermQuery(new Term(field, term)) { Boost = boost };

    private static Query Phrase(string field, IEnumerable<string> words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    /// <summary>Title clauses add score to paragraphs that match already; they never make a paragraph match.</summary>
    private static Query WithTitleBoost(BooleanQuery match, BooleanQuery titleBoost)
    {
        if (titleBoost.Clauses.Count == 0)
        {
            return match;
        }

        var boosted = new BooleanQuery { { match, Occur.MUST }, { titleBoost, Occur.SHOULD } };
        return boosted;
    }

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

    private sealed class BuildState
    {
        public BooleanQuery Match { get; } = [];
        public BooleanQuery TitleBoost { get; } = [];
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);
        public List<HighlightPhrase> Phrases { get; } = [];
        public List<QueryWord> Words { get; } = [];
        public int Positive { get; set; }
    }
}
