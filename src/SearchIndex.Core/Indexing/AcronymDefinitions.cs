using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// An acronym a paragraph defines: "Kebakaran hutan dan lahan (karhutla)" gives <c>karhutla</c> and
/// <c>kebakaran hutan dan lahan</c>, both lower case.
/// </summary>
/// <param name="Context">
/// A short hash of the words around the definition. Outlets copy one press release word for word, and one text
/// defining an acronym five times is one definition, not five (<see cref="IndexAcronyms"/> counts distinct contexts).
/// </param>
public readonly record struct AcronymDefinition(string Acronym, string LongForm, string Context)
{
    /// <summary>The definition as one <see cref="IndexSchema.AcronymDefinitions"/> term.</summary>
    public string Term => string.Join(AcronymDefinitions.Separator, Acronym, LongForm, Context);

    /// <summary>The definition of a term <see cref="Term"/> made; null for anything else.</summary>
    public static AcronymDefinition? FromTerm(string term)
    {
        var parts = term.Split(AcronymDefinitions.Separator);
        return parts.Length == 3 ? new AcronymDefinition(parts[0], parts[1], parts[2]) : null;
    }
}

/// <summary>
/// Finds the acronyms running text defines. Indonesian news introduces an acronym once, in parentheses after its long
/// form, then uses it alone, and a headline has room for only one of the two. The long form is the shortest run of
/// words before the parenthesis that spells the acronym: its pieces in order, the first a start of the first word, each
/// later one anywhere in a later word, each word but a few small ones (<c>dan</c>, <c>dari</c>, <c>&amp;</c>…) giving
/// one (KPK; Menaker = MENteri tenAGA KERja). Only where no run spells it so may a word give two pieces, the second
/// after the first (Karhutla = KebAKARan HUTan dan LAhan): "Perlindungan Perempuan dan Anak (PPA)" is read whole, not as
/// "Perempuan dan Anak". The same rules as <c>tools/acronyms/mine-acronyms.py</c>, which made the shipped list.
/// </summary>
public static partial class AcronymDefinitions
{
    /// <summary>Separates acronym, long form and context in a term: a control character neither can hold (both are word characters, hyphens, apostrophes and spaces).</summary>
    public const char Separator = '\u0001';

    /// <summary>
    /// The longest word a long form may hold. The corpus's longest is 26 characters (messerschmitt-bölkow-blohm); a longer
    /// "word" is a URL or junk, and would make a term longer than Lucene takes and the speller slow.
    /// </summary>
    public const int MaxWordChars = 40;

    private const int ContextWords = 8;
    private const int ContextChars = 200;
    private const int ContextHashLength = 12;

    private static readonly HashSet<string> Skippable = new(["dan", "dari", "untuk", "di", "ke", "serta", "pada", "&", "atau", "yang", "the", "of"], StringComparer.Ordinal);

    /// <summary>The definitions <paramref name="text"/> holds, left to right.</summary>
    public static IEnumerable<AcronymDefinition> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('(', StringComparison.Ordinal))
        {
            yield break; // most paragraphs: no regular expression run at all
        }

        foreach (Match parenthesised in Parenthesised().Matches(text))
        {
            // The words right before the parenthesis, read backwards from it: a regular expression run forwards
            // over the paragraph tried seven words from every letter and cost indexing 7 %.
            var words = WordsBefore().Match(text, 0, parenthesised.Index);
            if (!words.Success)
            {
                continue;
            }

            var acronym = parenthesised.Groups[1].Value.ToLowerInvariant();
            if (LongForm(acronym, words.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { } longForm)
            {
                yield return new AcronymDefinition(acronym, longForm, Context(text, words.Index, parenthesised.Index + parenthesised.Length));
            }
        }
    }

    /// <summary>
    /// The shortest run of the last <paramref name="words"/> that spells <paramref name="acronym"/>, lower case and
    /// space-separated, one piece per word if any run can; null when none does.
    /// </summary>
    internal static string? LongForm(string acronym, IReadOnlyList<string> words)
    {
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        for (var maxPieces = 1; maxPieces <= 2; maxPieces++)
        {
            for (var k = 2; k <= lower.Count; k++)
            {
                var span = lower.GetRange(lower.Count - k, k);
                if (span.Any(w => w.Length > MaxWordChars))
                {
                    break; // a longer run holds the same word
                }

                if (!Skippable.Contains(span[0]) && SpelledBy(acronym, span, maxPieces))
                {
                    return string.Join(' ', span);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="acronym"/> is spelled, in order, by pieces of <paramref name="words"/>, at most <paramref name="maxPieces"/> per word.</summary>
    internal static bool SpelledBy(string acronym, IReadOnlyList<string> words, int maxPieces) =>
        new Speller(acronym.Replace("-", string.Empty, StringComparison.Ordinal), [.. words.Select(w => w.Trim('\'', '’', '-'))], maxPieces).Rest(0, 0, 0, 0);

    /// <summary>The words before and after a definition (from <paramref name="start"/> to <paramref name="end"/>, left out), hashed.</summary>
    private static string Context(string text, int start, int end)
    {
        var before = Word().Matches(text[Math.Max(0, start - ContextChars)..start].ToLowerInvariant()).Select(m => m.Value).TakeLast(ContextWords);
        var after = Word().Matches(text[end..Math.Min(text.Length, end + ContextChars)].ToLowerInvariant()).Select(m => m.Value).Take(ContextWords);
        var context = string.Join(' ', before.Append("|").Concat(after));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(context)))[..ContextHashLength];
    }

    // An acronym in parentheses: 2 to 12 letters, digits or hyphens, starting with a letter.
    [GeneratedRegex(@"\(([A-Za-z][A-Za-z0-9-]{1,11})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    // Up to seven words, each followed by white space, ending where the text given ends (the parenthesis).
    [GeneratedRegex(@"(?:[^\W_][\w'’-]*\s+){1,7}\z", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex WordsBefore();

    [GeneratedRegex(@"[^\W_][\w'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The search behind <see cref="SpelledBy"/>, remembering the states that failed (a long word of one repeated letter would otherwise take exponential time).</summary>
    private sealed class Speller(string acronym, string[] words, int maxPieces)
    {
        private readonly HashSet<(int, int, int, int)> _failed = [];

        /// <summary>Whether acronym[i..] is spelled by words[j..], words[j] having given <paramref name="pieces"/> pieces so far, the last ending at <paramref name="after"/>.</summary>
        public bool Rest(int i, int j, int pieces, int after)
        {
            if (j == words.Length)
            {
                return i == acronym.Length;
            }

            if (_failed.Contains((i, j, pieces, after)))
            {
                return false;
            }

            if (Spells(i, j, pieces, after))
            {
                return true;
            }

            _failed.Add((i, j, pieces, after));
            return false;
        }

        private bool Spells(int i, int j, int pieces, int after)
        {
            var word = words[j];
            if ((pieces > 0 || Skippable.Contains(word)) && Rest(i, j + 1, 0, 0))
            {
                return true; // the word is done, or a small word gives nothing
            }

            if (pieces == maxPieces)
            {
                return false;
            }

            // The acronym's first piece starts the first word; later pieces start anywhere after the word's last one.
            var (first, last) = j == 0 && pieces == 0 ? (0, 0) : (pieces > 0 ? after + 1 : 0, word.Length - 1);
            for (var start = first; start <= last; start++)
            {
                for (var end = start + 1; end <= word.Length; end++)
                {
                    var next = i + end - start;
                    if (next > acronym.Length || acronym[next - 1] != word[end - 1])
                    {
                        break;
                    }

                    if (Rest(next, j, pieces + 1, end))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
