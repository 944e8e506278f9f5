using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// What an index update may remove. The index mirrors its corpus paths, so an update deletes the articles whose files
/// are gone; these checks keep a changed path, an emptied folder or a file that failed to read from passing for a
/// deletion. Article ids are compared by the file they come from (a <c>.jsonl</c> file's articles are <c>file#record</c>).
/// </summary>
internal static class UpdateGuards
{
    /// <summary>The corpus paths as the index records them: full paths, one per line.</summary>
    public static string CorpusRoots(IEnumerable<string> paths) => string.Join('\n', paths.Select(CorpusScanner.RootPath));

    /// <summary>
    /// The corpus paths in the order the index recorded them, new ones after in the order given. A file named alike in
    /// two folders keeps its plain id in the first folder only (<see cref="CorpusScanner"/>), so an update given the
    /// same folders in another order (<c>--corpus y --corpus x</c>) would swap their ids and report both as updated.
    /// </summary>
    public static List<string> InRecordedOrder(List<string> paths, IReadOnlyList<string> recorded)
    {
        var rank = recorded.Select((root, i) => (root, i)).DistinctBy(r => r.root).ToDictionary(r => r.root, r => r.i, StringComparer.Ordinal);
        var given = paths.Select(CorpusScanner.RootPath).ToHashSet(StringComparer.Ordinal);

        // A recorded folder that is gone, and as many new ones given: folders moved or renamed (--corpus A --corpus B,
        // then A renamed A2). Each new one takes a gone one's place, in order, so its files keep their ids; were it
        // last, a file named alike in B would take the plain id and every article would look replaced.
        var gone = rank.Where(r => !given.Contains(r.Key) && !Directory.Exists(r.Key) && !File.Exists(r.Key)).Select(r => r.Value).Order().ToList();
        var added = paths.Where(p => !rank.ContainsKey(CorpusScanner.RootPath(p))).ToList();
        if (gone.Count > 0 && gone.Count == added.Count)
        {
            foreach (var (path, slot) in added.Zip(gone))
            {
                rank[CorpusScanner.RootPath(path)] = slot;
            }
        }

        return [.. paths.OrderBy(p => rank.GetValueOrDefault(CorpusScanner.RootPath(p), int.MaxValue))];
    }

    /// <summary>
    /// The index mirrors its corpus: an update deletes the articles whose files are gone. But when the corpus paths
    /// differ from the ones the index was built from, a missing file more likely lives in the folder left out (this
    /// month's folder indexed alone into the whole archive's index) than was deleted, so such a run is refused before
    /// anything is read or written. Files are compared by their id (a <c>.jsonl</c> file's articles are
    /// <c>file#record</c>); a moved folder holding the same files passes. The articles in <paramref name="kept"/>, of
    /// folders the run could not list, are kept, so they are not counted as removed.
    /// </summary>
    /// <exception cref="SearchIndexException">The update would remove the articles of files not under the new paths.</exception>
    public static void RefuseToDropAnotherCorpus(Dictionary<string, string> existing, List<CorpusFile> files, string builtFrom, string roots, IEnumerable<string> kept)
    {
        var scanned = files.Select(f => f.RelativeId).Concat(kept).ToHashSet(StringComparer.Ordinal);
        var missingIds = existing.Keys.Where(id => !FromScannedFile(id, scanned)).ToList();
        var missing = missingIds.Count;
        if (missing == 0 || AllFoundUnderNewNames(missingIds, existing, files))
        {
            return;
        }

        throw new SearchIndexException(ErrorKind.BadArgument,
            $"the index was built from {string.Join(", ", builtFrom.Split('\n'))}; indexing {string.Join(", ", roots.Split('\n'))} instead "
            + $"would remove {missing} {(missing == 1 ? "article" : "articles")} not found there. To add a folder, give every folder "
            + "(--corpus A --corpus B); to replace the index, add --rebuild. Nothing was changed");
    }

