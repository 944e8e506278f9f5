using Lucene.Net.Analysis.CharFilters;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Reads a symbol as the word it stands for, before the tokenizer drops it: <c>%</c> is <c>persen</c>. Indonesian news
/// writes a share both ways (in the shared corpus a number and <c>%</c> 3,081 times, a number and <c>persen</c> 4,093
/// times), and the tokenizer kept nothing of <c>%</c>, so <c>"10 persen"</c> missed every <c>10%</c> and a query
/// <c>50%</c> was the bare number, matching every <c>50</c>. Now both spellings are the same two words, in phrases
/// too. The word is read with a space before it (<c>10%</c> is <c>10 persen</c>, never the one word <c>10persen</c>),
/// and the character filter maps its offsets back onto the symbol, so a highlight marks the <c>%</c> itself.
/// </summary>
public static class SymbolWords
{
    /// <summary>Each symbol and what the tokenizer reads instead; the leading space makes it a word of its own.</summary>
    public static readonly IReadOnlyDictionary<string, string> Readings = new Dictionary<string, string>
    {
        ["%"] = " persen",
    };

    private static readonly NormalizeCharMap Map = Build();

    /// <summary>The reader the tokenizer reads: the text with each symbol read as its word.</summary>
    public static TextReader Filter(TextReader reader) => new MappingCharFilter(Map, reader);

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (symbol, word) in Readings)
        {
            builder.Add(symbol, word);
        }

        return builder.Build();
    }
}
