using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// The index folder around an <see cref="IndexBuilder"/> run: preparing it, reading what it already holds, opening the
/// writer, and, when the run fails, rolling back and saying why in one line. Each step is where the file system (a full
/// disk, a read-only mount, a folder deleted or unreadable) meets Lucene.
/// </summary>
internal static class IndexWriting
{
    /// <summary>
    /// Deletes the commit point of a first build that was killed while committing (<see cref="IndexOpener.HoldsOnlyAnUnfinishedFirstCommit"/>):
    /// it holds nothing, and while it is there Lucene refuses the folder, so no run could build the index. Called
    /// under the lock, so no other run is writing that commit.
    /// </summary>
    public static void ForgetUnfinishedFirstCommit(FSDirectory directory)
    {
        if (IndexOpener.HoldsOnlyAnUnfinishedFirstCommit(directory))
        {
            foreach (var name in directory.ListAll().Where(name => name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal)))
            {
                directory.DeleteFile(name);
            }
        }
    }

    /// <summary>Article id → content hash of every live article in the index; empty when there is no index yet.</summary>
    public static Dictionary<string, string> ReadExistingArticles(FSDirectory directory, string indexDir)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory))
        {
            return states;
        }

        using var reader = IndexOpener.OpenReader(directory, indexDir);
        var terms = MultiFields.GetTerms(reader, IndexSchema.ArticleHash);
        if (terms is null)
        {
            return states;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
            if (docs.NextDoc() == Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                continue; // the article was replaced or removed; only its old term remains until a merge
            }

            var state = termsEnum.Term.Utf8ToString();
            var separator = state.LastIndexOf(ParagraphDocuments.StateSeparator);
            states[state[..separator]] = state[(separator + 1)..];
        }

        return states;
    }

    /// <summary>
    /// Rolls back after a failed run. A rollback that fails in turn (the index folder deleted while the run wrote it, so
    /// Lucene cannot even list it) must not replace the error that ended the run: thrown out of the catch, it was an
    /// unhandled exception with a stack trace.
    /// </summary>
    public static void RollBackAfter(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or MergePolicy.MergeException)
        {
            // The error being handled is reported instead; there is nothing left to roll back to. A merge that failed
            // in the background (the disk filled while an update rewrote its segments) is thrown again here, by the
            // merge threads' join, as a MergeException: it is the same failure, already being reported.
        }
    }

    /// <summary>
    /// The innermost I/O or access error in <paramref name="e"/>'s chain: a merge that failed (an update rewriting its
    /// segments on a full disk) is reported by Lucene as "background merge hit exception: _0(4.8):C2530/300:delGen=1 ...",
    /// the disk's own message ("No space left on device") being its inner exception.
    /// </summary>
    private static Exception? Cause(Exception e)
    {
        Exception? found = null;
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            found = current is IOException or UnauthorizedAccessException ? current : found;
        }

        return found;
    }

    /// <summary>A one-line error for a failure to write the index (full disk, read-only, permissions); null for others.</summary>
    public static SearchIndexException? WriteFailure(Exception e, string indexDir)
    {
        var io = e is AggregateException aggregate
            ? aggregate.Flatten().InnerExceptions.Select(Cause).FirstOrDefault(inner => inner is not null)
            : Cause(e);
        if (io is null)
        {
            return null;
        }

        var cause = io.Message.Split(" : ")[0].TrimEnd('.');
        // A folder deleted while the run wrote it took its commits with it, and a first build that failed has none:
        // nothing is intact to promise.
        var message = !System.IO.Directory.Exists(indexDir)
            ? $"cannot write index '{indexDir}': {cause}; the index folder is gone (deleted while this run wrote it): run again to build it anew"
            : HasCommit(indexDir)
                ? $"cannot write index '{indexDir}': {cause}; the last commit is intact: free space or fix the folder, then run again"
                : $"cannot write index '{indexDir}': {cause}; nothing was committed, so there is no index yet: free space or fix the folder, then run again";
        return new SearchIndexException(ErrorKind.Index, message, io);
    }

    /// <summary>Whether the folder holds a commit point (<c>segments_N</c>); false when it cannot be listed.</summary>
    private static bool HasCommit(string indexDir)
    {
        try
        {
            return System.IO.Directory.EnumerateFiles(indexDir, IndexFileNames.SEGMENTS + "_*").Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // the promise stands as before: whatever was committed was not touched by this run
        }
    }

    /// <summary>
    /// Rewrites the segments that hold replaced or removed paragraphs. Until a merge drops them, Lucene counts deleted
    /// paragraphs in every term's statistics, so an updated index scored otherwise than a fresh build of the same corpus
    /// (after 300 articles of 2,000 were changed and changed back, every score; 27 of 152 queries' top tens reordered). The segments an
    /// update touches are mostly the recent ones; an interrupted run skips this and the next run catches up
    /// (it counts deletions left in the index as a change, though it finds every article as indexed).
    /// </summary>
    /// <returns>
    /// Null when the segments were rewritten or had nothing to drop; the rewrite left for a later run when the disk has
    /// too little room for it, or filled while it ran. The old segments stay on disk until the commit, so the rewrite
    /// needs room for new copies of them, which on a nearly full disk failed a nightly update whose own changes would
    /// fit.
    /// </returns>
    public static DeferredRewrite? ExpungeDeletes(IndexWriter writer, string indexDir, Action? beforeRewrite = null)
    {
        if (!writer.HasDeletions())
        {
            return null;
        }

        var (needed, deleted) = RewriteEstimate(writer);
        var room = FreeBytes(indexDir);
        if (room is { } free && free < needed)
        {
            return new DeferredRewrite(deleted, needed, free);
        }

        beforeRewrite?.Invoke();
        try
        {
            writer.ForceMergeDeletes(doWait: true);
        }
        catch (Exception e) when (IsDiskFull(e))
        {
            // The estimate is a proration with a megabyte to spare (the shared corpus's rewrite peaked 1.0 MB under
            // it), and another program may fill the disk meanwhile: failed, the run's own changes, which fit, were
            // not committed, and a nightly update whose estimate fell short failed every night. A merge that fails
            // leaves the index as it was, its partial files deleted (Lucene's forceMerge), so the changes commit.
            return new DeferredRewrite(deleted, needed, room ?? 0) { DiskFilled = true };
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="e"/>'s innermost I/O error (<see cref="Cause"/>) is a full disk or quota (ENOSPC, EDQUOT;
    /// ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL).
    /// </summary>
    private static bool IsDiskFull(Exception e) =>
        Cause(e) is IOException { HResult: 28 or 122 or unchecked((int)0x80070070) or unchecked((int)0x80070027) };

    /// <summary>
    /// The bytes the rewrite may write before its commit frees the old segments, and the paragraphs it drops: the
    /// live share of each segment with deletions, twice for a result small enough for Lucene to pack into a compound
    /// file (written, then copied into it), and a megabyte for the commit itself.
    /// </summary>
    private static (long Bytes, int Deleted) RewriteEstimate(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var segments = reader.Leaves.Select(leaf => leaf.Reader).OfType<SegmentReader>()
            .Select(segment => (Bytes: segment.SegmentInfo.GetSizeInBytes(), segment.NumDocs, segment.MaxDoc))
            .ToList();
        var total = segments.Sum(s => s.Bytes);
        var withDeletions = segments.Where(s => s.NumDocs < s.MaxDoc).ToList();
        var output = withDeletions.Sum(s => s.MaxDoc == 0 ? 0 : (long)(s.Bytes * ((double)s.NumDocs / s.MaxDoc)));
        var packed = output <= writer.Config.MergePolicy.NoCFSRatio * total;
        return ((packed ? 2 * output : output) + (1 << 20), withDeletions.Sum(s => s.MaxDoc - s.NumDocs));
    }

    /// <summary>Free bytes on the index folder's file system for this user; null when it cannot be read.</summary>
    private static long? FreeBytes(string indexDir)
    {
        try
        {
            return new DriveInfo(indexDir).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null; // the rewrite then runs, and a full disk fails it as any other write
        }
    }

    /// <summary>
    /// The index folder as a build reads and writes it: by file reads, not memory maps (<see cref="FSDirectory.Open(string)"/>
    /// maps them). A merge reads its input segments whole, and mapped, every page it read counted in the process's
    /// resident memory until the merge ended: 430 MB of an 890 MB peak on ten copies of the shared corpus, the
    /// segments of one large merge. Searches keep the maps, which serve their scattered reads faster (docs/benchmarks.md).
    /// </summary>
    public static FSDirectory OpenDirectory(string indexDir) => new NIOFSDirectory(indexDir);

    public static IndexWriter OpenWriter(FSDirectory directory, OpenMode mode, string indexDir)
    {
        var config = new IndexWriterConfig(AnalysisChain.MatchVersion, AnalysisChain.CreateAnalyzer())
        {
            OpenMode = mode,
            Similarity = Ranking.CreateSimilarity(),
            RAMBufferSizeMB = IndexBuilder.RamBufferMegabytes,
            MergePolicy = new TieredMergePolicy { ForceMergeDeletesPctAllowed = 0 },
        };
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (Exception e) when (WriteFailure(e, indexDir) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>The index folder's full path, created when missing.</summary>
    /// <exception cref="SearchIndexException">The path is a file or the folder cannot be created.</exception>
    public static string PrepareIndexDirectory(string path)
    {
        if (File.Exists(path))
        {
            throw new SearchIndexException(ErrorKind.BadArgument, $"--index: '{path}' is a file, not a folder; give a folder for the index");
        }

        try
        {
            return System.IO.Directory.CreateDirectory(path).FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException(ErrorKind.BadArgument, $"--index: cannot create folder '{path}': {e.Message}");
        }
    }
}
