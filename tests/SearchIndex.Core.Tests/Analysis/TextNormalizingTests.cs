using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Tests.Analysis;

public class TextNormalizingTests
{
    [Theory]
    [InlineData("cafe\u0301 di Jakarta", "café di Jakarta")]
    [InlineData("ｐｕｔｉｎ ＫＰＫ ２０２３", "putin KPK 2023")]
    [InlineData("Presiden put\u200Bin", "Presiden putin")]
    [InlineData("Indo\u00ADnesia\uFEFF merdeka\u2060", "Indonesia merdeka")]
    [InlineData("Habibie\u200E wafat, tidak ada penguatan\u200F\u202C,", "Habibie wafat, tidak ada penguatan,")]
    [InlineData("\u2067\u202Ebanjir\u2069", "banjir")]
    [InlineData("Nguye\u0302\u0303n", "Nguyê\u0303n")] // a second mark stays a combining mark
    public void Other_unicode_spellings_become_the_usual_one(string written, string usual) =>
        Assert.Equal(usual, TextNormalizer.Normalize(written));

    [Fact]
    public void Ordinary_text_is_returned_as_is()
    {
        const string text = "“Kami di pihak Rusia,” ujar Kim — café, naïve, 2023.";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void The_analyze_view_shows_the_normalized_words()
    {
        var token = Assert.Single(AnalysisChain.Explain("put\u200Bin"));

        Assert.Equal("putin", token.SurfaceTerm);
    }
}
