namespace SearchIndex.Core.Analysis;

/// <summary>
/// A bounded token → root map laid out for the CPU cache: one open-addressing table of small structs and one char
/// arena holding each token followed by its root. A lookup touches the table slot and the arena, two memory
/// round trips, where <c>Dictionary&lt;string, string&gt;</c> needs four (bucket, entry, key, value); over the
/// 145,000 distinct forms of a news corpus that difference is most of the filter's cost.
/// </summary>
/// <remarks>
/// When the table is half full or the arena is full, everything is dropped and refilled: crude, but bounded, and
/// at the default sizes a 46 MB corpus never gets there. Not thread-safe: one per token filter.
/// </remarks>
internal sealed class RootCache
{
    private readonly Entry[] _table;
    private readonly char[] _arena;
    private readonly int _mask;
    private int _count;
    private int _used;

    /// <param name="slots">Table slots, rounded up to a power of two; at most half are filled.</param>
    /// <param name="arenaChars">Characters of tokens and roots kept before the cache is cleared.</param>
    public RootCache(int slots, int arenaChars)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(slots, 16));
        _table = new Entry[size];
        _mask = size - 1;
        _arena = new char[arenaChars];
    }

    /// <summary>Finds the root of <paramref name="token"/>; the span points into the arena, valid until the next <see cref="Add"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> token, out ReadOnlySpan<char> root)
    {
        var hash = Hash(token);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var entry = ref _table[i];
            if (entry.Hash == 0)
            {
                root = default;
                return false;
            }

            if (entry.Hash == hash && entry.TokenLength == token.Length
                && _arena.AsSpan(entry.Offset, token.Length).SequenceEqual(token))
            {
                root = _arena.AsSpan(entry.Offset + token.Length, entry.RootLength);
                return true;
            }
        }
    }

    /// <summary>Remembers that <paramref name="token"/> stems to <paramref name="root"/>.</summary>
    public void Add(ReadOnlySpan<char> token, ReadOnlySpan<char> root)
    {
        var need = token.Length + root.Length;
        if (need > _arena.Length || token.Length > ushort.MaxValue || root.Length > ushort.MaxValue)
        {
            return; // never cache what cannot fit
        }

        if (_count >= _table.Length / 2 || _used + need > _arena.Length)
        {
            Array.Clear(_table);
            _count = 0;
            _used = 0;
        }

        var hash = Hash(token);
        var i = hash & _mask;
        while (_table[i].Hash != 0)
        {
            i = (i + 1) & _mask;
        }

        token.CopyTo(_arena.AsSpan(_used));
        root.CopyTo(_arena.AsSpan(_used + token.Length));
        _table[i] = new Entry(hash, _used, (ushort)token.Length, (ushort)root.Length);
        _used += need;
        _count++;
    }

    /// <summary>Never 0, which marks an empty slot.</summary>
    private static int Hash(ReadOnlySpan<char> token) => string.GetHashCode(token) | 1;

    private readonly record struct Entry(int Hash, int Offset, ushort TokenLength, ushort RootLength);
}
