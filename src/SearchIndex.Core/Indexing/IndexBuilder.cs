using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Lucene.Net.Index;
using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Builds or updates an index from a corpus. One thread reads and hashes files in name order; a worker thread per core
/// (<see cref="WorkerCount"/>) parses and analyses changed articles and adds them through one shared <see cref="IndexWriter"/>. Each article is replaced
/// atomically (<see cref="IndexWriter.UpdateDocuments(Term, IEnumerable{IEnumerable{IIndexableField}}, Lucene.Net.Analysis.Analyzer)"/>),
/// and nothing is visible to searchers until the final commit, so a crash leaves the previous commit intact.
/// </summary>
public sealed class IndexBuilder
{
    /// <summary>RAM buffered before a segment is flushed; bounds the writer's memory.</summary>
    public const double RamBufferMegabytes = 64;

    /// <summary>Records read ahead of the parsing workers.</summary>
    private const int ReadAheadArticles = 256;

    /// <summary>Records of one JSONL file between progress reports within it.</summary>
    private const int JsonLinesProgressRecords = 256;

    private readonly IndexRequest _request;
    private readonly IProgress<IndexProgress>? _progress;
    private readonly ConcurrentBag<CorpusFileError> _errors = [];
    private List<string> _mountedFolders = [];
    private readonly Stopwatch _clock = new();
    private int _added, _updated, _unchanged, _kept, _paragraphs, _articlesDone;
    private long _bytesDone;
    private long _bytesRead; // _bytesDone less the files and JSONL lines skipped (over the size limit, binary, unreadable)

    public IndexBuilder(IndexRequest request, IProgress<IndexProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        _request = request;
        _progress = progress;
    }

    /// <summary>
    /// Runs the build; on cancellation it commits the articles finished so far, then throws. A builder may be run
    /// again (to update the index later), one run at a time; each summary counts its own run. A cancelled
    /// <c>--rebuild</c> of an existing index commits nothing: the old index stays whole rather than half replaced.
    /// </summary>
    /// <exception cref="SearchIndexException">Bad corpus path, unusable index folder, locked or incompatible index, or cancelled.</exception>
    public IndexSummary Run(CancellationToken cancellation = default) => Run(held: null, cancellation);

