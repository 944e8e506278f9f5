using System.Globalization;
using Lucene.Net.Index;
using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// What an index records about itself in its commit user data: schema version, analysis chain, corpus, build time.
/// Opening an index whose schema or analyzer differs from this build's is an error, never silently wrong results.
/// </summary>
public sealed record IndexMetadata(int SchemaVersion, string Analyzer, string CorpusRoots, DateTimeOffset BuiltAt)
{
    private const string SchemaKey = "searchindex.schema";
    private const string AnalyzerKey = "searchindex.analyzer";
    private const string CorpusKey = "searchindex.corpus";
    private const string BuiltKey = "searchindex.built";
    private const string MountedKey = "searchindex.mounted";

    /// <summary>
    /// The article-id prefixes of corpus subfolders that were mount points at this commit (<c>share/</c>): once
    /// unmounted, such a folder is empty, and its articles are kept rather than removed. Written only when there are some.
    /// </summary>
    public IReadOnlyList<string> MountedFolders { get; init; } = [];

    /// <summary>The corpus folders (and files) the index was built from, in <c>--corpus</c> order; empty when not recorded.</summary>
    public IReadOnlyList<string> CorpusFolders => CorpusRoots.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The metadata this build writes.</summary>
    public static IndexMetadata Current(string corpusRoots, DateTimeOffset builtAt) =>
        new(IndexSchema.Version, AnalysisChain.Identity, corpusRoots, builtAt);

    public IDictionary<string, string> ToUserData()
    {
        var data = new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
            [AnalyzerKey] = Analyzer,
            [CorpusKey] = CorpusRoots,
            [BuiltKey] = BuiltAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (MountedFolders.Count > 0)
        {
            data[MountedKey] = string.Join("\n", MountedFolders);
        }

        return data;
    }

    /// <summary>Reads the metadata of the index's last commit; null when it was not written by SearchIndex.</summary>
    public static IndexMetadata? Read(DirectoryReader reader) => FromUserData(reader.IndexCommit.UserData);

    public static IndexMetadata? FromUserData(IDictionary<string, string> data)
    {
        if (!data.TryGetValue(SchemaKey, out var schema) || !int.TryParse(schema, CultureInfo.InvariantCulture, out var version))
        {
            return null;
        }

        return new IndexMetadata(
            version,
            data.TryGetValue(AnalyzerKey, out var analyzer) ? analyzer : "",
            data.TryGetValue(CorpusKey, out var corpus) ? corpus : "",
            data.TryGetValue(BuiltKey, out var built) && DateTimeOffset.TryParse(built, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at
                : DateTimeOffset.MinValue)
        {
            MountedFolders = data.TryGetValue(MountedKey, out var mounted) ? mounted.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [],
        };
    }

    /// <summary>Whether this build can read and extend an index with this metadata (same schema and analyzer).</summary>
    public bool IsCompatible => SchemaVersion == IndexSchema.Version && Analyzer == AnalysisChain.Identity;

    /// <summary>Whether a later searchindex built this index (a higher schema version): this one must not replace it unasked.</summary>
    public bool IsNewer => SchemaVersion > IndexSchema.Version;

    /// <summary>Throws unless an index with this metadata can be read and extended by this build.</summary>
    /// <exception cref="SearchIndexException">Schema or analyzer differ.</exception>
    public void EnsureCompatible(string indexDirectory)
    {
        if (IsNewer)
        {
            // "Rebuild it" alone sent the user to replace the newer version's index with an older one.
            throw new SearchIndexException(ErrorKind.Index,
                $"index '{indexDirectory}' was built by a newer searchindex (index schema version {SchemaVersion}, this one reads {IndexSchema.Version}); "
                + $"run that version, or rebuild it for this one with '{RebuildCommand(indexDirectory)}'");
        }

        if (SchemaVersion != IndexSchema.Version)
        {
            throw new SearchIndexException(ErrorKind.Index,
                $"index '{indexDirectory}' has schema version {SchemaVersion}, this searchindex uses {IndexSchema.Version}; rebuild it with '{RebuildCommand(indexDirectory)}'");
        }

        if (Analyzer != AnalysisChain.Identity)
        {
            throw new SearchIndexException(ErrorKind.Index,
                $"index '{indexDirectory}' was built with analyzer '{Analyzer}', this searchindex uses '{AnalysisChain.Identity}'; rebuild it with '{RebuildCommand(indexDirectory)}'");
        }
    }

    /// <summary>
    /// The command that rebuilds this index from the folders it records. 'searchindex index --rebuild' alone, as
    /// advised before, indexes the current folder's <c>corpus/</c> into its <c>index/</c>: never this index.
    /// </summary>
    public string RebuildCommand(string indexDirectory) =>
        RebuildCommand(indexDirectory, CorpusFolders);

    /// <summary>The rebuild command for an index in <paramref name="indexDirectory"/>; <c>DIR</c> stands for unknown folders.</summary>
    public static string RebuildCommand(string indexDirectory, IReadOnlyList<string> corpusFolders) =>
        $"searchindex index {string.Join(" ", (corpusFolders.Count == 0 ? ["DIR"] : corpusFolders.Select(ShellWord)).Select(folder => "--corpus " + folder))} --index {ShellWord(indexDirectory)} --rebuild";

    /// <summary>
    /// A path as one shell word, so the advice runs as written: '/srv/my news' unquoted would be two arguments. Plain
    /// paths stay as they are; others go in double quotes, with the characters a POSIX shell still reads there escaped
    /// (not on Windows, whose shells take a backslash in 'C:\news' as it is).
    /// </summary>
    internal static string ShellWord(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+:@%=,".Contains(c))
            ? path
            : OperatingSystem.IsWindows()
                ? $"\"{path}\""
                : "\"" + string.Concat(path.Select(c => c is '"' or '\\' or '$' or '`' ? "\\" + c : c.ToString())) + "\"";
}
