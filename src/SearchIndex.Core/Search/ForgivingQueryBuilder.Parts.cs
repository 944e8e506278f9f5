using System.Text.RegularExpressions;
using Lucene.Net.Search;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>How each query part, a word or a phrase, becomes its clauses (<see cref="Build"/> groups and weights them).</summary>
public sealed partial class ForgivingQueryBuilder
{
    /// <summary>The queries of one part: one per analysed word, or one for a phrase; records highlight terms.</summary>
    private IEnumerable<Query> PartQueries(QueryBuildState state, QueryPart part, bool stopwordsOnly)
    {
        var isTitle = part.Field == ForgivingQueryParser.TitleField;
        var tokens = TokenReader.Read(surface, part.Text);
        var words = tokens.ConvertAll(t => t.Term);
        if (state.Seen.Count >= RankingWeights.MaxQueryParts)
        {
            yield break;
        }

        if (!part.IsPhrase && PrefixWord.Of(surface, part.Text) is { } prefix)
        {
            if (!stopwordsOnly && state.Seen.Add(Excluding(part) + "*" + part.Field + ":" + prefix))
            {
                yield return PrefixWord.Query(state, prefix, isTitle, highlight: part.Occur != QueryPartOccur.Excluded);
            }

            yield break;
        }

        if (part.IsPhrase && words.Count > 0)
        {
            // A glued word typed in a phrase ("B.J.Habibie") is its parts in a row; the whole word kept at the first
            // part's position (GluedWordFilter) would break the sequence.
            words = tokens.Where((_, i) => !IsKeptWhole(tokens, i)).Select(t => t.Term).ToList();
            if (stopwordsOnly || !state.Seen.Add(Excluding(part) + "\"" + part.Field + ":" + string.Join(' ', words)))
            {
                yield break;
            }

            var phrase = words.Take(RankingWeights.MaxPhraseWords).ToList();
            var readings = CapitalisedReading(part.Text, phrase) is { } split ? new[] { phrase, split } : [phrase];
            yield return Phrase(isTitle ? IndexSchema.TitleExact : IndexSchema.TextExact, readings, RankingWeights.TextPhrase);
            if (part.Occur != QueryPartOccur.Excluded && !isTitle)
            {
                state.Phrases.AddRange(readings.Select(r => new HighlightPhrase(r, Stemmed: false)));
                state.PhraseReadings.Add(readings);
                state.TitleBoost.Add(Phrase(IndexSchema.TitleExact, readings, RankingWeights.Title), Occur.SHOULD);
                state.TitleWords.Add(Phrase(IndexSchema.TitleExact, readings, RankingWeights.Title), Occur.SHOULD);
            }
            else if (part.Occur != QueryPartOccur.Excluded)
            {
                state.TitlePhrases.AddRange(readings.Select(r => new HighlightPhrase(r, Stemmed: false)));
                state.TitlePhraseReadings.Add(readings);
            }

            yield break;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (state.Seen.Count >= RankingWeights.MaxQueryParts)
            {
                yield break; // one pasted "word" can analyse to thousands (a-b-c-...)
            }

            if (IsKeptWhole(tokens, t))
            {
                continue; // an alternative of its first part, below
            }

            var word = token.Term;
            var stem = TokenReader.Terms(stemmed, word).FirstOrDefault();
            var guessed = stem is not null && AnalysisChain.RootIsGuessed(word);
            var otherStems = _readings.OtherStems(part.Text, token, stem, capitalised: guessed);
            // The title field keeps the lexicon's capitalised common words whole (AnalysisChain.CreateTitleAnalyzer).
            var titleOtherStems = _readings.OtherStems(part.Text, token, stem, capitalised: guessed, forTitles: true);
            // The string test first: the capitalised word is analysed only for a guess or a suffix reading.
            if (stem is not null && (guessed || word.StartsWith(stem, StringComparison.Ordinal))
                && _readings.NameReading(token, stem) is { } name && _readings.MostlyAName(name, word) && (guessed || _readings.HeldWholeOften(name)))
            {
                (stem, otherStems, titleOtherStems) = (name, [], []);
            }

            // "M.Si", "B.J.Habibie": the whole word, as the index also holds it, scores for its first part ("m", "b.j"),
            // so the query has as many words as parts, and --all requires a part or the whole, not both.
            var whole = t > 0 && IsKeptWhole(tokens, t - 1) && stem is not null
                ? TokenReader.Terms(stemmed, tokens[t - 1].Term).FirstOrDefault()
                : null;
            if (whole is not null)
            {
                otherStems = [.. otherStems, whole];
                titleOtherStems = [.. titleOtherStems, whole];
            }

            // karier also asks karir, as the same word (SpellingVariants).
            var variants = stem is null ? [] : _variants.Of(stem);
            if (variants.Count > 0)
            {
                otherStems = [.. otherStems, .. variants];
                titleOtherStems = [.. titleOtherStems, .. variants];
            }

            // A headline's "Kebakaran" is held whole (AnalysisChain.CreateTitleAnalyzer): title:bakar names it to find it,
            // as the paragraphs' kebakaran is found by bakar. Only a title: word; the title's share of a paragraph's
            // score keeps the whole words apart (docs/relevance.md, "Nineteenth session").
            var titleWhole = isTitle && stem is not null ? _readings.TitleWholeForms(stem) : [];
            if (titleWhole.Count > 0)
            {
                titleOtherStems = [.. titleOtherStems.Union(titleWhole, StringComparer.Ordinal)];
            }

            // A word of a several-word part ("banjir-jakarta") typed +required elsewhere in the query is made here, at
            // its first place, so it must be required here: RequireTwins upgrades only a part whose words all are.
            var requiredTwin = part.Occur == QueryPartOccur.Default && state.RequiredKeys.Contains(part.Field + ":" + word);
            var standIn = isTitle || part.Occur != QueryPartOccur.Default || requiredTwin || !state.StandInsAllowed ? StandIn.None
                : state.StandIns.TryGetValue((part, t), out var standInFound) ? standInFound
                // A word typed twice is one clause, made at its first place: "kerja menteri tenaga kerja".
                : state.StandInsByWord.TryGetValue(word, out var standInOfRepeat) ? standInOfRepeat
                : StandIn.LongFormsOf(_acronyms.LongFormsOf(word));

            if (stem is null && !stopwordsOnly && !isTitle && part.Occur != QueryPartOccur.Excluded && state.Seen.Add("title-stopword:" + word))
            {
                // Never a match on its own; only scores in the title-as-paragraph clause (see WithTitleBoost).
                state.TitleAsWritten.Add(QueryClauses.Term(IndexSchema.TitleExact, word, 1f), Occur.SHOULD);
            }

            if ((stem is null) != stopwordsOnly || !state.Seen.Add(Excluding(part) + part.Field + ":" + word))
            {
                continue;
            }

            // Not a stand-in: the same word, written apart, so --all and +required take it too.
            var apart = stem is null || whole is not null ? null : _readings.Apart(word);
            var clause = QueryClauses.Word(isTitle, word, stem, isTitle ? titleOtherStems : otherStems, standIn with { LongForms = null }, apart);
            if (requiredTwin)
            {
                state.RequiredClauses.Add(clause);
            }

            yield return clause;
            if (apart is not null && part.Occur != QueryPartOccur.Excluded)
            {
                // Placed as the query's phrase places them (QueryClauses.Phrase), next to each other: "e dan KTP", which
                // the phrase does not match, had been marked, the stopword between the parts passed over.
                (isTitle ? state.TitlePhrases : state.Phrases).Add(new HighlightPhrase(apart, Stemmed: true, Offsets: [.. Enumerable.Range(0, apart.Count)]));
            }

            if (part.Occur != QueryPartOccur.Excluded && isTitle)
            {
                // Marked as Word matches it: the stem, or the word as written (a stopword only so).
                state.TitleSurfaces.Add(word);
                if (stem is not null)
                {
                    state.TitleStems.Add(stem);
                    state.TitleStems.UnionWith(variants);
                    state.TitleStems.UnionWith(titleWhole);
                    state.TitleOnlyWords.Add(new QueryWord(word, stem) { Apart = apart ?? [], Variants = variants, TitleWhole = titleWhole, Typed = Typed(part, token, word) });
                }
            }
            else if (part.Occur != QueryPartOccur.Excluded)
            {
                state.Surfaces.Add(word);
                if (stem is not null)
                {
                    state.Stems.Add(stem);
                    state.Stems.UnionWith(standIn.Terms);
                    state.Stems.UnionWith(variants);
                    if (whole is not null)
                    {
                        state.Stems.Add(whole);
                    }

                    state.TitlePhrases.AddRange((standIn.LongForms ?? [])
                        .SelectMany(a => new[] { a.LongFormStems, a.TitleCaseStems }.OfType<IReadOnlyList<(string Stem, int Position)>>())
                        .Select(stems => new HighlightPhrase([.. stems.Select(s => s.Stem)], Stemmed: true)));
                    state.Words.Add(new QueryWord(word, stem) { StandIns = standIn.Terms, Apart = apart ?? [], Variants = variants, Typed = Typed(part, token, word) });
                    state.TitleBoost.Add(QueryClauses.StemTerm(IndexSchema.Title, stem, titleOtherStems, RankingWeights.Title, standIn, apart), Occur.SHOULD);
                    var titleStems = state.Caseless ? [.. _readings.OtherStems(part.Text, token, stem, capitalised: true, forTitles: true), .. variants] : titleOtherStems;
                    state.TitleWords.Add(QueryClauses.StemTerm(IndexSchema.Title, stem, titleStems, RankingWeights.Title, standIn, apart), Occur.SHOULD);
                    state.TitleAsWritten.Add(QueryClauses.Term(IndexSchema.TitleExact, word, RankingWeights.TextExact), Occur.SHOULD);
                }
            }
            else if (!isTitle)
            {
                state.ExcludedSurfaces.Add(word);
                if (stem is not null)
                {
                    state.ExcludedStems.Add(stem);
                    state.ExcludedStems.UnionWith(variants);
                }

                if (apart is not null)
                {
                    state.ExcludedApart.Add(string.Join(' ', apart));
                }
            }
        }
    }

