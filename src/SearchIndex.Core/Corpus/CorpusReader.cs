using System.Buffers;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Reads corpus files into <see cref="ArticleRecord"/>s: a <c>.txt</c> file is one article, a <c>.jsonl</c> file one
/// article per line. Memory stays bounded: no article larger than <see cref="MaxArticleBytes"/> is held.
/// </summary>
public static class CorpusReader
{
    /// <summary>The largest article (a .txt file or a JSONL line) that is indexed: 16 MiB.</summary>
    public const int MaxArticleBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The most paragraphs one article may have: 10,000 (the longest article of the shared corpus has 118). An article
    /// is added as one block of documents, which Lucene holds in memory whole, about 5 KB a paragraph.
    /// </summary>
    public const int MaxArticleParagraphs = 10_000;

    /// <summary>
    /// Reads <paramref name="file"/>; problems come back as errors, never as exceptions. A record may come with an
    /// error too: a field it was indexed without (<see cref="CorpusFileError.Skipped"/> false).
    /// </summary>
    public static IEnumerable<(ArticleRecord? Record, CorpusFileError? Error)> Read(CorpusFile file) =>
        file.IsJsonLines ? ReadJsonLines(file) : ReadText(file);

    private static IEnumerable<(ArticleRecord?, CorpusFileError?)> ReadText(CorpusFile file)
    {
        byte[] bytes;
        try
        {
            var length = TargetLength(file.FullPath);
            if (length == 0)
            {
                return [(null, new CorpusFileError(file.DisplayPath, null, NothingToRead))];
            }

            if (length > MaxArticleBytes)
            {
                return [(null, new CorpusFileError(file.DisplayPath, null,
                    $"{length / (1024.0 * 1024):F1} MiB is over the {MaxArticleBytes / (1024 * 1024)} MiB limit for one article; split it into one file per article or use .jsonl"))];
            }

            bytes = ReadAtMost(file.FullPath, (int)length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [(null, new CorpusFileError(file.DisplayPath, null, $"cannot read: {Reason(e, file.FullPath)}"))];
        }

        var row = file.MetadataRow(file.RelativeId);
        var hash = ContentHash.OfText(bytes);
        if (row?.Date is null && IndonesianDates.MayNameAYearAhead(bytes) && TextDecoding.TryDecode(bytes, out var decoded, out _)
            && IndonesianDates.FirstDayAhead(decoded) is { } ahead)
        {
            // A day the text names after today may date the article when it comes: an update must re-index it then.
            hash = ContentHash.WithDayAhead(hash, ahead);
        }

        var record = new ArticleRecord(file.RelativeId, row is null ? hash : ContentHash.WithMetadata(hash, row), file, null, () =>
            TextDecoding.TryDecode(bytes, out var text, out var error)
                ? ArticleTextParser.Parse(file.RelativeId, text, hash) is var article && row is not null ? row.AppliedTo(article) : article
                : throw new FormatException(error));
        return [(record, null)];
    }

    private static IEnumerable<(ArticleRecord?, CorpusFileError?)> ReadJsonLines(CorpusFile file)
    {
        FileStream stream;
        try
        {
            if (TargetLength(file.FullPath) == 0)
            {
                return [(null, new CorpusFileError(file.DisplayPath, null, NothingToRead))];
            }

            stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [(null, new CorpusFileError(file.DisplayPath, null, $"cannot read: {Reason(e, file.FullPath)}"))];
        }

        return ReadLines(file, stream);
    }

    /// <summary>The records of <paramref name="file"/>'s JSONL text, read from <paramref name="opened"/> (seekable), which is disposed.</summary>
    internal static IEnumerable<(ArticleRecord?, CorpusFileError?)> ReadLines(CorpusFile file, Stream opened)
    {
        using var _ = opened;
        Stream? transcoding = null;
        IEnumerator<(byte[] Line, bool Oversized, long Length)>? lines = null;
        var utf16 = false;
        var lineNumber = 0;
        var bytesRead = 0L;
        try
        {
            while (true)
            {
                // A read can fail halfway through a file (a disk error, a network share gone). The records read so far
                // stand; the error is the file's (no line), so every article it held stays as indexed. Escaping to the
                // indexer, it was taken for a failure to write the index, and the whole run stopped.
                (byte[] Line, bool Oversized, long Length) next = ([], false, 0);
                string? readError = null;
                try
                {
                    if (lines is null)
                    {
                        (var stream, utf16) = Utf16JsonLines.Open(opened);
                        transcoding = ReferenceEquals(stream, opened) ? null : stream;
                        lines = BoundedLines(stream).GetEnumerator();
                    }

                    if (!lines.MoveNext())
                    {
                        break;
                    }

                    next = lines.Current;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    readError = lineNumber == 0 ? $"cannot read: {Reason(e)}"
                        : $"cannot read past line {lineNumber}: {Reason(e)}; the rest of the file is skipped, and its indexed articles are kept";
                }
                catch (FormatException e) when (lines is null)
                {
                    readError = e.Message; // UTF-16 without a byte-order mark: the file's error, not each line's
                }

                if (readError is not null)
                {
                    yield return (null, new CorpusFileError(file.DisplayPath, null, readError));
                    yield break;
                }

                var (line, oversized, length) = next;
                lineNumber++;
                bytesRead += length;
                if (Record(file, line, oversized, lineNumber, bytesRead, utf16) is { } read)
                {
                    // A skipped line's bytes are not the index's "MB indexed" (IndexSummary.Bytes); a UTF-16 file's
                    // lengths are those of its UTF-8 transcoding, not its own, so its lines stay counted.
                    yield return read is (null, { } skipped) && !utf16 ? (null, skipped with { LineBytes = length }) : read;
                }
            }
        }
        finally
        {
            lines?.Dispose();
            transcoding?.Dispose();
        }
    }

    /// <summary>One JSONL line as a record, or why it is not one; null for a blank line.</summary>
    private static (ArticleRecord?, CorpusFileError?)? Record(CorpusFile file, byte[] line, bool oversized, int lineNumber, long bytesRead, bool utf16)
    {
        if (utf16 && line.AsSpan().IndexOf(Utf16JsonLines.Replacement) >= 0)
        {
            return (null, new CorpusFileError(file.DisplayPath, lineNumber, Utf16JsonLines.Damage));
        }

        if (oversized)
        {
            return (null, new CorpusFileError(file.DisplayPath, lineNumber,
                $"line is over the {MaxArticleBytes / (1024 * 1024)} MiB limit for one article; skipped"));
        }

        // A byte-order mark alone is a blank line too (an exporter's BOM, then a line end): read as a record, it was
        // "no text", exit 2 at every run, and kept every indexed article of the file as possibly the one it was.
        if ((line.AsSpan() is [0xEF, 0xBB, 0xBF, .. var afterBom] ? afterBom : line.AsSpan()).Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        var hash = ContentHash.OfLine(line);
        if (!TextDecoding.TryDecode(line, out var json, out var decodeError))
        {
            return (null, new CorpusFileError(file.DisplayPath, lineNumber, decodeError!));
        }

        Article? article = null;
        string? parseError = null;
        string? fieldError = null;
        try
        {
            article = JsonLinesArticle.Parse(file.RelativeId, lineNumber, json, hash, out fieldError, file.MetadataRow);
        }
        catch (FormatException e)
        {
            parseError = e.Message;
        }

        return article is null
            ? (null, new CorpusFileError(file.DisplayPath, lineNumber, parseError!)
            {
                RecordId = JsonLinesArticle.IdNamedIn(json) is { } named ? $"{file.RelativeId}#{JsonLinesArticle.RecordId(named, lineNumber)}" : null,
                NamesNoId = !json.Contains("\"id\"", StringComparison.Ordinal),
            })
            : (new ArticleRecord(article.Id, article.ContentHash, file, lineNumber, () => article) { FileBytesRead = bytesRead },
                fieldError is null ? null : new CorpusFileError(file.DisplayPath, lineNumber, fieldError) { Skipped = false });
    }

    /// <summary>
    /// Splits a stream on '\n' without ever holding more than <see cref="MaxArticleBytes"/> of one line; each line's
    /// length in the stream (its newline included) is counted whole, an oversized line's too.
    /// </summary>
    private static IEnumerable<(byte[] Line, bool Oversized, long Length)> BoundedLines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var current = new ArrayBufferWriter<byte>();
        var oversized = false;
        var length = 0L;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            while (!chunk.IsEmpty)
            {
                var newline = chunk.Span.IndexOf((byte)'\n');
                var piece = newline < 0 ? chunk : chunk[..newline];
                length += piece.Length;
                if (!oversized && current.WrittenCount + piece.Length > MaxArticleBytes)
                {
                    oversized = true;
                    current.Clear();
                }

                if (!oversized)
                {
                    current.Write(piece.Span);
                }

                if (newline < 0)
                {
                    break;
                }

                yield return (current.WrittenSpan.ToArray(), oversized, length + 1);
                current.Clear();
                oversized = false;
                length = 0;
                chunk = chunk[(newline + 1)..];
            }
        }

        if (current.WrittenCount > 0 || oversized)
        {
            yield return (current.WrittenSpan.ToArray(), oversized, length);
        }
    }

