namespace SearchIndex.Core.Corpus;

/// <summary>
/// Finds the article files (<c>.txt</c>, <c>.jsonl</c>) under the corpus paths, recursively and in ordinal name order
/// so every run sees them alike. Other files are skipped silently; unreadable folders and symlink loops are reported.
/// </summary>
public sealed class CorpusScanner
{
    private static readonly string[] ArticleExtensions = [".txt", ".jsonl"];

    private readonly List<CorpusFileError> _errors = [];

    /// <summary>Folders and links that could not be walked, known once enumeration has finished.</summary>
    public IReadOnlyList<CorpusFileError> Errors => _errors;

    /// <summary>Every article file under <paramref name="corpusPaths"/>; each path is a folder or a single file.</summary>
    /// <exception cref="SearchIndexException">A corpus path does not exist.</exception>
    public IEnumerable<CorpusFile> Scan(IReadOnlyList<string> corpusPaths)
    {
        foreach (var path in corpusPaths)
        {
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                throw new SearchIndexException(ErrorKind.BadArgument,
                    $"--corpus: '{path}' does not exist; give a folder of .txt/.jsonl articles or one such file");
            }
        }

        foreach (var path in corpusPaths)
        {
            if (File.Exists(path))
            {
                yield return new CorpusFile(Path.GetFullPath(path), path, Path.GetFileName(path));
                continue;
            }

            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Walk(Path.GetFullPath(path), path, "", visited))
            {
                yield return file;
            }
        }
    }

    /// <summary>True for the extensions that hold articles.</summary>
    public static bool IsArticleFile(string path) =>
        ArticleExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<CorpusFile> Walk(string fullDir, string displayDir, string relativeDir, HashSet<string> visited)
    {
        var real = RealPath(fullDir);
        if (!visited.Add(real))
        {
            _errors.Add(new CorpusFileError(displayDir, null, "symlink loop (this folder was already visited); skipped"));
            yield break;
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(fullDir);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            _errors.Add(new CorpusFileError(displayDir, null, $"cannot list folder: {e.Message}"));
            yield break;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue; // hidden files and folders (.git, editor swap files) are never articles
            }

            var display = Path.Combine(displayDir, name);
            var relative = relativeDir.Length == 0 ? name : relativeDir + "/" + name;
            if (Directory.Exists(entry))
            {
                foreach (var file in Walk(entry, display, relative, visited))
                {
                    yield return file;
                }
            }
            else if (IsArticleFile(name) && (File.Exists(entry) || IsBrokenLink(entry)))
            {
                yield return new CorpusFile(entry, display, relative);
            }
        }
    }

    private static bool IsBrokenLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static string RealPath(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (IOException)
        {
            return dir;
        }
    }
}
