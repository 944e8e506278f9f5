using SearchIndex.Core.Indexing;

namespace SearchIndex.Cli.Tests;

public class ProgressBarTests
{
    [Fact]
    public void First_report_draws_a_bar()
    {
        var terminal = new StringWriter();
        using (var bar = new ProgressBar(terminal, () => 120))
        {
            bar.Report(new IndexProgress(0, 0, 1000, TimeSpan.Zero));
        }

        Assert.Contains("[..............................]   0%", terminal.ToString());
    }

    [Fact]
    public void Eta_of_a_tiny_fraction_is_capped_not_overflowed()
    {
        var terminal = new StringWriter();
        var bar = new ProgressBar(terminal, () => 120);

        bar.Report(new IndexProgress(1, 1, long.MaxValue, TimeSpan.FromSeconds(10)));

        Assert.Contains("ETA 5940:00", terminal.ToString());
    }

    [Fact]
    public void Reports_within_a_tenth_of_a_second_are_skipped_but_the_last_is_drawn()
    {
        var terminal = new StringWriter();
        var bar = new ProgressBar(terminal, () => 120);

        bar.Report(new IndexProgress(1, 100, 1000, TimeSpan.FromSeconds(1)));
        bar.Report(new IndexProgress(2, 200, 1000, TimeSpan.FromSeconds(1.05)));
        bar.Report(new IndexProgress(3, 1000, 1000, TimeSpan.FromSeconds(1.06)));

        var draws = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, draws.Length);
        Assert.Contains(" 10%", draws[0]);
        Assert.Contains("100%", draws[1]);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(60)]
    [InlineData(40)]
    [InlineData(10)]
    public void Every_line_is_shorter_than_the_terminal_is_wide_so_it_never_wraps(int columns)
    {
        var terminal = new StringWriter();
        using (var bar = new ProgressBar(terminal, () => columns))
        {
            bar.Report(new IndexProgress(12_345, 500_000_000, 1_000_000_000, TimeSpan.FromSeconds(1)));
            bar.Report(new IndexProgress(25_369, 1_000_000_000, 1_000_000_000, TimeSpan.FromSeconds(20)));
        }

        var draws = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, draws.Length); // two draws and the clearing line
        Assert.All(draws, draw => Assert.True(draw.Length < columns, $"{draw.Length} columns: '{draw}'"));
        Assert.Contains("50%", draws[0]);
        Assert.Equal(columns >= 60, draws[0].StartsWith('['));
    }
}
