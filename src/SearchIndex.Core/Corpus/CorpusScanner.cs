using System.IO.Enumeration;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Finds the article files (<c>.txt</c>, <c>.jsonl</c>) under the corpus paths, recursively and in ordinal name order
/// so every run sees them alike. Other files are skipped silently, and so is a folder or file reached again (a loop,
/// a second name through a link, a root inside another root); unreadable folders are reported.
/// </summary>
public sealed class CorpusScanner
{
    private static readonly string[] ArticleExtensions = [".txt", ".jsonl"];

    private readonly List<CorpusFileError> _errors = [];
    private readonly List<string> _unlisted = [];
    private readonly List<UnreachableFolder> _brokenLinks = [];
    private readonly List<CorpusFileError> _metadataErrors = [];
    private readonly HashSet<string> _roots = new(StringComparer.Ordinal);
    private readonly List<string> _mounted = [];
    private readonly Dictionary<string, string> _empty = new(StringComparer.Ordinal);
    private HashSet<string>? _mountPoints;
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _aliases = new(StringComparer.Ordinal);
    private List<string> _rootIdFolders = [];

    /// <summary>Folders that could not be walked, known once enumeration has finished.</summary>
    public IReadOnlyList<CorpusFileError> Errors => _errors;

    /// <summary>Rows of the folders' <c>metadata.tsv</c> tables that were skipped or read without a value, each naming its line.</summary>
    public IReadOnlyList<CorpusFileError> MetadataErrors => _metadataErrors;

    /// <summary>
    /// The article-id prefixes (<c>folder/</c>) of folders that could not be listed: the articles indexed from them
    /// are unknown to this run, not deleted.
    /// </summary>
    public IReadOnlyList<string> UnlistedFolders => _unlisted;

    /// <summary>
    /// Broken links not named as articles: each may be a folder whose target went away (a share not mounted), whose
    /// indexed articles (prefix <c>name/</c>) are then unknown to this run, not deleted. One that held none is no error.
    /// </summary>
    public IReadOnlyList<UnreachableFolder> BrokenLinks => _brokenLinks;

    /// <summary>The article-id prefixes (<c>share/</c>) of subfolders that are mount points now (<see cref="MountPoints"/>).</summary>
    public IReadOnlyList<string> MountedFolders => _mounted;

    /// <summary>
    /// Subfolders with no article file and no folder in them (hidden and other files aside), as an unmounted mount point
    /// looks: article-id prefix → path as shown.
    /// </summary>
    public IReadOnlyDictionary<string, string> EmptyFolders => _empty;

    /// <summary>
    /// The article-id prefixes a folder's articles may have, given its prefix within its corpus root (<c>share/</c>):
    /// that one, and, in a root after the first, the ones its files take when their names are taken already
    /// (<c>2020/share/</c>, <see cref="InRootFolder"/>). An unreachable folder's articles are kept by all of them.
    /// </summary>
    public IEnumerable<string> IdPrefixes(string prefix) => [prefix, .. _aliases.GetValueOrDefault(prefix) ?? []];

