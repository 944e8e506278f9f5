using Lucene.Net.Analysis;
using Lucene.Net.Index;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// A word typed with a dot between two letters (<c>gempa.palu</c>, <c>banjir.jakarta</c>) is one word to the tokenizer,
/// and the index splits such a word only where a capitalised word follows the dot (<see cref="Analysis.GluedWordFilter"/>),
/// so typed in lower case it found nothing and suggested nothing, where <c>gempa palu</c> finds 749 paragraphs of the
/// shared corpus. When the index holds that word in no paragraph, its dots are read as spaces: the part is its words,
/// as a hyphenated part (<c>banjir-jakarta</c>) is. A word the index holds (<c>tempo.co</c>, <c>b.j.habibie</c>) is what
/// was meant and stays whole, as does a web address (<c>okezone.com</c>, <c>bps.go.id</c>) and an initialism (<c>a.n.</c>). An excluded part is split
/// alike, so <c>-gempa.palu</c> excludes each word as <c>-gempa-palu</c> does (unsplit, it excluded nothing, and the note
/// that says so searched it split, which found something). A phrase is not split, whose glued words are read already
/// (<see cref="ForgivingQueryBuilder"/>), nor a prefix.
/// </summary>
internal static class DottedQueryWords
{
    /// <summary><paramref name="part"/> with the dots of each word the index holds nowhere read as spaces.</summary>
    public static QueryPart Split(QueryPart part, Analyzer surface, IndexReader? reader)
    {
        if (reader is null || part.IsPhrase || !part.Text.Contains('.', StringComparison.Ordinal)
            || part.Field is not (null or ForgivingQueryParser.TitleField) || PrefixWord.Of(surface, part.Text) is not null)
        {
            return part;
        }

        var field = part.Field is null ? IndexSchema.TextExact : IndexSchema.TitleExact;
        var tokens = TokenReader.Read(surface, part.Text);
        char[]? text = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, end) = (tokens[i].Range.Start, tokens[i].Range.End);
            // A word the analysis split (written capitalised after the dot) is kept whole beside its parts already.
            var split = i + 1 < tokens.Count && tokens[i + 1].Position == tokens[i].Position;
            if (split || !HasInnerDot(part.Text, start, end) || IsWebAddress(tokens[i].Term) || IsInitialism(tokens[i].Term)
                || LiveStatistics.Of(reader).DocFreq(new Term(field, tokens[i].Term)) > 0)
            {
                continue;
            }

            text ??= part.Text.ToCharArray();
            for (var c = start + 1; c < end - 1; c++)
            {
                if (IsInnerDot(part.Text, c))
                {
                    text[c] = ' ';
                }
            }
        }

        return text is null ? part : part with { Text = new string(text) };
    }

    /// <summary>
    /// The endings of web addresses (news sites, Indonesian second-level ones end in <c>id</c>): an address no article
    /// names is not its words, or <c>detik.com</c> found every paragraph with <c>detik</c> (a second).
    /// </summary>
    private static readonly HashSet<string> AddressEndings = new(StringComparer.Ordinal)
    {
        "com", "co", "id", "net", "org", "tv", "info", "biz", "io", "me", "news", "gov", "edu", "int", "asia", "uk", "us", "au", "my", "sg", "jp",
    };

    private static bool IsWebAddress(string word) => AddressEndings.Contains(word[(word.LastIndexOf('.') + 1)..]);

    /// <summary>
    /// Letters each followed by a dot (<c>a.n.</c>, <c>e.g</c>, <c>u.p.</c>): an initialism, not words. Split, it found
    /// every lone letter ("Airbus A-340", "N-250"): 1,281 paragraphs of the shared corpus for <c>a.n.</c>.
    /// </summary>
    private static bool IsInitialism(string word) => word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1);

    private static bool HasInnerDot(string text, int start, int end)
    {
        for (var c = start + 1; c < end - 1; c++)
        {
            if (IsInnerDot(text, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A dot between two letters: not a decimal point (<c>2.5</c>) or a thousands dot (<c>1.000</c>).</summary>
    private static bool IsInnerDot(string text, int c) => text[c] == '.' && char.IsLetter(text[c - 1]) && char.IsLetter(text[c + 1]);
}
