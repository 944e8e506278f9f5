using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// Replaces each token with its lower-case Indonesian root. Place it <em>before</em> any lower-casing: it reads the
/// token as written, because capitalisation tells names and acronyms apart from common words
/// (<see cref="IndonesianStemmer.StemToken"/>). Offsets and positions are left untouched.
/// </summary>
/// <remarks>
/// News text repeats words heavily, so roots are cached per filter instance (one per analyzer thread) keyed by the
/// token as written; a cache hit looks the term buffer up as a span and copies the root back, allocating nothing.
/// </remarks>
public sealed class IndonesianRootFilter : TokenFilter
{
    /// <summary>Entries the per-filter cache holds (default 16,384) before it is cleared and refilled.</summary>
    public const int DefaultCacheSize = 16_384;

    private readonly ICharTermAttribute _term;
    private readonly IndonesianStemmer _stemmer;
    private readonly int _cacheSize;
    private readonly Dictionary<string, string> _cache;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Stems <paramref name="input"/> with <paramref name="stemmer"/>.</summary>
    public IndonesianRootFilter(TokenStream input, IndonesianStemmer stemmer, int cacheSize = DefaultCacheSize)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(stemmer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cacheSize);
        _stemmer = stemmer;
        _cacheSize = cacheSize;
        _term = AddAttribute<ICharTermAttribute>();
        _cache = new Dictionary<string, string>(StringComparer.Ordinal);
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var written = _term.Buffer.AsSpan(0, _term.Length);
        if (!_lookup.TryGetValue(written, out var root))
        {
            var token = written.ToString();
            root = _stemmer.StemToken(token).Root;
            if (_cache.Count >= _cacheSize)
            {
                _cache.Clear(); // crude but bounded; the hot words come straight back
            }

            _cache[token] = root;
        }

        if (!written.SequenceEqual(root))
        {
            _term.SetEmpty().Append(root);
        }

        return true;
    }
}
