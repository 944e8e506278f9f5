using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>The Lucene clauses a query word, a phrase or a stand-in becomes, weighted by <see cref="RankingWeights"/>.</summary>
internal static class QueryClauses
{
    /// <summary>
    /// A stem term, or the best of several when the word may be indexed under another (scored once), or when an
    /// acronym or a long form stands in for it (<see cref="StandIn"/>).
    /// </summary>
    /// <param name="apart">The stems of the word written as two (<see cref="WordReadings.Apart"/>), asked as a phrase; null, none.</param>
    public static Query StemTerm(string field, string stem, List<string> otherStems, float boost, StandIn standIn = default, IReadOnlyList<string>? apart = null)
    {
        var terms = standIn.Terms ?? [];
        if (otherStems.Count == 0 && terms.Count == 0 && (standIn.LongForms ?? []).Count == 0 && apart is null)
        {
            return Term(field, stem, boost);
        }

        var either = new DisjunctionMaxQuery(0f) { Term(field, stem, 1f) };
        otherStems.ForEach(other => either.Add(Term(field, other, 1f)));
        if (apart is not null)
        {
            // A phrase scores the sum of its words' IDFs: half of it scores the two words about as the one typed.
            either.Add(Phrase(field, apart, 1f / apart.Count));
        }

        foreach (var term in terms)
        {
            either.Add(Term(field, term, standIn.Weight));
        }

        foreach (var longForm in standIn.LongForms ?? [])
        {
            foreach (var stems in new[] { longForm.LongFormStems, longForm.TitleCaseStems }.OfType<IReadOnlyList<(string Stem, int Position)>>())
            {
                // Slop 1: a title may join the words by another small word. A phrase scores the sum of its words'
                // IDFs; 1/n of it scores the long form about as the one acronym it stands for.
                var phrase = new PhraseQuery { Slop = 1, Boost = 1f / stems.Count };
                foreach (var (word, position) in stems)
                {
                    phrase.Add(new Term(field, word), position);
                }

                either.Add(phrase);
            }
        }

        either.Boost = boost;
        return either;
    }

    /// <summary>A word: its stem, plus its surface form as a bonus; a stopword matches by surface form only.</summary>
    public static Query Word(bool isTitle, string word, string? stem, List<string> otherStems, StandIn standIn, IReadOnlyList<string>? apart = null)
    {
        var (stemField, exactField) = isTitle ? (IndexSchema.Title, IndexSchema.TitleExact) : (IndexSchema.Text, IndexSchema.TextExact);
        if (stem is null)
        {
            return Term(exactField, word, RankingWeights.TextStem);
        }

        var query = new BooleanQuery(disableCoord: true);
        query.Add(StemTerm(stemField, stem, otherStems, RankingWeights.TextStem, standIn, apart), Occur.SHOULD);
        query.Add(Term(exactField, word, isTitle ? RankingWeights.TitleExact : RankingWeights.TextExact), Occur.SHOULD);
        return query;
    }

    public static Query Term(string field, string term, float boost) => new TermQuery(new Term(field, term)) { Boost = boost };

    public static Query Phrase(string field, IEnumerable<string> words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }
}
