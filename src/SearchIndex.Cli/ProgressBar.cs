using System.Globalization;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Cli;

/// <summary>
/// A one-line progress bar redrawn in place on a terminal: percent, articles/s, MB/s, ETA. Redraws at most
/// ten times a second so it costs nothing measurable. The line stays shorter than the terminal is wide (asked at each
/// draw, as a window can be resized): a line that filled the last column would wrap, and each redraw would scroll.
/// </summary>
/// <param name="columns">The terminal's width in columns.</param>
internal sealed class ProgressBar(TextWriter terminal, Func<int> columns) : IProgress<IndexProgress>, IDisposable
{
    private const int Width = 30;
    private const int MinWidth = 5;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private readonly Lock _gate = new();
    private static readonly TimeSpan MaxEta = TimeSpan.FromHours(99);
    private TimeSpan? _lastDraw;
    private bool _drawn;

    public void Report(IndexProgress p)
    {
        lock (_gate)
        {
            // The first report always draws (no earlier draw to measure from), and so does the last.
            if (_lastDraw is { } last && p.Elapsed - last < RedrawInterval && p.BytesDone < p.BytesTotal)
            {
                return;
            }

            _lastDraw = p.Elapsed;
            var fraction = p.BytesTotal > 0 ? Math.Min(1, (double)p.BytesDone / p.BytesTotal) : 1;
            var seconds = Math.Max(p.Elapsed.TotalSeconds, 1e-3);
            // A first report after a few bytes of a huge corpus would project an ETA past TimeSpan's range.
            var eta = fraction > 0 ? TimeSpan.FromSeconds(Math.Min(seconds / fraction - seconds, MaxEta.TotalSeconds)) : TimeSpan.Zero;
            var figures = string.Create(CultureInfo.InvariantCulture,
                $"{fraction * 100,3:F0}%  {p.ArticlesDone / seconds,7:F0} articles/s  {p.BytesDone / seconds / (1024 * 1024),5:F1} MB/s  ETA {(int)eta.TotalMinutes,2}:{eta.Seconds:00} ");
            var room = Room();
            var width = Math.Min(Width, room - figures.Length - 3);
            var filled = (int)(fraction * width);
            var line = width >= MinWidth ? $"[{new string('#', filled)}{new string('.', width - filled)}] {figures}" : figures;
            terminal.Write("\r" + (line.Length > room ? line[..room] : line));
            _drawn = true;
        }
    }

    public void Dispose()
    {
        if (_drawn)
        {
            terminal.Write("\r" + new string(' ', Room()) + "\r");
        }
    }

    /// <summary>Columns a line may take: one fewer than the terminal's width, for a line filling it would wrap.</summary>
    private int Room() => Math.Max(1, columns() - 1);
}
