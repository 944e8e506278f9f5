using Lucene.Net.Codecs;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using IOContext = Lucene.Net.Store.IOContext;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// Damage that opening an index does not touch (a flipped run of bytes inside a postings list) is found by a search;
/// it must be the same one-line error as damage found on opening, never an exception from inside Lucene.
/// </summary>
public sealed class DamagedIndexSearchTests
{
    [Fact]
    public void Bytes_damaged_anywhere_give_results_or_the_damaged_index_error()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], index)).Run();
        var foundBySearch = 0;

        foreach (var copy in DamagedCopies(index, folder))
        {
            IndexSearchSession session;
            try
            {
                session = IndexSearchSession.Open(copy);
            }
            catch (SearchIndexException e) when (e.Message.Contains("is damaged and cannot be read", StringComparison.Ordinal))
            {
                Directory.Delete(copy, recursive: true);
                continue; // found on opening, as before
            }

            try
            {
                foreach (var query in new[] { "putin", "korea utara", "\"presiden putin\"", "kim -rusia" })
                {
                    session.Search(query, new SearchOptions { Explain = true, Context = 1 });
                    session.Rank(query, new SearchOptions());
                }
            }
            catch (SearchIndexException e) when (e.Message.Contains("is damaged and cannot be read", StringComparison.Ordinal))
            {
                foundBySearch++;
            }
            finally
            {
                session.Dispose();
            }

            Directory.Delete(copy, recursive: true);
        }

        Assert.True(foundBySearch > 0); // damage that opening missed, reported by the search itself
    }

    [Fact]
    public void Bytes_damaged_anywhere_give_info_or_the_damaged_index_error()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        new IndexBuilder(new IndexRequest([RepositoryPaths.SampleCorpus], index)).Run();
        var (read, damaged) = (0, 0);

        foreach (var copy in DamagedCopies(index, folder))
        {
            try
            {
                IndexInfo.Read(copy); // any other exception fails the test: info printed a stack trace
                read++;
            }
            catch (SearchIndexException e) when (e.Message.Contains("is damaged and cannot be read", StringComparison.Ordinal))
            {
                damaged++;
            }

            Directory.Delete(copy, recursive: true);
        }

        Assert.True(read > 0 && damaged > 0, $"{read} read, {damaged} damaged");
    }

    [Fact]
    public void Damaged_article_ids_in_the_doc_values_give_the_damaged_index_error()
    {
        // The article ids of an index of several articles are a prefix-compressed list (Lucene45 doc values). A length
        // byte damaged there made Lucene read past a buffer inside J2N, its support library, which was taken for our own
        // bug: info and search ended in "Unhandled exception. System.ArgumentOutOfRangeException", exit 134.
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        new IndexBuilder(new IndexRequest([Path.Combine(RepositoryPaths.Fixtures, "id-news")], index)).Run();
        var damaged = 0;

        foreach (var compound in System.IO.Directory.GetFiles(index, "*.cfs")) // a segment per indexing thread
        {
            var (start, length) = SubFile(Path.ChangeExtension(compound, ".cfe"), ".dvd");
            var bytes = File.ReadAllBytes(compound);
            for (var offset = start; offset < start + length; offset++)
            {
                foreach (var flip in new byte[] { 0x12, 0x80 })
                {
                    bytes[offset] ^= flip;
                    File.WriteAllBytes(compound, bytes);
                    bytes[offset] ^= flip;
                    try
                    {
                        IndexInfo.Read(index); // any other exception fails the test: info printed a stack trace
                        using var session = IndexSearchSession.Open(index);
                        session.Search("polisi", new SearchOptions { Context = 1 });
                    }
                    catch (SearchIndexException e) when (e.Message.Contains("is damaged and cannot be read", StringComparison.Ordinal))
                    {
                        damaged++;
                    }
                }
            }

            File.WriteAllBytes(compound, bytes);
        }

        Assert.True(damaged > 0);
    }

    /// <summary>Where the sub-file of <paramref name="extension"/> lies in a compound file, from its entries file.</summary>
    private static (int Start, int Length) SubFile(string entries, string extension)
    {
        using var directory = FSDirectory.Open(Path.GetDirectoryName(entries)!);
        using var input = directory.OpenInput(Path.GetFileName(entries), IOContext.READ_ONCE);
        CodecUtil.CheckHeader(input, "CompoundFileWriterEntries", 0, 1);
        for (var count = input.ReadVInt32(); count > 0; count--)
        {
            var (name, start, length) = (input.ReadString(), input.ReadInt64(), input.ReadInt64());
            if (name.EndsWith(extension, StringComparison.Ordinal))
            {
                return ((int)start, (int)length);
            }
        }

        throw new InvalidOperationException($"no {extension} in {entries}");
    }

    /// <summary>Copies of the index, each with eight bytes of its compound file overwritten, every 89 bytes along it.</summary>
    private static IEnumerable<string> DamagedCopies(string index, TempFolder folder)
    {
        var compound = Directory.GetFiles(index, "*.cfs").Single();
        for (var offset = 0L; offset < new FileInfo(compound).Length; offset += 89)
        {
            var copy = folder.Combine($"copy{offset}");
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.GetFiles(index))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            using (var stream = new FileStream(Path.Combine(copy, Path.GetFileName(compound)), FileMode.Open))
            {
                stream.Position = offset;
                stream.Write([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
            }

            yield return copy;
        }
    }
}
