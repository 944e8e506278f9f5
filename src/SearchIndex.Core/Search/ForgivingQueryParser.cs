using System.Text;

namespace SearchIndex.Core.Search;

/// <summary>
/// Splits query text as people type it into <see cref="QueryPart"/>s. Total: any string parses, nothing throws.
/// <list type="bullet">
/// <item><c>"..."</c> is a phrase; an unbalanced quote runs to the end of the text.</item>
/// <item><c>-x</c> excludes, <c>+x</c> requires; a lone <c>-</c> or <c>+</c> is ignored.</item>
/// <item><c>OR</c> (upper case) joins its neighbours; at either end, or doubled, it is ignored.</item>
/// <item><c>AND</c> (upper case) requires its neighbours, as <c>+</c> does, and an OR group next to it as a whole
/// ("banjir AND jakarta OR bandung": banjir, and one of the two); <c>NOT x</c> excludes, as <c>-x</c> does. People
/// type them from other search tools; read as words they matched the English "and" and "not". Lucene's <c>&amp;&amp;</c>,
/// <c>||</c> and <c>!</c> are read as them.</item>
/// <item>A sign or <c>NOT</c> before <c>(</c> applies to every part up to its <c>)</c> (or the end): <c>-(a b)</c> is
/// <c>-a -b</c>, <c>+(a b)</c> is <c>+a OR +b</c>. Parentheses without one are text, which the analysis drops.</item>
/// <item><c>title:x</c>, <c>title:"..."</c> search the article title, and <c>title:(a b)</c> each part of the group; <c>source:x</c> filters by outlet; with nothing
/// after the colon (<c>source:</c>, <c>source:""</c>) either is left out. Any other <c>name:</c> prefix is just text.</item>
/// </list>
/// </summary>
public static class ForgivingQueryParser
{
    public const string TitleField = "title";
    public const string SourceField = "source";
    private const string Or = "OR";
    private const string And = "AND";
    private const string Not = "NOT";

    public static List<QueryPart> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Typographic quotes, as pasted from an article or a word processor ("“presiden jokowi”"), quote a phrase too.
        text = text.Replace('“', '"').Replace('”', '"').Replace('„', '"').Replace('‟', '"');
        var parts = new List<QueryPart>();
        var orPending = false;
        var andPending = false;
        var notPending = false;
        var requiredGroup = false; // the last part belongs to an OR group that AND requires
        // A sign before "(" applies to the whole group, as in Lucene and Google: "-(banjir jakarta)" had excluded only
        // banjir and searched for jakarta, the very word the reader wanted gone.
        QueryPartOccur? signedGroup = null;
        var groupDepth = 0;
        var groupStart = 0;
        // A field before "(" applies to the whole group too, as Lucene and Elasticsearch read "title:(a b)": it had
        // searched the title for a alone and the paragraph text for b.
        string? fieldGroup = null;
        var fieldDepth = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            // "(" opening a part is no text (the analysis drops it), but it hid the sign after it: "jakarta (-banjir)"
            // searched for banjir, and "(NOT banjir)" for the word "not".
            var opened = SkipOpenings(text, ref i);
            var occur = QueryPartOccur.Default;
            // A doubled sign is written text, not an operator: "--bind" is the option, "++" a language name. A "!" before a
            // word or a group is Lucene's NOT ("!jakarta"); a lone one, or one ending a word, is text, as Lucene reads it.
            if (IsSign(text, i))
            {
                occur = text[i] == '+' ? QueryPartOccur.Required : QueryPartOccur.Excluded;
                i++;
                var signedOpenings = SkipOpenings(text, ref i);
                if (signedOpenings > 0 && signedGroup is null)
                {
                    OpenGroup(notPending ? QueryPartOccur.Excluded : occur, signedOpenings);
                    continue; // the group's first part, with its own sign if it has one, is read next
                }

                opened += signedOpenings;
            }
            else if (opened > 0 && notPending && signedGroup is null)
            {
                OpenGroup(QueryPartOccur.Excluded, opened);
                continue;
            }

            if (signedGroup is not null)
            {
                groupDepth += opened;
            }

            if (fieldGroup is not null)
            {
                // "title:(a (b) c)": the inner group's ")" closes the inner group, not the field's, so c stays a title word.
                fieldDepth += opened;
            }