    /// <summary>
    /// Runs the build under the lock <paramref name="held"/> that the caller took on the index folder (the first-run
    /// build waits for it before deciding whether to build at all); with null, takes the lock or fails at once.
    /// </summary>
    internal IndexSummary Run(IndexLock? held, CancellationToken cancellation)
    {
        // A builder kept and run again (an update each hour) counts that run alone; its figures had added up.
        _errors.Clear();
        _mountedFolders = [];
        (_added, _updated, _unchanged, _kept, _paragraphs, _articlesDone, _bytesDone, _bytesRead) = (0, 0, 0, 0, 0, 0, 0, 0);
        _clock.Restart();
        // Read before the scan: an update keeps the recorded order of the folders.
        var recorded = ReadRecorded();
        var (scanner, corpusPaths, files) = Scan(recorded, cancellation);
        var indexDir = IndexWriting.PrepareIndexDirectory(_request.IndexDirectory);
        StrayCommitNames.Refuse(indexDir); // a --rebuild reads no metadata before, but Lucene still lists the commits
        IndexFolderGuard.Refuse(indexDir, corpusPaths);
        AfterScan?.Invoke();
        using var writerLock = held is null ? IndexLock.Acquire(indexDir) : null;
        if (writerLock is not null && ReadRecorded() is var current && current?.CorpusRoots != recorded?.CorpusRoots)
        {
            // Another run committed while this one scanned (a first build of this folder, or folders added) and let go
            // of the lock: the record read before is stale, and with it the folders' order and the guard against
            // indexing another set of paths, which found no index to guard and removed the other run's articles.
            recorded = current;
            (scanner, corpusPaths, files) = Scan(recorded, cancellation);
        }

        var bytesTotal = files.Sum(f => SafeLength(f.FullPath));

        using var directory = IndexWriting.OpenDirectory(indexDir);
        IndexWriting.ForgetUnfinishedFirstCommit(directory);
        var replacing = _request.Rebuild && DirectoryReader.IndexExists(directory);
        var existing = _request.Rebuild ? [] : IndexWriting.ReadExistingArticles(directory, indexDir);
        var builtFrom = existing.Count == 0 ? null : recorded?.CorpusRoots;
        var roots = UpdateGuards.CorpusRoots(corpusPaths);
        var rootsChanged = !string.IsNullOrEmpty(builtFrom) && !UpdateGuards.SameRoots(builtFrom, roots);
        if (rootsChanged)
        {
            // The articles of a folder this run could not list are kept, not removed: a corpus moved under a longer
            // path, one of whose folders is then past the path limit, was refused as one that "would remove" them.
            UpdateGuards.RefuseToDropAnotherCorpus(existing, files, builtFrom!, roots,
                UpdateGuards.ArticlesOfUnlistedFolders(existing, [.. scanner.UnlistedFolders.SelectMany(scanner.IdPrefixes).Distinct(StringComparer.Ordinal)]));
            UpdateGuards.RefuseToReplaceWithAnotherCorpus(existing, files, builtFrom!, roots);
        }

        var scannedFileIds = files.Select(file => file.RelativeId).ToHashSet(StringComparer.Ordinal);
        var unreachable = UpdateGuards.LinksThatHeldArticles(existing, scanner, scannedFileIds)
            .Concat(UpdateGuards.UnmountedFolders(existing, recorded?.MountedFolders ?? [], scanner, scannedFileIds))
            .ToList();
        // Still recorded while unmounted: the next nightly run must not take the empty folder for a deletion either.
        // So is one inside a folder not reached (a share mounted within a share, both unmounted): dropped, it was an
        // empty folder once the outer share came back alone, and its articles were removed, exit 0.
        var unreached = unreachable.Select(folder => folder.Prefix).Concat(scanner.UnlistedFolders).ToList();
        _mountedFolders = [.. scanner.MountedFolders.Union((recorded?.MountedFolders ?? [])
            .Where(prefix => unreached.Any(folder => prefix.StartsWith(folder, StringComparison.Ordinal))))];
        // A share mounted since the last commit, or an index from before mount points were recorded: an update that
        // changed no article committed nothing, so the share was never recorded, and once unmounted its articles went.
        var mountsChanged = !_mountedFolders.ToHashSet(StringComparer.Ordinal).SetEquals(recorded?.MountedFolders ?? []);
        var kept = UpdateGuards.ArticlesOfUnlistedFolders(existing,
            [.. scanner.UnlistedFolders.Concat(unreachable.Select(folder => folder.Prefix)).SelectMany(scanner.IdPrefixes).Distinct(StringComparer.Ordinal)]);
        UpdateGuards.RefuseToEmptyTheIndex(existing, files, kept, corpusPaths);
        var writer = IndexWriting.OpenWriter(directory, existing.Count == 0 ? OpenMode.CREATE : OpenMode.APPEND, indexDir);
        bool cancelled;
        int removed;
        try
        {
            var commitPartial = !replacing && CommitWhenCancelled;
            (cancelled, removed) = IndexAndCommit(files, bytesTotal, writer, existing, kept, roots, rootsChanged || mountsChanged, commitPartial, cancellation);
            if (cancelled && !commitPartial)
            {
                writer.Rollback();
                throw new SearchIndexException(ErrorKind.Cancelled, replacing
                    ? "interrupted: the rebuild was abandoned and the index is as it was before"
                    : "interrupted: nothing was committed, so there is still no index; the next search builds it");
            }

            if (NothingRead(existing))
            {
                writer.Rollback(); // Dispose would commit the empty index
            }
            else
            {
                writer.Dispose();
            }
        }
        catch (SearchIndexException e) when (e.Kind == ErrorKind.Cancelled)
        {
            throw;
        }
        catch (Exception e)
        {
            // Never let Dispose commit a half-finished run: roll back to the last commit.
            IndexWriting.RollBackAfter(writer);
            if (IndexWriting.WriteFailure(e, indexDir) is { } failure)
            {
                throw failure;
            }

            throw;
        }

        foreach (var error in scanner.Errors.Concat(unreachable.Select(folder => folder.Error)).Concat(scanner.MetadataErrors))
        {
            _errors.Add(error);
        }

        if (cancelled)
        {
            // Of an update, "N articles were committed" read as all the index holds: say what changed, and the total.
            throw new SearchIndexException(ErrorKind.Cancelled, existing.Count == 0
                ? $"interrupted: {_added} articles were committed; run the same command again to finish"
                : $"interrupted: {_added} articles added and {_updated} updated were committed ({existing.Count + _added} articles indexed); run the same command again to finish");
        }

        _clock.Stop();
        return new IndexSummary(_added, _updated, removed, _unchanged, _kept, _paragraphs, _bytesRead, _clock.Elapsed,
            _errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ToList())
        {
            Committed = !NothingRead(existing),
        };
    }

