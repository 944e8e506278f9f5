using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// The root words and proper names the Indonesian stemmer checks its candidates against, loaded from the embedded
/// resource built by <c>tools/lexicon/build-lexicon.py</c> from hunspell-id (LGPL-3; see <c>docs/lexicon.md</c>).
/// </summary>
/// <remarks>
/// The resource is a gzip'd UTF-8 list, one entry a line: <c>r&lt;TAB&gt;root&lt;TAB&gt;classes</c> or
/// <c>n&lt;TAB&gt;name</c>, both lower-case. <c>classes</c> are the affix classes hunspell lets the root take (first
/// letters of its flags: M meN-, P peN-, B ber-, ...; a/i/k for bare -an/-i/-kan). Lookups take a span so the token
/// filter can probe the lexicon without allocating a string.
/// </remarks>
public sealed class IndonesianLexicon
{
    /// <summary>Name of the embedded resource holding the lexicon.</summary>
    public const string ResourceName = "SearchIndex.Core.Analysis.Resources.id-lexicon.txt.gz";

    /// <summary>How many hex digits of the SHA-256 of the resource bytes name the lexicon.</summary>
    public const int HashLength = 12;

    private static readonly Lazy<IndonesianLexicon> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, uint> _roots;
    private readonly HashSet<string> _names;
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _rootLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    private IndonesianLexicon(Dictionary<string, uint> roots, HashSet<string> names, string hash, TimeSpan loadTime)
    {
        _roots = roots;
        _names = names;
        _rootLookup = roots.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        Hash = hash;
        LoadTime = loadTime;
    }

    /// <summary>The lexicon shipped inside this assembly, loaded once on first use.</summary>
    public static IndonesianLexicon Default => Embedded.Value;

    /// <summary>First <see cref="HashLength"/> hex digits of the SHA-256 of the compressed resource bytes.</summary>
    public string Hash { get; }

    /// <summary>Wall time spent decompressing and indexing the lexicon.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Number of root words.</summary>
    public int RootCount => _roots.Count;

    /// <summary>Number of proper names (stored lower-case).</summary>
    public int NameCount => _names.Count;

    /// <summary>Whether <paramref name="word"/> (lower-case) is a root word.</summary>
    public bool IsRoot(ReadOnlySpan<char> word) => _rootLookup.ContainsKey(word);

    /// <summary>
    /// Whether the dictionary lets <paramref name="root"/> take affix class <paramref name="affixClass"/> (a flag
    /// letter such as <c>'M'</c> for meN-, or <c>'a'</c> for a bare -an); false for unknown roots.
    /// </summary>
    internal bool Licenses(string root, char affixClass) =>
        _roots.TryGetValue(root, out var classes) && (classes & ClassBit(affixClass)) != 0;

    /// <summary>Whether the dictionary gives <paramref name="root"/> any affix at all (flagless entries are rare words).</summary>
    internal bool IsProductive(string root) => _roots.TryGetValue(root, out var classes) && classes != 0;

    /// <summary>Whether <paramref name="word"/> (lower-case) is a proper name the dictionary lists.</summary>
    public bool IsName(ReadOnlySpan<char> word) => _nameLookup.Contains(word);

    /// <summary>Reads a lexicon from gzip'd bytes in the resource format; used for the embedded one and by tests.</summary>
    public static IndonesianLexicon FromCompressedBytes(byte[] compressed)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        var clock = Stopwatch.StartNew();
        var roots = new Dictionary<string, uint>(40_000, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip, Encoding.UTF8))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length < 3 || line[1] != '\t')
                {
                    continue; // comment or blank line
                }

                if (line[0] == 'n')
                {
                    names.Add(line[2..]);
                    continue;
                }

                var tab = line.IndexOf('\t', 2);
                var word = tab < 0 ? line[2..] : line[2..tab];
                uint classes = 0;
                for (var i = tab + 1; tab > 0 && i < line.Length; i++)
                {
                    classes |= ClassBit(line[i]);
                }

                roots[word] = classes;
            }
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(compressed))[..HashLength];
        return new IndonesianLexicon(roots, names, hash, clock.Elapsed);
    }

    /// <summary>Bits 0–25 for upper-case class letters, 26–28 for a, i, k.</summary>
    private static uint ClassBit(char c) => c switch
    {
        >= 'A' and <= 'Z' => 1u << (c - 'A'),
        'a' => 1u << 26,
        'i' => 1u << 27,
        'k' => 1u << 28,
        _ => 0,
    };

    private static IndonesianLexicon LoadEmbedded()
    {
        using var stream = typeof(IndonesianLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromCompressedBytes(buffer.ToArray());
    }
}