    /// <summary>Every article file under <paramref name="corpusPaths"/>; each path is a folder or a single file.</summary>
    /// <exception cref="SearchIndexException">A corpus path does not exist.</exception>
    public IEnumerable<CorpusFile> Scan(IReadOnlyList<string> corpusPaths)
    {
        foreach (var path in corpusPaths)
        {
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                throw new SearchIndexException(ErrorKind.BadArgument, HasUndecodableName(path)
                    ? $"--corpus: '{path}': {NotUtf8}"
                    : $"--corpus: '{path}' does not exist; give a folder of .txt/.jsonl articles or one such file");
            }

            if (File.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                // Named directly, any other file is read as one .txt article; a .json one would be indexed as its raw
                // JSON text, when it is most likely a feed of articles.
                throw new SearchIndexException(ErrorKind.BadArgument,
                    $"--corpus: '{path}' is a .json file; JSON articles are read from .jsonl files, one article per line (docs/corpus-format.md): rename it if it is one, or convert it (e.g. jq -c '.[]' {path} > articles.jsonl)");
            }

            if (File.Exists(path) && Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) == CorpusMetadata.FileName)
            {
                // A folder's table, named directly (a shell's 'news/*' names every file of the folder): read as a .txt
                // article, its rows were indexed as paragraphs, and the outlets and dates it gives applied to nothing.
                throw new SearchIndexException(ErrorKind.BadArgument,
                    $"--corpus: '{path}' is a folder's table of outlets and dates, not an article; give --corpus its folder, '{(Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".")}', whose articles it describes (docs/corpus-format.md)");
            }
        }

        _roots.UnionWith(corpusPaths.Select(RootPath));

        // Shared by all roots: a folder or file reached again, through a link or because one root lies inside another
        // (--corpus archive --corpus archive/2019-10), is read once, under its first path.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        var firstRoot = true;
        foreach (var path in corpusPaths)
        {
            var fullPath = RootPath(path);
            _rootIdFolders = firstRoot ? [] : RootIdFolders(fullPath);
            firstRoot = false;
            IEnumerable<CorpusFile> files = File.Exists(path)
                ? [new CorpusFile(fullPath, path, Path.GetFileName(fullPath))]
                : Described(Walk(fullPath, path, "", visited).ToList(), fullPath, path);
            foreach (var file in files.Where(f => read.Add(RealPaths.Canonical(f.FullPath, _canonical))))
            {
                yield return ids.Add(file.RelativeId) ? file : InRootFolder(file, fullPath, ids);
            }
        }
    }

    /// <summary>
    /// A root folder's files, each with the folder's <c>metadata.tsv</c>, read after the walk so that only the rows
    /// naming these files are kept. A folder whose files were all read under another root (one inside another) gives none.
    /// </summary>
    private List<CorpusFile> Described(List<CorpusFile> files, string fullPath, string path)
    {
        var metadata = files.Count == 0 ? null : CorpusMetadata.Load(fullPath, path, files.Select(f => f.RelativeId).ToHashSet(StringComparer.Ordinal));
        _metadataErrors.AddRange(metadata?.Errors ?? []);
        return metadata is null ? files : files.ConvertAll(f => f with { Metadata = metadata, MetadataKey = f.RelativeId });
    }

    /// <summary>
    /// Article ids are paths relative to their corpus root, so two roots may both hold <c>001.txt</c>
    /// (<c>--corpus 2019-09 --corpus 2019-10</c>). The first keeps its id; a later one is named with its root's folder
    /// (<c>2019-10/001.txt</c>), so both are indexed. Should that name be taken too (the first root has a subfolder
    /// <c>2019-10</c>), the folders above are added (<c>arsip/2019-10/001.txt</c>), and past the top a number
    /// (<c>~2/arsip/2019-10/001.txt</c>), so no file is lost as a duplicate. Ids depend on the order of the roots,
    /// which an update takes from the index (<c>UpdateGuards.InRecordedOrder</c>).
    /// </summary>
    private static CorpusFile InRootFolder(CorpusFile file, string fullRoot, HashSet<string> ids)
    {
        var folder = Directory.Exists(fullRoot) ? fullRoot : Path.GetDirectoryName(fullRoot);
        var id = file.RelativeId;
        for (; !string.IsNullOrEmpty(Path.GetFileName(folder)); folder = Path.GetDirectoryName(folder))
        {
            id = Path.GetFileName(folder) + "/" + id;
            if (ids.Add(id))
            {
                return file with { RelativeId = id };
            }
        }

        var numbered = Enumerable.Range(2, int.MaxValue - 2).Select(n => $"~{n}/{id}").First(ids.Add);
        return file with { RelativeId = numbered };
    }

    /// <summary>The folders <see cref="InRootFolder"/> puts before a root's ids, in its order: <c>2020/</c>, <c>arsip/2020/</c>, ...</summary>
    private static List<string> RootIdFolders(string fullRoot)
    {
        var folders = new List<string>();
        var id = "";
        for (var folder = Directory.Exists(fullRoot) ? fullRoot : Path.GetDirectoryName(fullRoot);
             !string.IsNullOrEmpty(Path.GetFileName(folder)); folder = Path.GetDirectoryName(folder))
        {
            id = Path.GetFileName(folder) + "/" + id;
            folders.Add(id);
        }

        return folders;
    }

    /// <summary>Notes the prefixes a folder's articles may have besides <paramref name="prefix"/> (<see cref="IdPrefixes"/>).</summary>
    private string Aliased(string prefix)
    {
        if (_rootIdFolders.Count > 0)
        {
            // Two roots may hold a folder of one name: each adds its own.
            var aliases = _aliases.TryGetValue(prefix, out var known) ? known : _aliases[prefix] = [];
            aliases.AddRange(_rootIdFolders.Select(folder => folder + prefix).Except(aliases, StringComparer.Ordinal));
        }

        return prefix;
    }

    /// <summary>
    /// A corpus path as walked, compared and recorded: full, without a trailing separator, so <c>a</c> and <c>./a/</c>
    /// are one, and a root equals a link resolved back to it.
    /// </summary>
    public static string RootPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True for the extensions that hold articles.</summary>
    public static bool IsArticleFile(string path) =>
        ArticleExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<CorpusFile> Walk(string fullDir, string displayDir, string relativeDir, HashSet<string> visited)
    {
        // Every link along the path resolved, as the kernel does: a relative link inside a linked folder (corpus/link ->
        // ../real/a, and there sub -> ../a) leads from the folder the link is in, which its path as read does not name;
        // resolved from that path, each turn of the loop was a new folder, and its articles were indexed again each time.
        var realDir = RealPaths.Canonical(Path.TrimEndingDirectorySeparator(fullDir), _canonical);
        if (!visited.Add(realDir))
        {
            yield break; // its articles were read under their first path
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(fullDir);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // In the words a file's error uses: .NET's own sentence said the path a second time ("Access to the path '…' is denied.").
            _errors.Add(new CorpusFileError(displayDir, null, $"cannot list folder: {CorpusReader.Reason(e)}"));
            _unlisted.Add(Aliased(relativeDir.Length == 0 ? "" : relativeDir + "/"));
            yield break;
        }

        if (relativeDir.Length > 0)
        {
            if ((_mountPoints ??= MountPoints.Current()).Contains(RealPaths.Canonical(Path.TrimEndingDirectorySeparator(fullDir), _canonical)))
            {
                _mounted.Add(Aliased(relativeDir + "/"));
            }

            // Hidden files and other files than articles aside, which the walk passes over: an unmounted mount point
            // often holds a marker ('.not-mounted'), and counted, it made the folder look deleted.
            if (!entries.Any(entry => !Path.GetFileName(entry).StartsWith('.') && (IsArticleFile(entry) || Directory.Exists(entry))))
            {
                _empty[Aliased(relativeDir + "/")] = displayDir;
            }
        }

        Array.Sort(entries, StringComparer.Ordinal);
        HashSet<string>? undecodableFolders = null; // listed once, at the first such name
        HashSet<string>? folders = null;
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue; // hidden files and folders (.git, editor swap files) are never articles
            }

            var display = Path.Combine(displayDir, name);
            var relative = relativeDir.Length == 0 ? name : relativeDir + "/" + name;
            if (IsPastPathLimit(entry) && (folders ??= Folders(fullDir)).Contains(name))
            {
                // No call can name it, so it looked like no folder at all: its articles were passed over without a
                // word, and an update after the corpus moved under a longer path was refused as one that "would remove"
                // them. Now it is unlisted, as an unreadable folder is, and its indexed articles are kept.
                _errors.Add(new CorpusFileError(display, null, $"cannot list folder: {PastPathLimit}"));
                _unlisted.Add(Aliased(relative + "/"));
            }
            else if (Directory.Exists(entry))
            {
                foreach (var file in Walk(entry, display, relative, visited))
                {
                    yield return file;
                }
            }
            else if (relativeDir.Length == 0 && IsMisnamedTable(entry, name) is { } misnamed)
            {
                // A spreadsheet's export, named as it saves one: a .csv was passed over without a word, and a
                // tab-separated .txt indexed as an article, its rows paragraphs; neither gave an outlet or a date.
                _metadataErrors.Add(CorpusMetadata.RowError(display, null, misnamed));
            }
            else if (IsArticleFile(name) && (File.Exists(entry) || IsBrokenLink(entry) || IsPastPathLimit(entry)))
            {
                yield return new CorpusFile(entry, display, relative);
            }
            else if (name == CorpusMetadata.FileName && relativeDir.Length > 0 && !_roots.Contains(Path.TrimEndingDirectorySeparator(fullDir)))
            {
                // Only a --corpus folder's table is read: this one's rows would be dropped without a word. (That of a
                // --corpus folder inside another is not read either, as corpus-format.md says, but it was given.)
                _metadataErrors.Add(CorpusMetadata.RowError(display, null,
                    $"not read: only the metadata.tsv of a folder given to --corpus is; move its rows to that folder's table, each file named by its path from there ('{relativeDir}/a.txt')"));
            }
            else if (HasUndecodableName(entry) && (IsArticleFile(name) || (undecodableFolders ??= UndecodableFolders(fullDir)).Contains(name)))
            {
                // An article file, or a folder that may hold some: silence here would lose them without a word.
                _errors.Add(new CorpusFileError(display, null, NotUtf8));
            }
            else if (new FileInfo(entry).LinkTarget is { } target)
            {
                // Directory.Exists is false for a link whose target is gone, so it was skipped as a stray file, and
                // the articles indexed from the folder it was were all removed, exit 0.
                _brokenLinks.Add(new UnreachableFolder(Aliased(relative + "/"),
                    new CorpusFileError(display, null, $"cannot list folder: it is a broken link (to '{target}')")));
            }
        }
    }

    private static bool IsBrokenLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Linux's PATH_MAX, in bytes with the closing NUL: no call takes a longer path, whatever the folders' depth.</summary>
    private const int PathLimitBytes = 4096;

    /// <summary>Why a folder or file past <see cref="PathLimitBytes"/> cannot be read (<see cref="CorpusReader.Reason"/> says it for a file).</summary>
    internal static readonly string PastPathLimit =
        $"its path is over the system's limit of {PathLimitBytes} bytes; move the corpus to a shorter path or shorten its folder names";

    internal static bool IsPastPathLimit(string path) =>
        path.Length >= PathLimitBytes / 4 && System.Text.Encoding.UTF8.GetByteCount(path) >= PathLimitBytes;

    /// <summary>The names of <paramref name="folder"/>'s subfolders, by the listing's own entry type, which needs no look-up by path.</summary>
    private static HashSet<string> Folders(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.FileName.ToString())
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory,
        }.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Why a corpus folder's <c>Metadata.tsv</c> (any case but lower), <c>metadata.csv</c>, or <c>metadata.txt</c> whose first line names a <c>file</c> (or
    /// <c>id</c>) column between tabs, is not read: the table is <c>metadata.tsv</c>. Null for any other file, which is
    /// read or passed over as before (a <c>metadata.txt</c> of notes is an article).
    /// </summary>
    private static string? IsMisnamedTable(string path, string name)
    {
        if (name.Equals(CorpusMetadata.FileName, StringComparison.OrdinalIgnoreCase) && name != CorpusMetadata.FileName)
        {
            return $"not read: a table of outlets and dates is read from a file named {CorpusMetadata.FileName}, in lower case; rename it so";
        }

        if (name.Equals("metadata.csv", StringComparison.OrdinalIgnoreCase))
        {
            return $"not read: a table of outlets and dates is read from a file named {CorpusMetadata.FileName}, its columns separated by tabs; "
                + "save it so (a spreadsheet's tab-separated text), or move it out of the corpus folder";
        }

        if (!name.Equals("metadata.txt", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return null;
        }

        string? header;
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[4096];
            header = new string(buffer, 0, reader.ReadBlock(buffer)).Split('\n', '\r')[0];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // read as an article, whose reading reports it
        }

        return header.Contains('\t') && header.Split('\t').Any(cell => cell.Trim().Trim('"') is var column
                && (column.Equals("file", StringComparison.OrdinalIgnoreCase) || column.Equals("id", StringComparison.OrdinalIgnoreCase)))
            ? $"not read, as an article or as a table: a table of outlets and dates is read from a file named {CorpusMetadata.FileName}; rename it so"
            : null;
    }

    /// <summary>
    /// The folders of <paramref name="folder"/> whose names are not UTF-8 (as decoded, with U+FFFD): the listing's own
    /// entry type tells them from files, which no look-up by the decoded name can.
    /// </summary>
    private static HashSet<string> UndecodableFolders(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.FileName.ToString())
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory && entry.FileName.Contains('\uFFFD'),
        }.ToHashSet(StringComparer.Ordinal);

    private const string NotUtf8 =
        "its name is not valid UTF-8 (Latin-1 from an old archive?), so it cannot be opened; rename it to UTF-8, e.g. convmv -f latin1 -t utf8 -r --notest FOLDER";

    /// <summary>
    /// A name .NET decoded with U+FFFD for bytes that are not UTF-8: no file can be opened by that decoded name
    /// (one really holding U+FFFD exists under it and is read as usual).
    /// </summary>
    private static bool HasUndecodableName(string path) =>
        path.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null;
}