    /// <summary>
    /// Whether a cancelled run commits the articles it finished (true, as <c>index</c> does). A search's own first build
    /// (<see cref="FirstRunBuild"/>) commits nothing instead: a search builds the index only when there is none, so a
    /// part committed was searched as the whole index by every later search.
    /// </summary>
    internal bool CommitWhenCancelled { get; init; } = true;

    /// <summary>
    /// Runs between the scan and taking the lock, where another run may commit: tests let one commit there.
    /// </summary>
    internal Action? AfterScan { get; init; }

    /// <summary>The metadata of the index's last commit, or null when there is none or the run is a rebuild.</summary>
    private IndexMetadata? ReadRecorded() =>
        !_request.Rebuild && System.IO.Directory.Exists(_request.IndexDirectory) ? IndexOpener.ReadMetadata(_request.IndexDirectory) : null;

    /// <summary>Lists the corpus files, the folders in <paramref name="recorded"/>'s order; fails when there is nothing to index.</summary>
    /// <exception cref="SearchIndexException">No article in the corpus paths, none could be listed for a new index, or
    /// <paramref name="cancellation"/> came while listing.</exception>
    private (CorpusScanner Scanner, List<string> CorpusPaths, List<CorpusFile> Files) Scan(IndexMetadata? recorded, CancellationToken cancellation)
    {
        if (_request.CorpusPaths.Count == 0)
        {
            // Only a library caller can give none: "--corpus:  hold no .txt or .jsonl articles" named no folder.
            throw new SearchIndexException(ErrorKind.BadArgument, "--corpus: no path given; give a folder or a .txt/.jsonl file");
        }

        var scanner = new CorpusScanner();
        // The same folder given twice (--corpus a --corpus ./a/) is read once, not reported as duplicate articles.
        var corpusPaths = _request.CorpusPaths.DistinctBy(CorpusScanner.RootPath, StringComparer.Ordinal).ToList();
        if (recorded is not null)
        {
            corpusPaths = UpdateGuards.InRecordedOrder(corpusPaths, recorded.CorpusFolders);
        }

        // Scanned before the index folder is made: a mistyped --corpus must not leave an empty index folder behind.
        var files = new List<CorpusFile>();
        foreach (var file in scanner.Scan(corpusPaths))
        {
            // Listing a large tree takes seconds (100,000 files: 1.1 s) before the first article is read: a Ctrl-C then
            // stops here, before the index folder is touched, not once the whole tree is listed.
            if (cancellation.IsCancellationRequested)
            {
                throw new SearchIndexException(ErrorKind.Cancelled, "interrupted while listing the corpus, before any article was read; nothing was changed");
            }

            files.Add(file);
        }

        if (files.Count == 0 && scanner.Errors.Count == 0)
        {
            // Most likely a mistyped or unmounted folder: an empty index (or one rebuilt empty) helps nobody.
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--corpus: {string.Join(", ", corpusPaths.Select(p => $"'{p}'"))} {(corpusPaths.Count == 1 ? "holds" : "hold")} no .txt or .jsonl articles; nothing was indexed");
        }

        if (files.Count == 0 && (recorded is null || _request.Rebuild))
        {
            // Nothing could be listed (a folder this user may not read): an index built empty would answer "no hits".
            throw new SearchIndexException(ErrorKind.BadArgument,
                $"--corpus: no article could be read ({scanner.Errors[0].ToString().TrimEnd('.')}); nothing was indexed");
        }

        return (scanner, corpusPaths, files);
    }

