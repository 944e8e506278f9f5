using Lucene.Net.Index;
using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Lucene takes the files of the index folder whose names look like its own for its leftovers and deletes them: in
/// Lucene.Net, any name holding '_', lowercase letters or digits, then a dot ('berita_1.txt', 'laporan_2019.pdf',
/// '_config.yml'). An index built in its corpus folder, or in a folder of other files, lost such files at its first
/// update, from the user's disk. So the index gets a folder of its own.
/// </summary>
internal static class IndexFolderGuard
{
    /// <summary>Throws when the index folder is a corpus folder, or holds other files and no index yet.</summary>
    /// <exception cref="SearchIndexException">The folder is not the index's alone.</exception>
    public static void Refuse(string indexDirectory, IReadOnlyList<string> corpusPaths)
    {
        var index = RealFolder(indexDirectory);
        if (corpusPaths.Any(path => System.IO.Directory.Exists(path) && RealFolder(path) == index))
        {
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--index: '{indexDirectory}' is a --corpus folder too; give the index a folder of its own (Lucene deletes the files of its folder whose names look like its own, 'berita_1.txt' among them)");
        }

        var others = OtherFiles(indexDirectory);
        if (others.Count > 0)
        {
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--index: '{indexDirectory}' holds other files ({string.Join(", ", others.Take(3).Select(name => $"'{name}'"))}{(others.Count > 3 ? ", …" : "")}) and no index; give the index an empty or new folder (Lucene deletes the files of its folder whose names look like its own, 'berita_1.txt' among them)");
        }
    }

    /// <summary>
    /// The files Lucene may delete in a folder that searchindex never used (no lock file, no commit), sorted: none for
    /// a new, an empty or an index folder. Folders (lost+found) and hidden files with no name of Lucene's (.gitkeep) are
    /// left alone by Lucene; a hidden '.notes_1.txt' or a Mac's '._berita_1.txt' is not. Lucene's own lock file
    /// (write.lock, left by any Lucene writer) holds nothing to lose.
    /// </summary>
    private static List<string> OtherFiles(string indexDirectory)
    {
        try
        {
            var names = System.IO.Directory.EnumerateFiles(indexDirectory).Select(path => Path.GetFileName(path)).ToList();
            return names.Any(name => name == IndexLock.LockFileName || name.StartsWith("segments", StringComparison.Ordinal))
                ? []
                : names.Where(name => name != IndexWriter.WRITE_LOCK_NAME && (!name.StartsWith('.') || IndexFileNames.CODEC_FILE_PATTERN.IsMatch(name)))
                    .Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // writing the index reports it
        }
    }

    /// <summary>The folder with every link along its path resolved (a linked parent too: <c>/srv/link/news</c>, <c>/srv/link</c> → <c>/srv/real</c>).</summary>
    private static string RealFolder(string path) => RealPaths.Canonical(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), []);
}