    /// <summary>The word as typed, lower-cased (<c>zzqéx</c>, <c>qur'ann</c>), for a message to name; <paramref name="word"/> when the analysis changed more than accents and apostrophes.</summary>
    private static string Typed(QueryPart part, AnalyzedToken token, string word)
    {
        var typed = part.Text[token.Range.Start..token.Range.End].ToLowerInvariant();
        return AccentFolding.Fold(ApostropheFilter.Read(typed)) == word ? typed : word;
    }

    /// <summary>The phrase as typed, or the best of its readings (scored once).</summary>
    private static Query Phrase(string field, IReadOnlyList<List<string>> readings, float boost) => readings.Count == 1
        ? QueryClauses.Phrase(field, readings[0], boost)
        : new DisjunctionMaxQuery(readings.Select(r => QueryClauses.Phrase(field, r, boost)).ToList(), 0f);

    /// <summary>
    /// A glued word typed in lower case in a phrase (<c>"b.j.habibie meninggal"</c>) is one word to the analysis, while the
    /// index split it where it was written capitalised (<c>B.J.Habibie</c>: <c>b.j</c>, <c>habibie</c>), so the next
    /// word stands a position further there and the phrase as typed never matched. The phrase's words as they read
    /// capitalised after each dot; null when that reads the same.
    /// </summary>
    private List<string>? CapitalisedReading(string text, List<string> phrase)
    {
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var tokens = TokenReader.Read(surface, LetterAfterDot().Replace(text, m => m.Value.ToUpperInvariant()));
        var words = tokens.Where((_, i) => !IsKeptWhole(tokens, i)).Select(t => t.Term).Take(RankingWeights.MaxPhraseWords).ToList();
        return words.SequenceEqual(phrase, StringComparer.Ordinal) ? null : words;
    }

    [GeneratedRegex(@"(?<=\.)\p{Ll}|(?<=^|\s)\p{Ll}(?=\S*\.)")]
    private static partial Regex LetterAfterDot();

    /// <summary>
    /// Whether token <paramref name="i"/> is a glued word kept whole beside its parts (<see cref="GluedWordFilter"/>):
    /// its first part follows at its position.
    /// </summary>
    private static bool IsKeptWhole(List<AnalyzedToken> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Position == tokens[i].Position;
}
