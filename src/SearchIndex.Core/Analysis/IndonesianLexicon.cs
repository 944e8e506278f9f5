using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// The root words and proper names the Indonesian stemmer checks its candidates against, loaded from the embedded
/// resource built by <c>tools/lexicon/build-lexicon.py</c> from hunspell-id (LGPL-3; see <c>docs/lexicon.md</c>).
/// </summary>
/// <remarks>
/// The resource is a gzip'd UTF-8 list, one entry a line: <c>r&lt;TAB&gt;root&lt;TAB&gt;classes</c> or
/// <c>n&lt;TAB&gt;name</c> or <c>c&lt;TAB&gt;word</c> (a derived word that is common when capitalised), all lower-case. <c>classes</c> are the affixes hunspell lets the root take, comma-separated:
/// a prefix letter (<c>M</c> meN-, <c>P</c> peN-, <c>B</c> ber-, ...), a prefix letter with a suffix code for a confix
/// (<c>Mk</c> meN-…-kan, <c>Ka</c> ke-…-an), or a bare suffix code (<c>a</c> -an, <c>i</c> -i, <c>k</c> -kan).
/// Lookups take a span so the token filter can probe the lexicon without allocating a string.
/// </remarks>
public sealed class IndonesianLexicon
{
    /// <summary>Name of the embedded resource holding the lexicon.</summary>
    public const string ResourceName = "SearchIndex.Core.Analysis.Resources.id-lexicon.txt.gz";

    /// <summary>How many hex digits of the SHA-256 of the resource bytes name the lexicon.</summary>
    public const int HashLength = 12;

    private static readonly Lazy<IndonesianLexicon> Embedded = new(LoadEmbedded);

    // Root → index into _classes. Dictionary<string, int> rather than <string, ulong>: its code is precompiled in the
    // framework, so the first load is not slowed down by the JIT compiling a new generic instantiation.
    private readonly Dictionary<string, int> _roots;
    private readonly ulong[] _classes;
    private readonly byte[] _compressed;
    private readonly Lazy<string> _hash;
    private readonly HashSet<string> _names;
    private readonly HashSet<string> _capitalisedWords;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rootLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalisedLookup;