    /// <summary>
    /// Feeds the workers, removes vanished articles and commits (when cancelled, only if <paramref name="commitPartial"/>);
    /// returns whether it was cancelled. The articles in <paramref name="kept"/> are not removed though no file named them.
    /// With <paramref name="recordChanged"/> (corpus paths or mount points other than recorded) it commits though no article changed.
    /// </summary>
    private (bool Cancelled, int Removed) IndexAndCommit(List<CorpusFile> files, long bytesTotal, IndexWriter writer,
        Dictionary<string, string> existing, IEnumerable<string> kept, string roots, bool recordChanged, bool commitPartial,
        CancellationToken cancellation)
    {
        var seen = new ConcurrentDictionary<string, int>(kept.Select(id => KeyValuePair.Create(id, 0)), StringComparer.Ordinal);
        _kept = seen.Count;
        var channel = Channel.CreateBounded<ArticleRecord>(ReadAheadArticles);
        // A thread of its own per worker, not the pool's: the analyzer keeps its chains, with two 11 MB root caches,
        // per thread, and an awaiting worker went on on whichever pool thread was free, so on 2 cores a build of the
        // shared corpus left caches on three threads and one of ten copies of it on five (115 MB), where two need two.
        var workers = Enumerable.Range(0, WorkerCount)
            .Select(_ => Task.Factory.StartNew(() => IndexRecordsOrStop(channel, writer, existing), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        var cancelled = false;
        try
        {
            cancelled = !ReadCorpus(files, bytesTotal, channel.Writer, existing, seen, seen.Keys.ToHashSet(StringComparer.Ordinal), cancellation);
        }
        finally
        {
            channel.Writer.TryComplete();
            Task.WaitAll(workers);
        }

        if (!cancelled)
        {
            // The reader's last report comes when it has read the last file, before the workers have indexed it: a
            // small corpus ended its bar at "100%  0 articles/s". This one counts every article.
            _progress?.Report(new IndexProgress(_articlesDone + _unchanged, _bytesDone, bytesTotal, _clock.Elapsed));
        }

        var removed = cancelled ? 0 : RemoveVanished(writer, existing, seen);
        // A moved corpus folder (or a share mounted) changes nothing else, but the index must learn its new path (or
        // mount points): recordChanged. Replaced and removed paragraphs stay in their segments until Lucene merges
        // them away; searches leave them out of every statistic (LiveStatistics), so nothing here rewrites them.
        var changed = _added + _updated + removed > 0 || existing.Count == 0 || recordChanged;
        if (changed && !NothingRead(existing) && (commitPartial || !cancelled))
        {
            var data = (IndexMetadata.Current(roots, DateTimeOffset.UtcNow) with { MountedFolders = _mountedFolders }).ToUserData();
            data[IndexAcronyms.UserDataKey] = IndexAcronyms.Format(AcronymsDefined(writer));
            writer.SetCommitData(data);
            writer.Commit();
        }

        return (cancelled, removed);
    }

    /// <summary>
    /// Whether this run builds an index (new, or a rebuild) and could read no article of it (every file unreadable):
    /// then nothing is committed, so no empty index answers "no hits", and a rebuild leaves the old index as it was.
    /// </summary>
    private bool NothingRead(Dictionary<string, string> existing) => existing.Count == 0 && _added == 0;

    /// <summary>The acronyms the paragraphs about to be committed define, deletions applied.</summary>
    private static List<(string Acronym, string LongForm)> AcronymsDefined(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        return IndexAcronyms.Read(reader);
    }

    /// <summary>Feeds changed and new articles to the workers; false when cancelled.</summary>
    private bool ReadCorpus(List<CorpusFile> files, long bytesTotal, ChannelWriter<ArticleRecord> output,
        Dictionary<string, string> existing, ConcurrentDictionary<string, int> seen, HashSet<string> keptOnly, CancellationToken cancellation)
    {
        ILookup<string, string>? byFile = null;
        foreach (var file in files)
        {
            if (cancellation.IsCancellationRequested)
            {
                return false;
            }

            var failed = new List<CorpusFileError>();
            var skippedWhole = false;
            var skippedLineBytes = 0L;
            var goesByLine = true;
            var length = SafeLength(file.FullPath);
            var recordsOfFile = 0;
            var lastRecordLine = 0;
            foreach (var (record, error) in CorpusReader.Read(file))
            {
                if (cancellation.IsCancellationRequested)
                {
                    // Checked per record: one JSONL file can hold a whole feed. Its unread records are not removed,
                    // since nothing is removed from a cancelled run.
                    return false;
                }

                // A field a record is indexed without (a date it cannot read) is reported once the record is known
                // to be indexed: of a duplicate record, which is skipped, "(indexed without a date)" was false.
                var fieldError = record is not null && error is { Skipped: false } ? error : null;
                if (error is not null && fieldError is null)
                {
                    _errors.Add(error);
                    if (error.Skipped)
                    {
                        failed.Add(error);
                    }

                    skippedWhole |= error.Skipped && error.Line is null;
                    skippedLineBytes += error.Skipped ? error.LineBytes : 0;
                }

                if (record is null)
                {
                    continue;
                }

                goesByLine &= record.Line is { } recordLine && record.Id == $"{file.RelativeId}#{recordLine}";
                lastRecordLine = Math.Max(lastRecordLine, record.Line ?? 0);

                if (!seen.TryAdd(record.Id, record.Line ?? 0) && !ClaimKept(record, seen, keptOnly))
                {
                    // A feed that appends a corrected record under the same id: say which line wins and what to do.
                    var first = seen[record.Id] is > 0 and var line ? $" (line {line} has it too)" : "";
                    _errors.Add(new CorpusFileError(file.DisplayPath, record.Line,
                        $"duplicate article id '{record.Id}'{first}: this record is skipped and the first one indexed; give each record its own \"id\", or delete the line that is out of date"));
                }
                else
                {
                    if (fieldError is not null)
                    {
                        _errors.Add(fieldError);
                    }

                    if (existing.TryGetValue(record.Id, out var hash) && hash == record.ContentHash)
                    {
                        Interlocked.Increment(ref _unchanged);
                    }
                    else
                    {
                        output.WriteAsync(record, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                    }
                }

                if (++recordsOfFile % JsonLinesProgressRecords == 0)
                {
                    // A feed can be one JSONL file of the whole corpus: the bar moves within it, not only after it.
                    var within = Math.Min(record.FileBytesRead, length);
                    _progress?.Report(new IndexProgress(Volatile.Read(ref _articlesDone) + _unchanged, _bytesDone + within, bytesTotal, _clock.Elapsed));
                }
            }

            if (failed.Count > 0)
            {
                // A file that could not be read (or has a bad record) is no evidence that its articles were deleted:
                // their indexed versions stay until the file reads again.
                byFile ??= UpdateGuards.ArticlesByFile(existing);
                var cutShort = failed.Any(e => e.Line > lastRecordLine) && UpdateGuards.EndsMidLine(file.FullPath);
                foreach (var id in (cutShort ? null : UnreadRecords(file, failed, goesByLine && recordsOfFile > 0)) ?? byFile[file.RelativeId])
                {
                    if (seen.TryAdd(id, 0) && existing.ContainsKey(id))
                    {
                        Interlocked.Increment(ref _kept); // the workers count kept articles too
                    }
                }
            }

            _bytesDone += length;
            _bytesRead += skippedWhole ? 0 : Math.Max(0, length - skippedLineBytes);
            _progress?.Report(new IndexProgress(Volatile.Read(ref _articlesDone) + _unchanged, _bytesDone, bytesTotal, _clock.Elapsed));
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="record"/> is an article kept as indexed before any file was read (under a folder this run
    /// cannot reach), and is now read after all: a folder's prefix is its path within its own corpus root, so another
    /// root's folder of the same name (<c>--corpus 2019 --corpus 2020</c>, each with <c>kompas/</c>, the second
    /// unmounted) holds articles under it. Taken as kept, each was skipped as a "duplicate article id", exit 2, and
    /// its changes were not indexed. The record claims the id; the article is then no longer counted as kept.
    /// </summary>
    private bool ClaimKept(ArticleRecord record, ConcurrentDictionary<string, int> seen, HashSet<string> keptOnly)
    {
        if (!keptOnly.Remove(record.Id))
        {
            return false;
        }

        seen[record.Id] = record.Line ?? 0;
        Interlocked.Decrement(ref _kept);
        return true;
    }

    /// <summary>
    /// The articles a file's unreadable records may be, when each one's text tells (the <c>"id"</c> it names, or its
    /// line in a file whose records go by line number): only those stay as indexed, so a record deleted from a feed
    /// is removed although another line of it is broken. Null, so every article of the file stays, when any one
    /// cannot be told, or the whole file was unreadable. Not asked of a feed cut short (its last record broken, no
    /// line end after it): the records after the cut are unknown to this run, so every article of the file stays.
    /// </summary>
    private static List<string>? UnreadRecords(CorpusFile file, List<CorpusFileError> failed, bool goesByLine)
    {
        var ids = new List<string>();
        foreach (var error in failed)
        {
            if (error.RecordId is { } named)
            {
                ids.Add(named);
            }
            else if (error.Line is { } line && error.NamesNoId && goesByLine)
            {
                ids.Add($"{file.RelativeId}#{line}");
            }
            else
            {
                return null;
            }
        }

        return ids;
    }

    /// <summary>Threads that parse, analyse and add articles: one per core.</summary>
    internal static int WorkerCount => Math.Max(1, Environment.ProcessorCount);

    /// <summary>Runs on a worker's thread after each article it added: tests see which threads analyse.</summary>
    internal Action? AfterArticle { get; init; }

    /// <summary>A worker; when it fails (a full disk), it closes the channel so the reader stops instead of waiting.</summary>
    private void IndexRecordsOrStop(Channel<ArticleRecord> channel, IndexWriter writer, Dictionary<string, string> existing)
    {
        try
        {
            IndexRecords(channel.Reader, writer, existing);
        }
        catch (Exception e)
        {
            channel.Writer.TryComplete(e);
            throw;
        }
    }

    /// <summary>Indexes records until the channel is completed, blocking its own thread while the channel is empty.</summary>
    private void IndexRecords(ChannelReader<ArticleRecord> input, IndexWriter writer, Dictionary<string, string> existing)
    {
        while (input.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (input.TryRead(out var record))
            {
                Article article;
                try
                {
                    article = record.Parse();
                }
                catch (FormatException e)
                {
                    _errors.Add(new CorpusFileError(record.File.DisplayPath, record.Line, e.Message));
                    if (existing.ContainsKey(record.Id))
                    {
                        Interlocked.Increment(ref _kept); // its indexed version stays: the id was seen, so it is not removed
                    }

                    continue;
                }

                var documents = ParagraphDocuments.For(article, writer.Analyzer).ToList();
                try
                {
                    if (existing.ContainsKey(record.Id))
                    {
                        writer.UpdateDocuments(new Term(IndexSchema.Article, record.Id), documents);
                        Interlocked.Increment(ref _updated);
                    }
                    else
                    {
                        writer.AddDocuments(documents);
                        Interlocked.Increment(ref _added);
                    }
                }
                catch (ArgumentException e)
                {
                    // Lucene refuses a document it cannot hold (a term or doc value over 32,766 bytes) without harm to the
                    // writer: that article is reported and the run goes on. The reader's limits should leave none.
                    _errors.Add(new CorpusFileError(record.File.DisplayPath, record.Line, $"cannot be indexed: {e.Message.Split('\n')[0]}"));
                    if (existing.ContainsKey(record.Id))
                    {
                        Interlocked.Increment(ref _kept);
                    }

                    continue;
                }

                Interlocked.Add(ref _paragraphs, documents.Count);
                Interlocked.Increment(ref _articlesDone);
                AfterArticle?.Invoke();
            }
        }
    }

    private static int RemoveVanished(IndexWriter writer, Dictionary<string, string> existing, ConcurrentDictionary<string, int> seen)
    {
        var vanished = existing.Keys.Where(id => !seen.ContainsKey(id)).Select(id => new Term(IndexSchema.Article, id)).ToArray();
        if (vanished.Length > 0)
        {
            writer.DeleteDocuments(vanished);
        }

        return vanished.Length;
    }


    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
