using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Tests.Analysis;

/// <summary>
/// <see cref="SymbolWords.Filter"/> reads the text exactly as Lucene's <see cref="MappingCharFilter"/> over the same
/// readings did (the filter it replaced for speed): the same characters, the same corrected offset for every output
/// position, and so the same tokens with the same offsets, whatever the read sizes and wherever a symbol falls.
/// </summary>
public sealed class SymbolWordFilterTests
{
    private static readonly NormalizeCharMap LuceneMap = BuildMap();

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "", "%", "%%", "%%%", "10%", "10 %", "%nya", "naik 10%nya dan 5% lagi", " % ", "a%b%c",
            "Inflasi naik 10% tahun ini.\nBunga 5,5% per tahun (turun 0,25%).",
            new string('x', 255) + "%" + new string('y', 300) + "%",
            new string('%', 600),
            string.Concat(Enumerable.Repeat("12% ", 400)),
        };
        var random = new Random(17);
        for (var i = 0; i < 40; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 3000);
            while (text.Length < length)
            {
                text.Append(random.Next(6) switch
                {
                    0 => "%",
                    1 => " ",
                    2 => random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    3 => "persen",
                    4 => "\n",
                    _ => "kata",
                });
            }

            data.Add(text.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_the_same_characters_and_corrects_every_offset_alike(string text)
    {
        foreach (var size in new[] { 1, 3, 7, 64, 1024, 5000 })
        {
            var expected = (CharFilter)new MappingCharFilter(LuceneMap, new StringReader(text));
            var actual = (CharFilter)SymbolWords.Filter(new StringReader(text));

            var expectedText = ReadAll(expected, size, out var expectedReturns);
            var actualText = ReadAll(actual, size, out var actualReturns);

            Assert.Equal(expectedText, actualText);
            Assert.Equal(expectedReturns, actualReturns);
            for (var off = 0; off <= expectedText.Length + 1; off++)
            {
                Assert.Equal(expected.CorrectOffset(off), actual.CorrectOffset(off));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_tokenizer_reads_the_same_tokens_at_the_same_offsets(string text)
    {
        Assert.Equal(
            Tokens(new MappingCharFilter(LuceneMap, new StringReader(text))),
            Tokens(SymbolWords.Filter(new StringReader(text))));
    }

    [Fact]
    public void Every_symbol_is_one_character_read_as_a_longer_word()
    {
        // The filter searches for single characters and maps a longer reading's offsets back onto its symbol.
        Assert.All(SymbolWords.Readings, r => Assert.True(r.Key.Length == 1 && r.Value.Length > 1, r.Key));
    }

    [Fact]
    public void Reading_one_character_at_a_time_matches_too()
    {
        const string text = "naik 10%nya";
        var expected = new MappingCharFilter(LuceneMap, new StringReader(text));
        var actual = SymbolWords.Filter(new StringReader(text));

        int e, a;
        do
        {
            e = expected.Read();
            a = actual.Read();
            Assert.Equal(e, a);
        }
        while (e != -1);
    }

    private static string ReadAll(CharFilter filter, int size, out List<int> returns)
    {
        var text = new StringBuilder();
        var buffer = new char[size + 2];
        returns = [];
        while (true)
        {
            var read = filter.Read(buffer, 1, size);
            returns.Add(read);
            if (read <= 0)
            {
                return text.ToString();
            }

            text.Append(buffer, 1, read);
        }
    }

    private static List<(string, int, int, int)> Tokens(TextReader reader)
    {
        var tokens = new List<(string, int, int, int)>();
        using var tokenizer = new StandardTokenizer(Lucene.Net.Util.LuceneVersion.LUCENE_48, reader);
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offsets = tokenizer.AddAttribute<IOffsetAttribute>();
        var increments = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            tokens.Add((term.ToString(), offsets.StartOffset, offsets.EndOffset, increments.PositionIncrement));
        }

        tokenizer.End();
        tokens.Add(("<end>", offsets.StartOffset, offsets.EndOffset, 0));
        return tokens;
    }

    private static NormalizeCharMap BuildMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (symbol, word) in SymbolWords.Readings)
        {
            builder.Add(symbol, word);
        }

        return builder.Build();
    }
}
