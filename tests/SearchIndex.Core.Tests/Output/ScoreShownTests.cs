using SearchIndex.Core.Output;

namespace SearchIndex.Core.Tests.Output;

public sealed class ScoreShownTests
{
    [Theory]
    [InlineData(7.32614f, "7.326")]
    [InlineData(1f, "1")]
    [InlineData(0.0123f, "0.012")]
    [InlineData(0.00037412f, "0.000374")] // a hit that matched is not shown with score 0
    [InlineData(5.2e-05f, "0.000052")]
    [InlineData(0f, "0")]
    public void Scores_show_three_decimals_or_three_significant_digits_below_a_thousandth(float score, string shown) =>
        Assert.Equal(shown, HitTextWriter.Shown(score));
}