            if (i >= text.Length || char.IsWhiteSpace(text[i]))
            {
                continue; // only parentheses: the part is still to come, and an OR or NOT before them still applies
            }

            var field = ReadField(text, ref i);
            if (field is not null && i < text.Length && text[i] == '(')
            {
                var fieldOpenings = SkipOpenings(text, ref i);
                if (fieldGroup is null)
                {
                    fieldGroup = field;
                    fieldDepth = fieldOpenings;
                }
                else
                {
                    fieldDepth += fieldOpenings;
                }

                if ((occur != QueryPartOccur.Default || notPending) && signedGroup is null)
                {
                    // "-title:(a b)" excludes each of them from the title, as "-(a b)" does from the text.
                    OpenGroup(notPending ? QueryPartOccur.Excluded : occur, fieldOpenings);
                }
                else if (signedGroup is not null)
                {
                    groupDepth += fieldOpenings;
                }

                continue; // the group's first part is read next, and the field given to it there
            }

            var isPhrase = i < text.Length && text[i] == '"';
            var body = isPhrase ? ReadPhrase(text, ref i) : ReadWord(text, ref i);
            body = WithoutBoost(text, ref i, body, isPhrase);
            if (body.Length == 0 && field is not null)
            {
                // source:$OUTLET or source:"$OUTLET" with the variable empty: no filter to apply, and not the word
                // "source" either, whose rare paragraphs then outranked every other word's (FieldPrefixHint notes it).
                orPending = andPending = notPending = false;
                continue;
            }

            // Lucene's and Elasticsearch's symbols for them: "banjir && jakarta" had searched for either word.
            if (!isPhrase && occur == QueryPartOccur.Default && field is null)
            {
                body = body switch { "&&" => And, "||" => Or, _ => body };
            }

            if (!isPhrase && occur == QueryPartOccur.Default && field is null && body is Or or And or Not)
            {
                // "a AND NOT b" keeps the AND for a: NOT only marks the next part.
                orPending = body == Or ? parts.Count > 0 : orPending && body == Not;
                andPending = body == And ? parts.Count > 0 : andPending && body == Not;
                notPending = body == Not;
                continue;
            }

            var closings = isPhrase ? 0 : body.Reverse().TakeWhile(c => c == ')').Count();
            if (fieldGroup is not null)
            {
                field ??= fieldGroup;
                // The group's closing parenthesis is no part of an outlet's name ("source:(tempo.co)").
                body = body[..^Math.Min(closings, fieldDepth)];
                fieldDepth -= closings;
                if (fieldDepth <= 0)
                {
                    fieldGroup = null;
                }
            }

            var closesGroup = false;
            if (signedGroup is { } groupOccur)
            {
                groupDepth -= closings;
                closesGroup = groupDepth <= 0;
                // -( ) excludes each part; +( ) requires one of its parts ("+a OR +b"), each when AND joins them; a part's
                // own - or NOT stays.
                if (occur != QueryPartOccur.Excluded && !notPending)
                {
                    occur = groupOccur;
                    orPending |= groupOccur == QueryPartOccur.Required && !andPending && parts.Skip(groupStart).Any(p => p.Occur != QueryPartOccur.Excluded);
                }
            }

            if (closesGroup)
            {
                signedGroup = null;
            }

            if (body.Length > 0)
            {
                if (andPending)
                {
                    RequireLastGroup(parts);
                }

                occur = notPending ? QueryPartOccur.Excluded : occur;
                // An excluded part ends a required group: in "a AND NOT b OR c", c stays optional.
                requiredGroup = occur != QueryPartOccur.Excluded && (andPending || (orPending && requiredGroup));
                occur = requiredGroup && occur == QueryPartOccur.Default ? QueryPartOccur.Required : occur;
                parts.Add(new QueryPart(body, isPhrase, occur, field, orPending));
            }

