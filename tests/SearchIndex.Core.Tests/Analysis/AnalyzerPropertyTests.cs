using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Tests.Analysis;

/// <summary>
/// Random text through both chains, as Lucene's own analysis tests do: no exception, offsets never go backwards,
/// and every token's offsets slice the original text to the token's surface form.
/// </summary>
public sealed class AnalyzerPropertyTests
{
    private const int Cases = 300;

    private static readonly string[] Words =
    [
        "mengatakan", "Menteri", "KPK", "anak-anak", "Kediri", "yang", "lama", "baru", "memperbaiki", "pergilah",
        "rumahnya", "Megawati", "berlari-lari", "2024", "Rp1,5", "e-KTP", "COVID-19", "bertemu", "di", "Jakarta",
        "pengembangan", "x", "ÉLITE", "café", "ke-3", "dll.", "u.s.a", "kerjasama", "Pekanbaru", "memukul",
    ];

    private static readonly string[] Separators = [" ", "  ", ", ", ". ", "\n", "\t", " (", ") ", "-", "/", "“", "”", "!"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Offsets_slice_the_text_and_never_go_backwards(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var text = RandomText(random);
            Check(AnalysisChain.CreateSurfaceAnalyzer(), text, stemmed: false);
            Check(AnalysisChain.CreateStemmedAnalyzer(), text, stemmed: true);
            Assert.All(AnalysisChain.Explain(text), t => Assert.Equal(t.Surface, text[t.StartOffset..t.EndOffset]));
        }
    }

    private static void Check(Analyzer analyzer, string text, bool stemmed)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var lastStart = 0;
        var lastEnd = 0;
        while (stream.IncrementToken())
        {
            Assert.True(offset.StartOffset >= lastStart, $"offsets went backwards in {text}");
            Assert.InRange(offset.EndOffset, offset.StartOffset, text.Length);
            // Only the first part of a glued word kept whole (Rp1,5: rp1,5 then rp, 1,5) shares the whole word's position.
            Assert.True(increment.PositionIncrement >= 1 || (offset.StartOffset == lastStart && offset.EndOffset < lastEnd), $"a token at the last one's position in {text}");
            var slice = text[offset.StartOffset..offset.EndOffset];
            if (!stemmed)
            {
                Assert.Equal(AccentFolding.Fold(ApostropheFilter.Read(slice)).ToLowerInvariant(), term.ToString()); // café is cafe, Jum'at jumat
            }

            Assert.Equal(term.ToString(), term.ToString().ToLowerInvariant());
            lastStart = offset.StartOffset;
            lastEnd = offset.EndOffset;
        }

        stream.End();
        Assert.True(offset.EndOffset <= text.Length);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 25);
        for (var i = 0; i < count; i++)
        {
            text.Append(random.Next(4) == 0 ? RandomWord(random) : Words[random.Next(Words.Length)]);
            text.Append(Separators[random.Next(Separators.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Letters, digits, a hyphen or an odd code point: the stemmer must survive any of them.</summary>
    private static string RandomWord(Random random)
    {
        const string alphabet = "aaaeeiioouumnngkprstlbdhyjcwAMKPDT-0123'é";
        var chars = new char[random.Next(1, 14)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
