using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>What <see cref="ForgivingQueryBuilder"/> gathers while it reads the parts of one query.</summary>
internal sealed class QueryBuildState
{
    public BooleanQuery Match { get; } = [];
    /// <summary>Every title clause: the optional boost of any paragraph of the article.</summary>
    public BooleanQuery TitleBoost { get; } = new(disableCoord: true);

    /// <summary>The same clauses for the title-as-paragraph test; in a caseless query they ask for capitalised stems too.</summary>
    public BooleanQuery TitleWords { get; } = new(disableCoord: true);

    /// <summary>What the title-as-paragraph clause scores each hit (<see cref="TitleCredit"/>).</summary>
    public ScoreRecorder TitleScores { get; } = new();

    /// <summary>The query has no upper-case letter at all.</summary>
    public bool Caseless { get; init; }

    /// <summary>The query is a question (<see cref="QuestionQuery"/>).</summary>
    public bool Question { get; init; }

    /// <summary>Acronyms and compounds may stand in for words: not under <see cref="MatchMode.All"/>, whose words are promised.</summary>
    public bool StandInsAllowed { get; init; }
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>The clause keys (<see cref="Seen"/>) of the query's <c>+required</c> parts.</summary>
    public HashSet<string> RequiredKeys { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Clauses of a plain part that are required all the same: one of its words is also typed <c>+required</c>.</summary>
    public HashSet<Query> RequiredClauses { get; } = new(ReferenceEqualityComparer.Instance);
    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);

    /// <summary>The stems and written forms of the excluded paragraph words, which nothing marks (<see cref="HighlightTerms.ExcludedStems"/>).</summary>
    public HashSet<string> ExcludedStems { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ExcludedSurfaces { get; } = new(StringComparer.Ordinal);

    /// <summary>The excluded words' readings as two words (<c>-ektp</c>: "e ktp"), whose phrases nothing marks either.</summary>
    public HashSet<string> ExcludedApart { get; } = new(StringComparer.Ordinal);
    public List<HighlightPhrase> Phrases { get; } = [];

    /// <summary>Each paragraph phrase's readings, the one as typed first (<see cref="ParsedQuery.PhraseReadings"/>).</summary>
    public List<IReadOnlyList<IReadOnlyList<string>>> PhraseReadings { get; } = [];

    /// <summary>Each <c>title:</c> phrase's readings (<see cref="ParsedQuery.TitlePhraseReadings"/>).</summary>
    public List<IReadOnlyList<IReadOnlyList<string>>> TitlePhraseReadings { get; } = [];

    /// <summary>Prefix words (<c>korup*</c>): every word they reach is marked.</summary>
    public List<HighlightPattern> Patterns { get; } = [];
    public List<string> Prefixes { get; } = [];

    /// <summary>The prefixes of <c>title:</c> words typed with a trailing <c>*</c>: a missing one is named with its field.</summary>
    public List<string> TitlePrefixes { get; } = [];

    /// <summary>What only <c>title:</c> parts searched: marked in the title, never in the paragraph.</summary>
    public HashSet<string> TitleStems { get; } = new(StringComparer.Ordinal);
    public HashSet<string> TitleSurfaces { get; } = new(StringComparer.Ordinal);
    public List<HighlightPhrase> TitlePhrases { get; } = [];
    public List<HighlightPattern> TitlePatterns { get; } = [];
    public List<QueryWord> Words { get; } = [];

    /// <summary>The positive words of <c>title:</c> parts, which search the title only: a missing one is named.</summary>
    public List<QueryWord> TitleOnlyWords { get; } = [];

    /// <summary>What stands in for each word (part, token) of a long form or a compound typed in the query (<see cref="ForgivingQueryBuilder"/>).</summary>
    public Dictionary<(QueryPart Part, int Token), StandIn> StandIns { get; } = new(new PartTokenComparer());

    /// <summary>The first of <see cref="StandIns"/> for each word as written, for a word the query repeats outside its long form or compound.</summary>
    public Dictionary<string, StandIn> StandInsByWord { get; } = new(StringComparer.Ordinal);
    public int Positive { get; set; }

    /// <summary>The query's words as written (stopwords too): they add score once the title counts as a paragraph.</summary>
    public BooleanQuery TitleAsWritten { get; } = new(disableCoord: true);

    /// <summary>Parts by reference (two parts may be equal records), tokens by index.</summary>
    private sealed class PartTokenComparer : IEqualityComparer<(QueryPart Part, int Token)>
    {
        public bool Equals((QueryPart Part, int Token) x, (QueryPart Part, int Token) y) => ReferenceEquals(x.Part, y.Part) && x.Token == y.Token;

        public int GetHashCode((QueryPart Part, int Token) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Part), obj.Token);
    }
}
