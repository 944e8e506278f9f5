using System.Collections;
using System.Diagnostics;

namespace SearchIndex.Core.Search;

/// <summary>
/// The hits of a large page (more than <see cref="IndexSearchSession.StreamedFrom"/>), each made (stored fields,
/// highlights, snippet, context) when it is read and not kept: <c>--top 1000000</c> over a frequent word had held
/// every hit in memory before the first was written (220,000 hits, 1.3 GB). Reading a hit twice makes it twice; the
/// session must stay open until the hits are read. <see cref="Making"/> adds the time spent making them to the
/// result's <see cref="SearchResult.Elapsed"/>.
/// </summary>
internal sealed class StreamedHits(int count, int firstRank, Func<int, SearchHit> make) : IReadOnlyList<SearchHit>
{
    private long _makingTicks;

    public int Count => count;

    /// <summary>The rank of the first hit (the offset plus one), known without making it.</summary>
    public int FirstRank => firstRank;

    /// <summary>The time spent making the hits read so far.</summary>
    public TimeSpan Making => TimeSpan.FromTicks(Interlocked.Read(ref _makingTicks));

    public SearchHit this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            var start = Stopwatch.GetTimestamp();
            var hit = make(index);
            Interlocked.Add(ref _makingTicks, Stopwatch.GetElapsedTime(start).Ticks);
            return hit;
        }
    }

    public IEnumerator<SearchHit> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
