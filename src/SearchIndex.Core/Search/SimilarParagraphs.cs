using System.Globalization;

namespace SearchIndex.Core.Search;

/// <summary>
/// Tells which paragraphs repeat one already listed: the same wire story run by several outlets, or a background
/// paragraph an outlet reuses in every article of a series. A paragraph repeats a kept one when most of its own
/// three-word runs (shingles, case and punctuation ignored) are in the kept one: at least <see cref="MinContained"/>.
/// Its own, not the shorter one's: a longer paragraph that holds a kept one and says more (one outlet's paragraph that
/// joins two of another's) adds what the kept one lacks, and folding it would hide that.
/// Copies are rarely byte-identical (a dateline, "Sementara itu," added, a name spelled out), so an exact text key
/// would miss most of them.
/// </summary>
/// <remarks>
/// Read over the top tens of 100 mixed queries of the shared corpus, pairs sharing 80% or more were copies or the same
/// quote, pairs at 50–70% the same event told in other words (docs/relevance.md, "Twenty-first session").
/// </remarks>
public sealed class SimilarParagraphs
{
    /// <summary>Share of a paragraph's shingles the kept one must hold for it to be a repeat.</summary>
    public const double MinContained = 0.8;

    private const int ShingleWords = 3;

    private readonly List<HashSet<ulong>> _kept = [];
    private readonly Dictionary<ulong, List<int>> _keptWith = [];

    /// <summary>
    /// The index (0-based, in order of keeping) of the kept paragraph that <paramref name="text"/> repeats; or null,
    /// and then <paramref name="text"/> is kept and later paragraphs are compared with it too.
    /// </summary>
    public int? RepeatOf(string text)
    {
        var shingles = Shingles(text);
        if (RepeatOf(shingles) is { } kept)
        {
            return kept;
        }

        var index = _kept.Count;
        _kept.Add(shingles);
        foreach (var shingle in shingles)
        {
            if (!_keptWith.TryGetValue(shingle, out var list))
            {
                _keptWith[shingle] = list = [];
            }

            list.Add(index);
        }

        return null;
    }

    private int? RepeatOf(HashSet<ulong> shingles)
    {
        if (shingles.Count == 0)
        {
            return null;
        }

        // Shared shingles per kept paragraph, through the index of kept shingles: no pairwise set intersections.
        var shared = new Dictionary<int, int>();
        foreach (var shingle in shingles)
        {
            if (_keptWith.TryGetValue(shingle, out var keptWith))
            {
                foreach (var kept in keptWith)
                {
                    shared[kept] = shared.GetValueOrDefault(kept) + 1;
                }
            }
        }

        int? best = null;
        foreach (var (kept, count) in shared)
        {
            if (count >= MinContained * shingles.Count && (best is null || kept < best))
            {
                best = kept;
            }
        }

        return best;
    }

    /// <summary>
    /// Hashes of the runs of <see cref="ShingleWords"/> words (letters and digits, lower-cased); a paragraph of fewer
    /// words is one run of all of them, so it matches only the same words.
    /// </summary>
    internal static HashSet<ulong> Shingles(string text)
    {
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        var width = Math.Min(ShingleWords, words.Count);
        for (var start = 0; start + width <= words.Count && width > 0; start++)
        {
            var hash = 14695981039346656037UL;
            for (var i = start; i < start + width; i++)
            {
                foreach (var c in words[i])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLower(CultureInfo.InvariantCulture));
                start = -1;
            }
        }

        return words;
    }
}