    /// <summary>Why a file of length 0 is skipped unopened: a FIFO or device reports 0 too, and reading one would never end.</summary>
    private const string NothingToRead = "empty file, or not a regular file (a pipe or device); skipped";

    /// <summary>
    /// The length of the file <paramref name="path"/> names, links followed (a link's own length is that of its
    /// target's name). Pipes, devices and sockets report 0, so they are never opened: opening a FIFO waits for a
    /// writer, and <c>/dev/zero</c> has no end.
    /// </summary>
    private static long TargetLength(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target
            ? target.Length
            : info.Length;
    }

    /// <summary>The file's first <paramref name="length"/> bytes or fewer (the length it had when listed): bounded even if it grows.</summary>
    private static byte[] ReadAtMost(string path, int length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        var bytes = new byte[length];
        var total = 0;
        int read;
        while (total < length && (read = stream.Read(bytes, total, length - total)) > 0)
        {
            total += read;
        }

        return total == length ? bytes : bytes[..total];
    }

    internal static string Reason(Exception e, string? path = null) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException when LinkTarget(path) is { } target => $"it is a broken link (to '{target}'); point it at the file or delete it",
        FileNotFoundException => "file vanished or is a broken link",
        PathTooLongException => CorpusScanner.PastPathLimit, // .NET's sentence holds the whole path, said a second time
        _ => e.Message,
    };

    /// <summary>Where the link <paramref name="path"/> points, or null when it is no link (or cannot be read).</summary>
    private static string? LinkTarget(string? path)
    {
        try
        {
            return path is null ? null : new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
