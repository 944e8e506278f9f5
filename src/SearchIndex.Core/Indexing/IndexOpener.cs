using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchIndex.Core.Indexing;

/// <summary>Opens an index for reading, checking that this build can read it.</summary>
public static class IndexOpener
{
    /// <summary>Opens the last commit of the index in <paramref name="indexDirectory"/> and checks its metadata.</summary>
    /// <exception cref="SearchIndexException">No index there, an unreadable one, or one built with another schema/analyzer.</exception>
    public static DirectoryReader OpenReader(Lucene.Net.Store.Directory directory, string indexDirectory)
    {
        DirectoryReader reader;
        try
        {
            reader = DirectoryReader.Open(directory);
        }
        catch (Exception e) when ((e is IndexNotFoundException or FileNotFoundException or DirectoryNotFoundException) && !HasCommit(directory))
        {
            throw LostCommitPoint(directory, indexDirectory) ?? NoIndex(indexDirectory);
        }
        catch (UnauthorizedAccessException e)
        {
            throw Unreadable(indexDirectory, e);
        }
        catch (Exception e) when (e is IOException or ArgumentException && HoldsOnlyAnUnfinishedFirstCommit(directory))
        {
            // The same files are there while a first build is writing its commit, before it completes it.
            throw NoIndex(indexDirectory, $"no index in '{indexDirectory}' yet: its first build stopped before it committed; build one with 'searchindex index --corpus DIR --index {indexDirectory}'");
        }
        catch (Exception e) when (e is CorruptIndexException or IOException or ArgumentException || ThrownByLucene(e))
        {
            // Lucene.Net reports a truncated compound file as ArgumentException ("slice() out of bounds"), and garbled
            // bytes in a segment's terms index as whatever its decoder trips on (an IndexOutOfRangeException).
            throw Damaged(indexDirectory, e);
        }

        var metadata = IndexMetadata.Read(reader);
        if (metadata is null)
        {
            reader.Dispose();
            throw new SearchIndexException(ErrorKind.Index,
                $"'{indexDirectory}' holds a Lucene index not built by searchindex; rebuild it with '{IndexMetadata.RebuildCommand(indexDirectory, [])}'");
        }

        try
        {
            metadata.EnsureCompatible(indexDirectory);
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        return reader;
    }

    /// <summary>
    /// The error for a folder without a commit: <paramref name="otherwise"/> ("build one" by default), unless an
    /// <c>index</c> run is building the first one right now, whose lock it would only run into.
    /// </summary>
    private static SearchIndexException NoIndex(string indexDirectory, string? otherwise = null) =>
        IndexLock.LiveHolder(indexDirectory) is { } builder
            ? new(ErrorKind.Index, $"no index in '{indexDirectory}' yet: another searchindex run ({builder}) is building it; wait for it to finish, then run again")
            : new(ErrorKind.Index, otherwise ?? (AnArticleIn(indexDirectory) is { } article
                ? $"no index in '{indexDirectory}': it holds articles ('{article}'), not an index; build one from them with "
                    + $"'searchindex index --corpus {IndexMetadata.ShellWord(indexDirectory)} --index {IndexMetadata.ShellWord(IndexFolderBeside(indexDirectory))}', "
                    + $"then give --index {IndexMetadata.ShellWord(IndexFolderBeside(indexDirectory))}"
                : $"no index in '{indexDirectory}'{QuotedTilde(indexDirectory)}; build one with 'searchindex index --corpus DIR --index {indexDirectory}'"));

    /// <summary>
    /// The error for a folder whose commit point (<c>segments_N</c>) is gone though <c>segments.gen</c>, which Lucene
    /// writes only after it completed a commit, is there: deleted by mistake, or moved to <c>lost+found</c> by fsck. The
    /// segments left cannot be read without it; only a rebuild helps. Null when there is no <c>segments.gen</c>: then no
    /// commit was ever completed (a first build killed), which is no index yet. Taken for "no index", it had sent
    /// <c>index</c>, which holds the lock, to name its own pid as "another run building it", at every run.
    /// </summary>
    private static SearchIndexException? LostCommitPoint(Lucene.Net.Store.Directory directory, string indexDirectory)
    {
        var files = directory.ListAll();
        return files.Contains(IndexFileNames.SEGMENTS_GEN, StringComparer.Ordinal)
            ? new(ErrorKind.Index,
                $"index '{indexDirectory}' is damaged: its commit point (segments_N) is missing, so its segments cannot be read; "
                + $"rebuild it with '{IndexMetadata.RebuildCommand(indexDirectory, [])}'")
            : null;
    }

    /// <summary>
    /// A note for a path that opens with <c>~</c>, which reached the tool as typed: the shell reads <c>~</c> as the home
    /// folder only unquoted, and '~/idx' (quoted, or from a config file) named a folder '~' here, so the advice to build
    /// one with the same path built it where no later unquoted <c>~/idx</c> would look.
    /// </summary>
    private static string QuotedTilde(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? " (a folder named '~' in the current one: the shell reads ~ as your home folder only unquoted; write $HOME instead)"
            : "";

    /// <summary>
    /// A <c>.txt</c> or <c>.jsonl</c> file in <paramref name="folder"/> (its own first, by name, then one at most two folders below), as a
    /// path relative to it: a folder of articles given as <c>--index</c>, for which "build one with 'searchindex index
    /// --index' that folder" had been advice that <c>index</c> refuses (an index may not share its corpus's folder).
    /// Null for none, or a folder that cannot be listed.
    /// </summary>
    private static string? AnArticleIn(string folder)
    {
        try
        {
            var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
            var own = System.IO.Directory.EnumerateFiles(folder, "*", options).Where(Corpus.CorpusScanner.IsArticleFile).Order(StringComparer.Ordinal).FirstOrDefault();
            options.RecurseSubdirectories = true;
            options.MaxRecursionDepth = 2; // bounded: an error path, which may name a home folder
            var article = own ?? System.IO.Directory.EnumerateFiles(folder, "*", options).Where(Corpus.CorpusScanner.IsArticleFile).Take(1).FirstOrDefault();
            return article is null ? null : Path.GetRelativePath(folder, article).Replace('\\', '/');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// A folder for the index of the articles in <paramref name="folder"/>, beside it: <c>news</c> → <c>news-index</c>.
    /// A root (<c>/</c>, or <c>.</c> in it) has nothing beside it (<c>/-index</c> cannot be made), so its index goes in a
    /// folder inside it, <c>/index</c>, which the corpus walk passes over (it holds no <c>.txt</c> or <c>.jsonl</c>).
    /// </summary>
    internal static string IndexFolderBeside(string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        if (Path.GetFileName(trimmed) is not ("" or "." or ".."))
        {
            return trimmed + "-index";
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Path.GetPathRoot(full) == full ? Path.Join(full, "index") : full + "-index";
    }

    /// <summary>
    /// The error for an index whose files fail to read: on opening, or later, where a search reaches the damage. A codec
    /// Lucene cannot find is no damage: another version of searchindex wrote the segments (<see cref="SearchIndexCodec"/>),
    /// unless the commit point that names it fails its checksum (a byte changed in the name).
    /// </summary>
    public static SearchIndexException Damaged(string indexDirectory, Exception cause) =>
        UnknownCodec(cause) is { } codec && CommitPointIsIntact(indexDirectory)
            ? new(ErrorKind.Index,
                $"index '{indexDirectory}' was written by another version of searchindex, in a Lucene codec this one cannot read ('{codec}'); "
                + $"use the version that built it, or rebuild it with '{IndexMetadata.RebuildCommand(indexDirectory, [])}'")
            : DamagedGenerationHint(indexDirectory, cause) ?? new(ErrorKind.Index,
                $"index '{indexDirectory}' is damaged and cannot be read ({LuceneMessages.Readable(cause.Message)}); rebuild it with '{IndexMetadata.RebuildCommand(indexDirectory, RecordedCorpusFolders(indexDirectory))}'");

    /// <summary>
    /// The error for a garbled <c>segments.gen</c> beside an intact commit point. The file only tells Lucene which commit
    /// is the latest, which it also finds by listing the folder, but a bad format or checksum in it makes Lucene refuse
    /// the whole index; a power cut after it was written and before it reached the disk leaves it zeroed. Deleting it
    /// is the fix: "rebuild it" threw an intact index away. Null for any other damage.
    /// </summary>
    private static SearchIndexException? DamagedGenerationHint(string indexDirectory, Exception cause) =>
        cause.Message.Contains(IndexFileNames.SEGMENTS_GEN, StringComparison.Ordinal) && CommitPointIsIntact(indexDirectory)
            ? new(ErrorKind.Index,
                $"index '{indexDirectory}': its file '{IndexFileNames.SEGMENTS_GEN}' is damaged ({LuceneMessages.Readable(cause.Message)}); "
                + $"it only points to the last commit, which is intact: delete '{Path.Combine(indexDirectory, IndexFileNames.SEGMENTS_GEN)}', then run again")
            : null;

    /// <summary>The error for a file of the index that fails <see cref="IndexIntegrity.Check"/>: <c>index 'X' is damaged: file '_1.cfs' {what}; rebuild it with …</c>.</summary>
    public static SearchIndexException DamagedFile(string indexDirectory, string file, string what) =>
        new(ErrorKind.Index,
            $"index '{indexDirectory}' is damaged: file '{file}' {what}; rebuild it with '{IndexMetadata.RebuildCommand(indexDirectory, RecordedCorpusFolders(indexDirectory))}'");

    /// <summary>
    /// The codec named by Lucene's error for one its factory cannot load (<c>Codec 'X' cannot be loaded. …</c>, an
    /// <see cref="ArgumentException"/> from reading the segment list, which also holds the commit's metadata); null for
    /// any other error.
    /// </summary>
    private static string? UnknownCodec(Exception cause)
    {
        const string Start = "Codec '", End = "' cannot be loaded";
        var message = cause.Message;
        var end = message.IndexOf(End, StringComparison.Ordinal);
        return cause is ArgumentException && message.StartsWith(Start, StringComparison.Ordinal) && end > Start.Length
            ? message[Start.Length..end]
            : null;
    }

    /// <summary>
    /// The corpus folders the last commit records, read from the commit point alone: a damaged segment file leaves it
    /// readable, and the advice then names the folders as for an index of another version; none when it fails too.
    /// </summary>
    private static IReadOnlyList<string> RecordedCorpusFolders(string indexDirectory)
    {
        try
        {
            using var directory = FSDirectory.Open(indexDirectory);
            var commit = new SegmentInfos();
            commit.Read(directory);
            return IndexMetadata.FromUserData(commit.UserData)?.CorpusFolders ?? [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or CorruptIndexException)
        {
            return [];
        }
    }

    /// <summary>Whether the last commit point of the index reads to its end with the checksum written with it.</summary>
    private static bool CommitPointIsIntact(string indexDirectory)
    {
        try
        {
            using var directory = FSDirectory.Open(indexDirectory);
            var commit = IndexFileNames.FileNameFromGeneration(IndexFileNames.SEGMENTS, "", SegmentInfos.GetLastCommitGeneration(directory));
            using var input = directory.OpenInput(commit, IOContext.READ_ONCE);
            Lucene.Net.Codecs.CodecUtil.ChecksumEntireFile(input);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CorruptIndexException)
        {
            return false;
        }
    }

    /// <summary>The error for an index this user may not read (built by another user with a private umask, say).</summary>
    public static SearchIndexException Unreadable(string indexDirectory, UnauthorizedAccessException cause) =>
        new(ErrorKind.Index,
            $"cannot read index '{indexDirectory}' ({cause.Message.ReplaceLineEndings(" ").TrimEnd('.')}); run as a user who may read it, or give this one read access (chmod -R a+rX)");

    /// <summary>
    /// Whether the folder's only commit point is a first commit that a crash cut short. Lucene 4.8 writes
    /// <c>segments_N</c>, syncs the segment files, and only then completes it with its checksum and writes
    /// <c>segments.gen</c>; a process killed in between (SIGKILL, the OOM killer, a second Ctrl-C) leaves a
    /// <c>segments_1</c> that cannot be read. An update falls back to the commit before; a first build has none, so
    /// Lucene's reader reports damage and its writer refuses the folder even to create an index in it. Nothing was
    /// ever committed there: it is no index yet. A commit point that ends with its footer was completed: one that
    /// fails to read (a damaged segment info, in an index copied without <c>segments.gen</c>) is damage, and its
    /// segments are an index's data, never deleted as none.
    /// </summary>
    public static bool HoldsOnlyAnUnfinishedFirstCommit(Lucene.Net.Store.Directory directory)
    {
        var files = directory.ListAll();
        var commits = files.Where(name => name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal)).ToList();
        if (commits.Count != 1 || files.Contains(IndexFileNames.SEGMENTS_GEN, StringComparer.Ordinal))
        {
            return false;
        }

        try
        {
            if (EndsWithFooter(directory, commits[0]))
            {
                return false;
            }

            new SegmentInfos().Read(directory, commits[0]);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false; // not readable by this user, which opening it reports
        }
        catch (Exception e) when (e is (IOException and not FileNotFoundException) or ArgumentException)
        {
            return true;
        }
    }

    /// <summary>
    /// Whether <paramref name="commit"/> ends with the footer (its magic number, then the checksum) that Lucene writes
    /// last, when it completes a commit: a file cut short or never flushed cannot end with it.
    /// </summary>
    private static bool EndsWithFooter(Lucene.Net.Store.Directory directory, string commit)
    {
        try
        {
            using var input = directory.OpenInput(commit, IOContext.READ_ONCE);
            if (input.Length < Lucene.Net.Codecs.CodecUtil.FooterLength())
            {
                return false;
            }

            input.Seek(input.Length - Lucene.Net.Codecs.CodecUtil.FooterLength());
            return input.ReadInt32() == Lucene.Net.Codecs.CodecUtil.FOOTER_MAGIC;
        }
        catch (IOException)
        {
            return false; // reading it again says what is wrong
        }
    }

    /// <summary>Whether a commit point (<c>segments_N</c>) is there: then a missing file means damage, not "no index".</summary>
    private static bool HasCommit(Lucene.Net.Store.Directory directory) =>
        directory.ListAll().Any(name => name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal));

    /// <summary>
    /// The metadata of the last commit in <paramref name="indexDirectory"/>, without checking it; null when there is
    /// no readable SearchIndex commit there.
    /// </summary>
    /// <exception cref="SearchIndexException">A file Lucene takes for a commit cannot be read by its name.</exception>
    public static IndexMetadata? ReadMetadata(string indexDirectory)
    {
        StrayCommitNames.Refuse(indexDirectory);
        try
        {
            using var directory = FSDirectory.Open(indexDirectory);
            var commit = new SegmentInfos();
            commit.Read(directory);
            return IndexMetadata.FromUserData(commit.UserData);
        }
        catch (Exception e) when (e is IndexNotFoundException or IOException or CorruptIndexException or ArgumentException or UnauthorizedAccessException)
        {
            return null; // an unreadable folder is reported by whoever opens or writes it next
        }
    }

    /// <summary>Opens the index folder for reading; a missing folder is the same error as a missing index.</summary>
    public static (FSDirectory Directory, DirectoryReader Reader) Open(string indexDirectory)
    {
        if (string.IsNullOrEmpty(indexDirectory))
        {
            // A library caller's empty setting: "no index in ''; build one with '… --index '" named nothing.
            throw new SearchIndexException(ErrorKind.BadArgument, "--index: the path is empty; give the index folder");
        }

        if (File.Exists(indexDirectory))
        {
            throw new SearchIndexException(ErrorKind.Index, $"'{indexDirectory}' is a file; --index takes the folder an index was built in");
        }

        if (!System.IO.Directory.Exists(indexDirectory))
        {
            throw NoIndex(indexDirectory);
        }

        StrayCommitNames.Refuse(indexDirectory);
        FSDirectory directory;
        try
        {
            directory = FSDirectory.Open(indexDirectory);
        }
        catch (UnauthorizedAccessException e)
        {
            throw Unreadable(indexDirectory, e);
        }

        try
        {
            return (directory, OpenReader(directory, indexDirectory));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs a read of the index in <paramref name="indexDirectory"/>, turning what Lucene throws on damaged files that opening did not touch (a flipped
    /// byte inside a postings list) into the one-line error opening gives.
    /// </summary>
    public static T Reading<T>(string indexDirectory, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (UnauthorizedAccessException e)
        {
            throw Unreadable(indexDirectory, e);
        }
        catch (Exception e) when (e is IOException || ThrownByLucene(e))
        {
            throw Damaged(indexDirectory, e);
        }
    }

    /// <summary>
    /// Damaged bytes surface as whatever Lucene's decoders trip on: its internal LuceneSystemException ("Invalid VInt32
    /// detected"), a NullReferenceException from a garbled field number, a DecoderFallbackException from a garbled
    /// term. So the test is where it was thrown: the innermost frame outside the .NET libraries is Lucene.Net's own
    /// code, not SearchIndex's (our bugs, even in a query class Lucene calls back, keep their stack trace). J2N, the
    /// support library Lucene.Net reads memory-mapped files through, is passed over as the .NET libraries are: a length
    /// damaged in the article ids' doc values fails in its buffer's Get, called by Lucene's index input.
    /// </summary>
    private static bool ThrownByLucene(Exception e)
    {
        if (e is OutOfMemoryException)
        {
            // Lucene allocates as it scores: running out there (a strict query of thousands of patterns, a container's
            // limit) is no damage, and "rebuild it" was advice to throw away an intact index. The CLI says what it is.
            return false;
        }

        var lucene = typeof(IndexReader).Assembly;
        var system = typeof(object).Assembly;
        foreach (var frame in new StackTrace(e).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            var name = assembly?.GetName().Name;
            if (assembly is null || assembly == system || name?.StartsWith("System.", StringComparison.Ordinal) == true || name == "J2N")
            {
                continue;
            }

            return assembly == lucene;
        }

        return false;
    }
}