    /// <summary>
    /// Whether every article of <paramref name="missingIds"/> is found, same text, in a file the index does not hold by
    /// name: a renamed corpus folder whose files' ids carry its name (the second of two folders holding files named
    /// alike: <c>2019-10/001.txt</c>, renamed <c>oktober/001.txt</c>). Nothing is lost: they are indexed again under
    /// their new names and the old ones removed.
    /// </summary>
    private static bool AllFoundUnderNewNames(List<string> missingIds, Dictionary<string, string> existing, List<CorpusFile> files)
    {
        var byFile = ArticlesByFile(existing);
        var sought = missingIds.Select(id => existing[id]).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !byFile.Contains(f.RelativeId)))
        {
            foreach (var (record, _) in CorpusReader.Read(file))
            {
                if (record is not null && sought.Remove(record.ContentHash) && sought.Count == 0)
                {
                    return true; // read no further than needed
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The other half of <see cref="RefuseToDropAnotherCorpus"/>: a moved folder holds the same articles under the same
    /// names, but another corpus may too hold files named alike (<c>2019-09/001.txt</c> and <c>2019-10/001.txt</c>), and
    /// indexing it would replace every article of the index as "updated". So when the corpus paths changed, the
    /// articles found under names the index holds are hashed first (nothing is written yet), and the run is refused
    /// when more of them differ than are the same. A moved folder with a few articles edited still passes.
    /// </summary>
    /// <exception cref="SearchIndexException">Most articles found under the index's names hold other text.</exception>
    public static void RefuseToReplaceWithAnotherCorpus(Dictionary<string, string> existing, List<CorpusFile> files, string builtFrom, string roots)
    {
        var byFile = ArticlesByFile(existing);
        var (same, different) = (0, 0);
        string? example = null;
        foreach (var file in files.Where(f => byFile.Contains(f.RelativeId)))
        {
            foreach (var (record, _) in CorpusReader.Read(file))
            {
                if (record is not null && existing.TryGetValue(record.Id, out var hash))
                {
                    (same, different) = hash == record.ContentHash ? (same + 1, different) : (same, different + 1);
                    example ??= hash == record.ContentHash ? null : record.Id;
                }
            }
        }

        if (different <= same)
        {
            return;
        }

        throw new SearchIndexException(ErrorKind.BadArgument,
            $"the index was built from {string.Join(", ", builtFrom.Split('\n'))}; {string.Join(", ", roots.Split('\n'))} holds other text under "
            + $"{different} of the same article names (e.g. '{example}'): another corpus, not the same one moved, so indexing it would replace them. "
            + "Nothing was changed; to replace the index, add --rebuild, or give another --index for a separate one");
    }

    /// <summary>Whether article <paramref name="id"/> comes from one of the scanned files: the file itself, or a <c>.jsonl</c> file's record.</summary>
    private static bool FromScannedFile(string id, HashSet<string> scanned) => FileIdsOf(id).Any(scanned.Contains);

    /// <summary>
    /// An update removes the articles whose files are gone; but when a corpus folder holds no article at all, or no
    /// article of the index is found any more, an unmounted share or a mistyped path is likelier than a deliberate
    /// deletion, so the run is refused before anything is written.
    /// </summary>
    /// <exception cref="SearchIndexException">The update would remove articles and a corpus folder is empty, or it would remove every article.</exception>
    public static void RefuseToEmptyTheIndex(Dictionary<string, string> existing, List<CorpusFile> files, List<string> kept, List<string> corpusPaths)
    {
        if (existing.Count == 0)
        {
            return;
        }

        var scanned = files.Select(f => f.RelativeId).Concat(kept).ToHashSet(StringComparer.Ordinal);
        var missingIds = existing.Keys.Where(id => !FromScannedFile(id, scanned)).ToList();
        var missing = missingIds.Count;
        var empty = corpusPaths.FirstOrDefault(path => System.IO.Directory.Exists(path)
            && !files.Any(f => f.FullPath.StartsWith(CorpusScanner.RootPath(path) + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
        if (missing == 0 || (empty is null && missing < existing.Count))
        {
            return;
        }

        // Every file renamed, or the archive sorted into subfolders: nothing is unmounted, and saying so would send the
        // user looking for a missing folder. The run is still refused (it would remove and add back every article).
        if (empty is null && AllFoundUnderNewNames(missingIds, existing, files))
        {
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"every one of the index's {existing.Count} {(existing.Count == 1 ? "article" : "articles")} is found, same text, only under another name "
                + "(files renamed or moved into subfolders), so this update would remove them all and index them again. Nothing was changed; "
                + "to index them under their new names, add --rebuild");
        }

        var where = empty is null ? "none of the index's articles is found under the corpus paths" : $"--corpus: '{empty}' holds no .txt or .jsonl articles";
        throw new SearchIndexException(ErrorKind.BadArgument,
            $"{where} (an unmounted or mistyped folder?), so this update would remove {missing} of the index's {existing.Count} "
            + $"{(existing.Count == 1 ? "article" : "articles")}. Nothing was changed; if they were deleted on purpose, add --rebuild");
    }

    /// <summary>The indexed articles under folders the scan could not list (prefix <c>folder/</c>; "" is a whole root).</summary>
    public static List<string> ArticlesOfUnlistedFolders(Dictionary<string, string> existing, IReadOnlyList<string> unlisted) =>
        unlisted.Count == 0
            ? []
            : existing.Keys.Where(id => unlisted.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal))).ToList();

    /// <summary>The broken links under which the index holds articles: folders whose target went away.</summary>
    public static List<UnreachableFolder> LinksThatHeldArticles(Dictionary<string, string> existing, CorpusScanner scanner, IReadOnlySet<string> scannedFileIds) =>
        scanner.BrokenLinks.Where(link => Articles(existing, scanner, link.Prefix, scannedFileIds) > 0).ToList();

    /// <summary>
    /// The indexed articles under a folder's prefix, or under one its files take in a later root (<see cref="CorpusScanner.IdPrefixes"/>),
    /// that no scanned file holds: with two roots a prefix such as <c>kompas/</c> also covers the first root's
    /// articles, which are read from their files, not kept.
    /// </summary>
    private static int Articles(Dictionary<string, string> existing, CorpusScanner scanner, string prefix, IReadOnlySet<string> scannedFileIds)
    {
        var prefixes = scanner.IdPrefixes(prefix).ToList();
        return existing.Keys.Count(id => prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)) && !FileIdsOf(id).Any(scannedFileIds.Contains));
    }

    /// <summary>
    /// The folders that were mount points at the last commit and are now empty and no mount point (a share not
    /// mounted), under which the index holds articles. A folder emptied while still mounted, or filled again, is taken
    /// as it is; deleting the folder removes its articles.
    /// </summary>
    public static List<UnreachableFolder> UnmountedFolders(Dictionary<string, string> existing, IReadOnlyList<string> recordedMounts, CorpusScanner scanner, IReadOnlySet<string> scannedFileIds) =>
        recordedMounts
            .Where(prefix => !scanner.MountedFolders.Contains(prefix) && scanner.EmptyFolders.ContainsKey(prefix))
            .Select(prefix => (Prefix: prefix, Articles: Articles(existing, scanner, prefix, scannedFileIds)))
            .Where(folder => folder.Articles > 0)
            .Select(folder => new UnreachableFolder(folder.Prefix, new CorpusFileError(scanner.EmptyFolders[folder.Prefix], null,
                $"nothing is mounted on this folder, which was a mount point when the index was last updated: its {folder.Articles} indexed {(folder.Articles == 1 ? "article is" : "articles are")} kept; mount it and run again, or delete the folder to remove them")))
            .ToList();

    /// <summary>
    /// Whether a file's last line has no line end: with a broken last record, the mark of a feed cut short (a download
    /// or copy that stopped), not of a record written badly. UTF-16 line ends count too. False when it cannot be read.
    /// </summary>
    public static bool EndsMidLine(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length == 0)
            {
                return false;
            }

            var tail = new byte[Math.Min(2, file.Length)];
            file.Seek(-tail.Length, SeekOrigin.End);
            file.ReadExactly(tail);
            var endsLine = tail[^1] == '\n' || (tail.Length == 2 && ((tail[0] == '\n' && tail[1] == 0) || (tail[0] == 0 && tail[1] == '\n')));
            return !endsLine;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Indexed article ids by the file id they may come from: the id itself, and each prefix before a '#'.</summary>
    public static ILookup<string, string> ArticlesByFile(Dictionary<string, string> existing) =>
        existing.Keys
            .SelectMany(id => FileIdsOf(id).Select(file => (File: file, Id: id)))
            .ToLookup(pair => pair.File, pair => pair.Id, StringComparer.Ordinal);

    private static IEnumerable<string> FileIdsOf(string id)
    {
        yield return id;
        for (var hash = id.IndexOf('#', StringComparison.Ordinal); hash > 0; hash = id.IndexOf('#', hash + 1))
        {
            yield return id[..hash];
        }
    }

    public static bool SameRoots(string a, string b) =>
        a.Split('\n').Select(Path.TrimEndingDirectorySeparator).ToHashSet(StringComparer.Ordinal).SetEquals(b.Split('\n'));
}
