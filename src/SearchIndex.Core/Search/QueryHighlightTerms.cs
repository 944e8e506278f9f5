using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// Highlight terms of a strict-syntax query, read from its rewritten form (wildcards expanded to terms). Terms of
/// <c>text</c> and <c>title</c> mark by stem, of <c>text_exact</c> and <c>title_exact</c> by surface form, each in
/// the text it searched (paragraph words mark the title too); excluded clauses and other fields mark nothing.
/// </summary>
public static class QueryHighlightTerms
{
    /// <param name="parsed">The query as parsed: its wildcards, prefixes, regular expressions and ranges become patterns,
    /// since a pattern can match more terms than the rewritten query lists.</param>
    /// <param name="rewritten">The query rewritten against the index: its terms and phrases.</param>
    /// <returns>What to mark in the paragraph, in the title, and the paragraph's stems as query words.</returns>
    public static (HighlightTerms Text, HighlightTerms Title, List<QueryWord> Words) From(Query parsed, Query rewritten)
    {
        var text = new Collected();
        var title = new Collected();
        Walk(rewritten, text, title);
        WalkPatterns(parsed, text, title);
        var typed = new Collected();
        var typedTitle = new Collected();
        WalkTyped(parsed, typed, typedTitle);
        text.LeaveToPatterns(typed);
        title.LeaveToPatterns(typedTitle);
        var words = text.Stems.Select(s => new QueryWord(s, s)).ToList();
        var textTerms = text.ToTerms();
        return (textTerms, textTerms.With(title.ToTerms()), words);
    }

    /// <summary>The clauses of <paramref name="query"/> that can match, nested booleans and disjunctions opened; excluded clauses left out.</summary>
    private static IEnumerable<Query> Matching(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).SelectMany(c => Matching(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.SelectMany(Matching),
        _ => [query],
    };

    private static void Walk(Query query, Collected text, Collected title)
    {
        foreach (var clause in Matching(query))
        {
            switch (clause)
            {
                case TermQuery term:
                    AddTerm(term.Term, text, title);
                    break;
                case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms:
                    var (into, stemmed) = Target(terms[0].Field, text, title);
                    into?.Phrases.Add(new HighlightPhrase(terms.Select(t => t.Text).ToList(), stemmed, phrase.Slop, phrase.GetPositions()));
                    break;
                case MultiPhraseQuery multi when multi.GetTermArrays() is { Count: > 0 } positions:
                    // A quoted glued word ("B.J.Habibie masuk"): the whole word or its first part at one position. Each
                    // reading is a phrase to mark, so only the phrase's occurrences are marked, not its words anywhere.
                    var (multiInto, multiStemmed) = Target(positions[0][0].Field, text, title);
                    multiInto?.Phrases.AddRange(Readings(positions).Take(MaxReadings).Select(reading => new HighlightPhrase(reading, multiStemmed)));
                    break;
                case ConstantScoreQuery constant when constant.Query is not null:
                    Walk(constant.Query, text, title);
                    break;
                case FilteredQuery filtered:
                    Walk(filtered.Query, text, title);
                    break;
                default:
                    AddExtracted(clause, text, title);
                    break;
            }
        }
    }

    /// <summary>Readings of a multi-phrase marked at most: one per choice at each position.</summary>
    private const int MaxReadings = 16;

    private static IEnumerable<List<string>> Readings(IList<Term[]> positions, int from = 0)
    {
        if (from == positions.Count)
        {
            yield return [];
            yield break;
        }

        foreach (var term in positions[from])
        {
            foreach (var rest in Readings(positions, from + 1))
            {
                yield return [term.Text, .. rest];
            }
        }
    }

    private static void WalkPatterns(Query query, Collected text, Collected title)
    {
        foreach (var pattern in Matching(query).OfType<MultiTermQuery>())
        {
            if (Accepts(pattern) is { } accepts)
            {
                var (into, stemmed) = Target(pattern.Field, text, title);
                into?.Patterns.Add(new HighlightPattern(accepts, stemmed));
            }
        }
    }

    /// <summary>The terms the parsed query names itself, outside its patterns (which it has not yet expanded).</summary>
    private static void WalkTyped(Query query, Collected text, Collected title)
    {
        foreach (var term in Matching(query).OfType<TermQuery>())
        {
            AddTerm(term.Term, text, title);
        }
    }

    /// <summary>The terms a pattern query matches, as a test; null for fuzzy queries, whose few terms the rewrite lists.</summary>
    private static Predicate<string>? Accepts(MultiTermQuery query) => query switch
    {
        PrefixQuery prefix => term => term.StartsWith(prefix.Prefix.Text, StringComparison.Ordinal),
        AutomatonQuery automaton => new CharacterRunAutomaton(automaton.Automaton).Run,
        TermRangeQuery range => term => InRange(new BytesRef(term), range),
        _ => null,
    };

    private static bool InRange(BytesRef term, TermRangeQuery range)
    {
        var lower = range.LowerTerm is null ? 1 : term.CompareTo(range.LowerTerm);
        var upper = range.UpperTerm is null ? -1 : term.CompareTo(range.UpperTerm);
        return (lower > 0 || (lower == 0 && range.IncludesLower)) && (upper < 0 || (upper == 0 && range.IncludesUpper));
    }

    private static void AddExtracted(Query query, Collected text, Collected title)
    {
        var terms = new HashSet<Term>();
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            return; // e.g. a numeric range: nothing to mark in text
        }

        foreach (var term in terms)
        {
            AddTerm(term, text, title);
        }
    }

    private static void AddTerm(Term term, Collected text, Collected title)
    {
        var (into, stemmed) = Target(term.Field, text, title);
        (stemmed ? into?.Stems : into?.Surfaces)?.Add(term.Text);
    }

    /// <summary>Which text a field's terms mark, the paragraph's or the title's (null: neither), and whether by stem.</summary>
    private static (Collected? Into, bool Stemmed) Target(string field, Collected text, Collected title) => field switch
    {
        IndexSchema.Text => (text, true),
        IndexSchema.TextExact => (text, false),
        IndexSchema.Title => (title, true),
        IndexSchema.TitleExact => (title, false),
        _ => (null, false),
    };

    /// <summary>The terms found for one of the texts a hit shows.</summary>
    private sealed class Collected
    {
        public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);
        public List<HighlightPhrase> Phrases { get; } = [];
        public List<HighlightPattern> Patterns { get; } = [];

        public HighlightTerms ToTerms() => new(Stems, Surfaces, Phrases, Patterns);

        /// <summary>
        /// Drops the terms the rewrite listed because a pattern matched them, unless <paramref name="typed"/> names them: the
        /// pattern marks them itself, and as terms they marked a glued word whole where the pattern reached only its part
        /// (<c>korup*</c> marked <c>korupsi.Terakhir</c>, the index holding that whole word beside <c>korupsi</c>).
        /// </summary>
        public void LeaveToPatterns(Collected typed)
        {
            Stems.RemoveWhere(term => !typed.Stems.Contains(term) && Patterns.Any(p => p.Stemmed && p.Accepts(term)));
            Surfaces.RemoveWhere(term => !typed.Surfaces.Contains(term) && Patterns.Any(p => !p.Stemmed && p.Accepts(term)));
        }
    }
}
