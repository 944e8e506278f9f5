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
            Codec = new SearchIndexCodec(),
            RAMBufferSizeMB = IndexBuilder.RamBufferMegabytes,
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
            throw new SearchIndexException(ErrorKind.BadArgument, $"--index: cannot create folder '{path}': {WhyNotCreated(path, e)}");
        }
    }

    /// <summary>
    /// Why the index folder could not be made, in words that say what to do: .NET's own sentences hold the whole path a
    /// second time ("Access to the path '/srv/ro/idx' is denied.", "Could not find a part of the path …" where a
    /// folder on the way is a file).
    /// </summary>
    private static string WhyNotCreated(string path, Exception e)
    {
        if (e is UnauthorizedAccessException)
        {
            return "permission denied; give --index a folder you may write to";
        }

        for (var parent = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"'{parent}' is a file, not a folder";
            }
        }

        return e.Message;
    }
}
