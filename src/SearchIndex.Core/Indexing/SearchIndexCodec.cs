using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Lucene 4.8's default codec with the stored fields (paragraph text, and the title and article fields each paragraph
/// repeats) compressed by DEFLATE instead of LZ4: they were 44 % of an index of the shared corpus, and compress to
/// 0.42 of their size against LZ4's 0.66, at about the same cost to write; a hit inflates its chunk of 16 KB in tens
/// of microseconds (docs/benchmarks.md).
/// </summary>
/// <remarks>
/// Each segment records its codec's name, and Lucene finds the codec by that name in one process-wide factory whenever
/// it reads a segment list: opening a reader, reading a commit's metadata, an update's writer. So the factory learns
/// this codec when this assembly loads (<see cref="Register"/>), before any of those can run.
/// </remarks>
[CodecName(RecordedName)]
public sealed class SearchIndexCodec : FilterCodec
{
    /// <summary>The name segments record.</summary>
    public const string RecordedName = "SearchIndex46Deflate";

    /// <summary>Bytes of stored fields compressed together; Lucene's own default, so a hit inflates at most about this much.</summary>
    private const int ChunkBytes = 1 << 14;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("SearchIndexDeflateStoredFields", CompressionMode.HIGH_COMPRESSION, ChunkBytes);

    public SearchIndexCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Lucene resolves codecs by name from a process-wide factory; every reader of an index this library writes needs the codec known first.")]
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(SearchIndexCodec)] });
}
