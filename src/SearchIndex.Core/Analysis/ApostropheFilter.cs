using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Reads a word with an apostrophe inside as the word people also write without it: <c>Ma'ruf</c> as <c>maruf</c>,
/// <c>Jum'at</c> as <c>jumat</c>, <c>Qur'an</c> as <c>quran</c>, and an English <c>'s</c> as the word before it
/// (<c>Indonesia's</c>, <c>McDonald's</c>). The tokenizer keeps such a word whole, and news spells the Arabic names both
/// ways (the shared corpus: <c>Jumat</c> 3,826 times, <c>Jum'at</c> 15; <c>Quran</c> 66, <c>Qur'an</c> 10; <c>Syafii</c>
/// 56, <c>Syafi'i</c> 5), with the typographic apostrophe of web pages (U+2019, also U+2018 and U+02BC) or the
/// straight one people type: each spelling found only its own. Only the terms change: the stored text keeps its
/// typography, and the token's offsets still cover the whole word.
/// </summary>
public sealed class ApostropheFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (buffer.AsSpan(0, length).IndexOfAny(Apostrophes) < 0)
        {
            return true;
        }

        _term.Length = Read(buffer.AsSpan(0, length));
        return true;
    }

    /// <summary>The same reading of a string: what <c>analyze</c> shows as the token's terms.</summary>
    public static string Read(string token)
    {
        if (token.AsSpan().IndexOfAny(Apostrophes) < 0)
        {
            return token;
        }

        var chars = token.ToCharArray();
        return new string(chars, 0, Read(chars));
    }

    /// <summary>
    /// A <c>--syntax lucene</c> pattern over the text fields with its apostrophes dropped as the terms drop them
    /// (<c>jum'a*</c> finds <c>jumat</c>): the parser does not analyse patterns.
    /// </summary>
    public static string Unmarked(string pattern) =>
        pattern.AsSpan().IndexOfAny(Apostrophes) < 0 ? pattern : string.Concat(pattern.Where(c => !Apostrophes.Contains(c)));

    /// <summary>
    /// A <c>--syntax lucene</c> regular expression with its apostrophes dropped as <see cref="Unmarked"/> drops them,
    /// except that a character class they leave empty matches what they stood for: <c>/qur['’]an/</c> finds
    /// <c>quran</c> (the class had become <c>[]</c>, an invalid expression), <c>[^']</c> any character.
    /// </summary>
    public static string UnmarkedRegexp(string pattern)
    {
        if (pattern.AsSpan().IndexOfAny(Apostrophes) < 0)
        {
            return pattern;
        }

        var result = new System.Text.StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var end = pattern[i] == '[' ? ClassEnd(pattern, i + 1) : -1;
            if (end > 0)
            {
                var negated = pattern[i + 1] == '^';
                var members = Unmarked(pattern[(negated ? i + 2 : i + 1)..end]);
                result.Append(members.Length > 0 ? (negated ? "[^" : "[") + members + "]" : negated ? "." : "()");
                i = end;
            }
            else if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                result.Append(Apostrophes.Contains(pattern[i + 1]) ? "" : pattern.AsSpan(i, 2));
                i++;
            }
            else if (!Apostrophes.Contains(pattern[i]))
            {
                result.Append(pattern[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>The index of the <c>]</c> closing a character class whose members start at <paramref name="from"/>; -1 for none.</summary>
    private static int ClassEnd(string pattern, int from)
    {
        for (var i = from; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Rewrites <paramref name="word"/> in place; returns its new length.</summary>
    private static int Read(Span<char> word)
    {
        var length = word.Length;
        // An English possessive or contraction ('s) reads as the word before it; the tokenizer keeps an apostrophe only
        // between letters or digits, so one before the last letter has a word before it, itself read as written
        // without its apostrophes (O'Neil's as oneil, as O'Neil).
        if (word.Length > 2 && word[^1] is 's' or 'S' && Apostrophes.Contains(word[^2]))
        {
            word = word[..^2];
        }

        var kept = 0;
        foreach (var c in word)
        {
            if (!Apostrophes.Contains(c))
            {
                word[kept++] = c;
            }
        }

        // A word of apostrophes alone (U+02BC is a modifier letter, a word to the tokenizer) stays as written: read
        // without them, it was an empty term. Nothing was moved then.
        return kept == 0 ? length : kept;
    }

    private const string Apostrophes = "'\u2019\u2018\u02BC";
}
