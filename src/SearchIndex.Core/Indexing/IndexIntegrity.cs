using System.Diagnostics;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// What <c>info --check</c> found: every file of the index's last commit read to its end, its checksum equal to the one
/// Lucene wrote into its footer when it wrote the file.
/// </summary>
public sealed record IndexIntegrity(string IndexDirectory, int Segments, int Files, long Bytes, TimeSpan Took)
{
    /// <summary>Commits an update may make while the files are read before the check gives up following them.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Checks every file of the last commit: the commit point, each segment's info, field list, compound file and its
    /// entry table, and the deletions of an updated index. Opening an index and searching it read only the parts a
    /// search needs, and Lucene 4.8 compares checksums only when it merges, so a byte a disk or a copy changed in
    /// stored text or a postings list can go unnoticed, or show as a wrong hit, until then.
    /// </summary>
    /// <exception cref="SearchIndexException">No index, one this build cannot read, or a file that fails its check.</exception>
    public static IndexIntegrity Check(string indexDirectory)
    {
        var watch = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var (directory, reader) = IndexOpener.Open(indexDirectory);
            using (directory)
            using (reader)
            {
                var commit = reader.IndexCommit;
                var files = commit.FileNames.Order(StringComparer.Ordinal).ToList();
                long bytes = 0;
                var file = "";
                try
                {
                    foreach (var name in files)
                    {
                        file = name;
                        bytes += Verify(directory, indexDirectory, name);
                    }
                }
                catch (FileNotFoundException) when (SegmentInfos.GetLastCommitGeneration(directory) != commit.Generation)
                {
                    // Busy, not damaged: an index run committed meanwhile and deleted files of the commit being read.
                    if (attempt == Attempts)
                    {
                        throw new SearchIndexException(ErrorKind.Index,
                            $"index '{indexDirectory}' changed under the check: an index run committed {Attempts} times while it read the files; run the check again once that run is done");
                    }

                    continue; // check the new commit
                }
                catch (FileNotFoundException)
                {
                    throw IndexOpener.DamagedFile(indexDirectory, file, "is missing, though the last commit lists it");
                }

                return new IndexIntegrity(indexDirectory, reader.Leaves.Count, files.Count, bytes, watch.Elapsed);
            }
        }
    }

    /// <summary>Reads <paramref name="file"/> to its end and compares its checksum; returns its length.</summary>
    private static long Verify(Lucene.Net.Store.Directory directory, string indexDirectory, string file)
    {
        using var input = directory.OpenInput(file, IOContext.READ_ONCE);
        try
        {
            CodecUtil.ChecksumEntireFile(input);
            return input.Length;
        }
        catch (IOException e) // Lucene.Net's CorruptIndexException is one too
        {
            throw IndexOpener.DamagedFile(indexDirectory, file, e switch
            {
                _ when e.Message.StartsWith("checksum failed", StringComparison.Ordinal) =>
                    "does not match the checksum written with it: bytes changed after searchindex wrote them (a disk, copy or transfer fault)",
                CorruptIndexException or EndOfStreamException => "is cut short or its end overwritten: it does not end with the footer written with it",
                _ => $"cannot be read ({e.Message.ReplaceLineEndings(" ")})",
            });
        }
    }
}