    private IndonesianLexicon(
        Dictionary<string, int> roots, ulong[] classes, HashSet<string> names, HashSet<string> capitalisedWords, byte[] compressed,
        TimeSpan loadTime)
    {
        _roots = roots;
        _classes = classes;
        _compressed = compressed;

        // Hashed on first use, not at load: SHA-256's first call costs tens of milliseconds of native set-up.
        _hash = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(_compressed))[..HashLength]);
        _names = names;
        _rootLookup = roots.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _capitalisedWords = capitalisedWords;
        _capitalisedLookup = capitalisedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        LoadTime = loadTime;
    }

    /// <summary>The lexicon shipped inside this assembly, loaded once on first use.</summary>
    public static IndonesianLexicon Default => Embedded.Value;

    /// <summary>First <see cref="HashLength"/> hex digits of the SHA-256 of the compressed resource bytes.</summary>
    public string Hash => _hash.Value;

    /// <summary>Wall time spent decompressing and indexing the lexicon.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Number of root words.</summary>
    public int RootCount => _roots.Count;

    /// <summary>Number of proper names (stored lower-case).</summary>
    public int NameCount => _names.Count;

    /// <summary>Number of derived words common when capitalised (<see cref="IsCommonWhenCapitalised"/>).</summary>
    public int CapitalisedWordCount => _capitalisedWords.Count;

    /// <summary>Whether <paramref name="word"/> (lower-case) is a root word.</summary>
    public bool IsRoot(ReadOnlySpan<char> word) => _rootLookup.ContainsKey(word);

    /// <summary>
    /// Whether the dictionary lets <paramref name="root"/> take prefix <paramref name="prefix"/> (a flag letter such
    /// as <c>'M'</c> for meN-, or <c>'\0'</c> for none) together with derivational suffix <paramref name="suffix"/>
    /// (<c>'a'</c> -an, <c>'i'</c> -i, <c>'k'</c> -kan, or <c>'\0'</c>); false for unknown roots.
    /// </summary>
    internal bool Licenses(string root, char prefix, char suffix) =>
        _roots.TryGetValue(root, out var index) && (_classes[index] & ClassBit(prefix, suffix)) != 0;

    /// <summary>Whether the dictionary gives <paramref name="root"/> any affix at all (flagless entries are rare words).</summary>
    internal bool IsProductive(string root) => _roots.TryGetValue(root, out var index) && _classes[index] != 0;

    /// <summary>How many affix classes the dictionary gives <paramref name="root"/>: a rough measure of how common it is.</summary>
    internal int Productivity(string root) =>
        _roots.TryGetValue(root, out var index) ? System.Numerics.BitOperations.PopCount(_classes[index]) : 0;

    /// <summary>Whether <paramref name="word"/> (lower-case) is a proper name the dictionary lists.</summary>
    public bool IsName(ReadOnlySpan<char> word) => _nameLookup.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> (lower-case) is a derived word that news writes in lower case often enough to be
    /// a common word wherever it is capitalised (<c>penangkapan</c>, <c>kesehatan</c>; not <c>kemayoran</c>), from
    /// a corpus's word counts (<c>tools/lexicon/capitalised-words.py</c>).
    /// </summary>
    public bool IsCommonWhenCapitalised(ReadOnlySpan<char> word) => _capitalisedLookup.Contains(word);

    /// <summary>Every word <see cref="IsCommonWhenCapitalised"/> holds, lower-case.</summary>
    internal IReadOnlyCollection<string> CapitalisedWords => _capitalisedWords;

    /// <summary>Reads a lexicon from gzip'd bytes in the resource format; used for the embedded one and by tests.</summary>
    public static IndonesianLexicon FromCompressedBytes(byte[] compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        var clock = Stopwatch.StartNew();
        var roots = new Dictionary<string, int>(40_000, StringComparer.Ordinal);
        var classes = new List<ulong>(40_000);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var capitalisedWords = new HashSet<string>(StringComparer.Ordinal);
        Parse(Decompress(compressed), roots, classes, names, capitalisedWords);
        return new IndonesianLexicon(roots, [.. classes], names, capitalisedWords, compressed, clock.Elapsed);
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream(compressed.Length * 4);
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    /// <summary>
    /// Splits the plain bytes into entries without a reader: one string per word and nothing else allocated. Fully
    /// optimised from the first call, because it runs once, at start-up, when tiered JIT would interpret it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Parse(ReadOnlySpan<byte> text, Dictionary<string, int> roots, List<ulong> classes, HashSet<string> names,
        HashSet<string> capitalisedWords)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (line.Length < 3 || line[1] != (byte)'\t')
            {
                continue; // comment or blank line
            }

            var body = line[2..];
            var tab = body.IndexOf((byte)'\t');
            var word = Encoding.UTF8.GetString(tab < 0 ? body : body[..tab]);
            if (line[0] == (byte)'n')
            {
                names.Add(word);
            }
            else if (line[0] == (byte)'c')
            {
                capitalisedWords.Add(word);
            }
            else if (roots.TryAdd(word, classes.Count))
            {
                classes.Add(tab < 0 ? 0 : ParseClasses(body[(tab + 1)..]));
            }
        }
    }

    /// <summary>Parses <c>B,Ba,Mi,a</c>: a prefix letter, a prefix letter with a suffix code, or a suffix code.</summary>
    private static ulong ParseClasses(ReadOnlySpan<byte> text)
    {
        ulong classes = 0;
        while (!text.IsEmpty)
        {
            var comma = text.IndexOf((byte)',');
            var token = comma < 0 ? text : text[..comma];
            text = comma < 0 ? [] : text[(comma + 1)..];
            classes |= token.Length switch
            {
                1 when char.IsAsciiLetterUpper((char)token[0]) => ClassBit((char)token[0], '\0'),
                1 => ClassBit('\0', (char)token[0]),
                2 => ClassBit((char)token[0], (char)token[1]),
                _ => 0,
            };
        }

        return classes;
    }

    /// <summary>One bit per (prefix, suffix) pair: 9 prefix slots (none + B D K M P R S T) × 4 suffix slots.</summary>
    private static ulong ClassBit(char prefix, char suffix)
    {
        var p = prefix == '\0' ? 0 : PrefixLetters.IndexOf(prefix) + 1;
        var s = suffix switch { '\0' => 0, 'a' => 1, 'i' => 2, 'k' => 3, _ => -1 };
        return p < 0 || s < 0 || (p == 0 && s == 0) ? 0 : 1UL << ((p * 4) + s);
    }

    private const string PrefixLetters = "BDKMPRST";

    private static IndonesianLexicon LoadEmbedded()
    {
        using var stream = typeof(IndonesianLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromCompressedBytes(buffer.ToArray());
    }
}