            orPending = andPending = notPending = false;
        }

        return parts;

        // A sign (or NOT) before "(" applies to the group it opens.
        void OpenGroup(QueryPartOccur groupOccur, int depth)
        {
            signedGroup = groupOccur;
            groupDepth = depth;
            groupStart = parts.Count;
            notPending = false;
        }
    }

    private static bool IsSign(string text, int i) =>
        i < text.Length && text[i] switch
        {
            '-' or '+' => !(i + 1 < text.Length && text[i + 1] is '-' or '+'),
            '!' => i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('-' or '+' or '!'),
            _ => false,
        };

    private static int SkipOpenings(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] == '(')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>AND requires the part before it, and with it the whole OR group that part ends ("a OR b AND c").</summary>
    private static void RequireLastGroup(List<QueryPart> parts)
    {
        for (var last = parts.Count - 1; last >= 0; last--)
        {
            if (parts[last].Occur == QueryPartOccur.Default)
            {
                parts[last] = parts[last] with { Occur = QueryPartOccur.Required };
            }

            if (!parts[last].OrWithPrevious)
            {
                break;
            }
        }
    }

    /// <summary>Reads <c>title:</c> or <c>source:</c> (any case) when it prefixes a word or phrase.</summary>
    private static string? ReadField(string text, ref int i)
    {
        foreach (var name in (ReadOnlySpan<string>)[TitleField, SourceField])
        {
            var end = i + name.Length;
            if (end < text.Length && text[end] == ':' && string.Compare(text, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i = end + 1;
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// A Lucene boost typed after a word or phrase (<c>banjir^2</c>, <c>"banjir bandang"^3</c>) is left out: the
    /// forgiving syntax has no weights, and read as text the number became a word that matched every <c>2</c> and moved
    /// the ranking. <see cref="BoostHint"/> says so. So is Lucene's <c>~</c> (<c>"a b"~3</c>, <c>banjr~1</c>), which
    /// <see cref="TildeHint"/> names.
    /// </summary>
    private static string WithoutBoost(string text, ref int i, string body, bool isPhrase)
    {
        if (isPhrase)
        {
            // Lucene's slop after the phrase ("a b"~3), which TildeHint names; read as a word, the 3 matched every 3.
            i += TildeHint.LengthAt(text, i);
            var boost = BoostHint.Boost().Match(text, i);
            if (boost.Success && boost.Index == i)
            {
                i += boost.Length;
            }

            return body;
        }

        var caret = body.LastIndexOf('^');
        body = caret > 0 && BoostHint.Boost().Match(body, caret) is { Success: true } tail && tail.Index == caret && caret + tail.Length == body.Length
            ? body[..caret]
            : body;
        // Lucene's fuzzy edits after a word (banjr~1), which TildeHint names: read as text, the 1 was a word of its own.
        // Only after a letter: "30~35" is a span of numbers.
        var tilde = body.LastIndexOf('~');
        return tilde > 0 && char.IsLetter(body[tilde - 1]) && TildeHint.LengthAt(body, tilde) == body.Length - tilde
            ? body[..tilde]
            : body;
    }

    private static string ReadPhrase(string text, ref int i)
    {
        // A quote escaped as Lucene escapes it (\"), pasted from a shell or a JSON string, does not end the phrase.
        var close = text.IndexOf('"', i + 1);
        while (close > 0 && text[close - 1] == '\\')
        {
            close = text.IndexOf('"', close + 1);
        }

        var end = close < 0 ? text.Length : close;
        var body = text[(i + 1)..end];
        i = close < 0 ? text.Length : close + 1;
        return body.Trim();
    }

    private static string ReadWord(string text, ref int i)
    {
        var word = new StringBuilder();
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
        {
            // "NOT(a b)" is NOT before a group, as Lucene reads it, not the word "not".
            if (text[i] == '(' && word.Length == 3 && word.ToString() is And or Not)
            {
                break;
            }

            // An escaped quote (\") is text, as in Lucene: '\"banjir' had opened a phrase of the word as written.
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '"')
            {
                word.Append('"');
                i += 2;
                continue;
            }

            word.Append(text[i++]);
            // Punctuation after a prefix's star ends the word as a space would, before more text too: "korup*,suap*"
            // (a list typed without spaces) is two prefixes, not the words korup and suap. A sign there is text.
            if (text[i - 1] == '*' && i < text.Length && text[i] != '*' && !char.IsLetterOrDigit(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                while (i < text.Length && text[i] is '-' or '+')
                {
                    i++;
                }

                break;
            }
        }

        return word.ToString();
    }
}
