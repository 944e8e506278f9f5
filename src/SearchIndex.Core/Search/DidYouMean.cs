using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// Suggests a corrected query when nothing matched: each query word missing from the vocabulary (the surface
/// terms of <c>text_exact</c>) is replaced by the closest indexed word within <see cref="MaxEdits"/> edits, preferring
/// fewer edits, then more documents. Core Lucene only (FuzzyTermsEnum), like DirectSpellChecker. Only plain words are
/// corrected, where they stand: a chunk of text holding a colon (a <c>source:</c> filter, <c>url:http://x.com</c>) and
/// a term that is not all letters (<c>x.com</c>, <c>2023</c>) stay as typed, since an outlet's name or an address
/// "corrected" to a nearby word means something else. Whether the result finds anything is the caller's to check.
/// </summary>
public sealed class DidYouMean(IndexReader reader, Analyzer surface)
{
    /// <summary>Largest edit distance considered (Lucene's Levenshtein automata support up to 2).</summary>
    public const int MaxEdits = 2;

    /// <summary>
    /// Words this short get at most one edit: two edits turn most short words into other words. Five letters keep two,
    /// though Elasticsearch's <c>AUTO</c> gives them one: of 120 typos two edits from a five-letter word of the shared
    /// corpus, 48 were corrected right with two and 33 with one, and wrong ones fell only from 63 to 62 (the cost:
    /// <c>covid</c>, new to the corpus, suggests <c>cover</c>).
    /// </summary>
    public const int ShortWordLength = 4;

    /// <summary>Candidates looked at per word; bounds the cost on a large vocabulary.</summary>
    public const int MaxCandidates = 500;

    /// <summary>Leading characters a correction must share with the word (typos rarely hit the first letter).</summary>
    public const int PrefixLength = 1;

    public string? Suggest(string query, IReadOnlyList<QueryWord> words)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.TextExact);
        if (terms is null)
        {
            return null;
        }

        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Select(w => w.Word).Distinct().Where(IsPlainWord))
        {
            if (!LiveTerms.Has(reader, new Term(IndexSchema.TextExact, word)) && Closest(terms, word) is { } better)
            {
                corrections[word] = better;
            }
        }

        return corrections.Count == 0 ? null : Corrected(query, corrections);
    }

    /// <summary>The query with each corrected word replaced at its own offsets, everything else as typed.</summary>
    private string? Corrected(string query, Dictionary<string, string> corrections)
    {
        var text = new StringBuilder(query.Length);
        var copied = 0;
        foreach (var chunk in Regex.EnumerateMatches(query, @"\S+"))
        {
            if (query.AsSpan(chunk.Index, chunk.Length).Contains(':'))
            {
                continue;
            }

            foreach (var token in TokenReader.Read(surface, query.Substring(chunk.Index, chunk.Length)))
            {
                if (corrections.TryGetValue(token.Term, out var better))
                {
                    var typed = query.AsSpan(chunk.Index + token.Range.Start, token.Range.End - token.Range.Start);
                    text.Append(query, copied, chunk.Index + token.Range.Start - copied).Append(InCaseOf(typed, better));
                    copied = chunk.Index + token.Range.End;
                }
            }
        }

        return copied == 0 ? null : text.Append(query, copied, query.Length - copied).ToString();
    }

    /// <summary>
    /// <paramref name="correction"/> (lower case, as the index holds words) in the case <paramref name="typed"/> was
    /// written in: all capitals (<c>PALUU</c> → <c>PALU</c>), or a capital first (<c>Paluu</c> → <c>Palu</c>, a headline
    /// typed in Title Case); lower case otherwise.
    /// </summary>
    internal static string InCaseOf(ReadOnlySpan<char> typed, string correction)
    {
        var letters = typed.ToString().Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return correction.ToUpperInvariant();
        }

        return letters.Count > 0 && char.IsUpper(letters[0]) && letters.Skip(1).All(c => !char.IsUpper(c)) && correction.Length > 0
            ? string.Concat(correction[..1].ToUpperInvariant(), correction.AsSpan(1))
            : correction;
    }

    /// <summary>Letters, with inner hyphens or apostrophes: what a typo can sensibly be corrected in.</summary>
    private static bool IsPlainWord(string term) => term.All(c => char.IsLetter(c) || c is '-' or '\'');

    private string? Closest(Terms terms, string word)
    {
        var maxEdits = word.Length <= ShortWordLength ? 1 : MaxEdits;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexSchema.TextExact, word), maxEdits, PrefixLength, true);
        string? best = null;
        var bestRank = (Distance: int.MaxValue, NotDoubled: true, Freq: 0);
        for (var i = 0; i < MaxCandidates && fuzzy.MoveNext(); i++)
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (!IsPlainWord(candidate) || !LiveTerms.Has(reader, new Term(IndexSchema.TextExact, candidate)))
            {
                continue; // only deleted text holds it, or it is no word ("covid" is one edit from "co.id")
            }

            // Fewest edits first; among equals, a letter typed twice (paluu: palu, not the commoner palsu), then the
            // commonest word.
            var rank = (Distance: EditDistance(word, candidate), NotDoubled: !IsDoubledLetter(word, candidate), Freq: LiveStatistics.Of(reader).DocFreq(new Term(IndexSchema.TextExact, candidate)));
            if (rank.Distance < bestRank.Distance
                || (rank.Distance == bestRank.Distance && (rank.NotDoubled, -rank.Freq).CompareTo((bestRank.NotDoubled, -bestRank.Freq)) < 0))
            {
                (best, bestRank) = (candidate, rank);
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="word"/> with one letter that was typed twice typed once.</summary>
    internal static bool IsDoubledLetter(string word, string candidate)
    {
        if (word.Length != candidate.Length + 1)
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && string.CompareOrdinal(word, 0, candidate, 0, i) == 0
                && string.CompareOrdinal(word, i + 1, candidate, i, candidate.Length - i) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Optimal string alignment distance (Levenshtein with adjacent transpositions), as FuzzyQuery counts; the CLI
    /// also measures a mistyped option name with it.
    /// </summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
