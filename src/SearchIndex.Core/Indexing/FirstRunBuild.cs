namespace SearchIndex.Core.Indexing;

/// <summary>
/// The build <c>search</c> runs by itself from a checkout: the default index folder holds no index (or one that
/// another version of searchindex built from the default corpus) and the default corpus is there. A script may
/// start several searches at once: the first one builds, the others wait for its lock, then search what it built.
/// Whether to build is decided again under the lock, because the run waited for has usually just built the index;
/// so nothing is built twice, and no search opens an index before its one commit.
/// </summary>
public static class FirstRunBuild
{
    /// <summary>
    /// How long a search waits for another run that holds the index lock: 10 minutes, far more than the first build
    /// of a checkout's corpus takes, but a bound for a run that hangs.
    /// </summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(10);

    private enum Need
    {
        Nothing,
        Build,
        Rebuild,
    }

    /// <summary>
    /// Builds <paramref name="indexDirectory"/> from <paramref name="corpusDirectory"/> when it needs it, telling
    /// <paramref name="notice"/> (one line each, for stderr) why, or that it waits for another run; returns the
    /// build's summary, or null when nothing was built.
    /// </summary>
    /// <exception cref="SearchIndexException">The index folder is unusable, another run held it past <see cref="WaitLimit"/>, the build failed, or was cancelled.</exception>
    public static IndexSummary? Run(string corpusDirectory, string indexDirectory, Action<string> notice,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        // Searches of a built index must not queue behind an `index` update: the lock is only taken when building.
        if (Check(corpusDirectory, indexDirectory) == Need.Nothing)
        {
            return null;
        }

        var folder = IndexWriting.PrepareIndexDirectory(indexDirectory);
        // Before the lock: its file, once made, passes the folder for one searchindex has used.
        IndexFolderGuard.Refuse(folder, [corpusDirectory]);
        using var held = IndexLock.Acquire(folder, WaitLimit,
            owner => notice($"waiting for another run{(owner is null ? "" : $" ({owner})")} to finish building {indexDirectory}/ …"),
            cancellation);
        var need = Check(corpusDirectory, indexDirectory);
        if (need == Need.Nothing)
        {
            return null;
        }

        notice(need == Need.Build
            ? $"no index yet; indexing {corpusDirectory}/ first"
            : $"{indexDirectory}/ was built by another version of searchindex; rebuilding it from {corpusDirectory}/");
        var request = new IndexRequest([corpusDirectory], indexDirectory, Rebuild: need == Need.Rebuild);
        return new IndexBuilder(request, progress) { CommitWhenCancelled = false }.Run(held, cancellation);
    }

    /// <summary>
    /// Build when there is no commit yet; rebuild an index of another schema or analyzer only when it was built from
    /// this corpus: one built from anything else is never replaced behind the user's back (opening it says why). Nor is
    /// one of a newer schema: a newer searchindex over the same folder would rebuild it back, each time in full.
    /// </summary>
    private static Need Check(string corpusDirectory, string indexDirectory)
    {
        if (!Directory.Exists(corpusDirectory))
        {
            return Need.Nothing;
        }

        var need = !Directory.Exists(indexDirectory) || !Directory.EnumerateFiles(indexDirectory, "segments*").Any() || HoldsOnlyAnUnfinishedFirstCommit(indexDirectory)
            ? Need.Build
            : IndexOpener.ReadMetadata(indexDirectory) is { IsCompatible: false, IsNewer: false } metadata
                && metadata.CorpusRoots == Corpus.CorpusScanner.RootPath(corpusDirectory)
                ? Need.Rebuild
                : Need.Nothing;
        // Looked at only when there is something to build, so a search of a built index never walks the corpus; with
        // nothing to build from, opening the index says there is none.
        return need != Need.Nothing && !HoldsArticles(corpusDirectory) ? Need.Nothing : need;
    }

    /// <summary>
    /// A first build killed while it committed left nothing to search: build again. A folder with
    /// <c>segments.gen</c>, which Lucene writes once a commit is complete, is the usual case and needs no more look.
    /// </summary>
    private static bool HoldsOnlyAnUnfinishedFirstCommit(string indexDirectory)
    {
        if (File.Exists(Path.Combine(indexDirectory, Lucene.Net.Index.IndexFileNames.SEGMENTS_GEN)))
        {
            return false;
        }

        try
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(indexDirectory);
            return IndexOpener.HoldsOnlyAnUnfinishedFirstCommit(directory);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false; // opening it says what is wrong
        }
    }

    /// <summary>Whether the folder holds an article file anywhere; a folder that cannot be listed is left to the build to report.</summary>
    private static bool HoldsArticles(string corpusDirectory)
    {
        try
        {
            return Directory.EnumerateFiles(corpusDirectory, "*", SearchOption.AllDirectories).Any(Corpus.CorpusScanner.IsArticleFile);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return true;
        }
    }
}
