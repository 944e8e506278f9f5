using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>Lucene's messages about damaged files name the file, not Lucene.Net's reader classes (messages as Lucene.Net 4.8 wrote them for damaged copies).</summary>
public class LuceneMessagesTests
{
    [Theory]
    [InlineData("checksum failed (hardware problem?) : expected=53b0259a actual=45199dec (resource=BufferedChecksumIndexInput(MMapIndexInput(path=\"/srv/idx/_1.cfs\") [slice=_1.fdt]))",
        "checksum failed, in _1.fdt of _1.cfs")]
    [InlineData("read past EOF: MMapIndexInput(path=\"/srv/idx/_1.si\")", "read past EOF, in _1.si")]
    [InlineData("codec mismatch: actual codec=Luce vs expected codec=Lucene46SegmentInfo (resource: BufferedChecksumIndexInput(MMapIndexInput(path=\"/srv/idx/_1.si\")))",
        "codec mismatch: actual codec=Luce vs expected codec=Lucene46SegmentInfo, in _1.si")]
    [InlineData("Length mismatch: 16388 != 16384 (resource=MMapIndexInput(path=\"/srv/idx/_0.cfs\") [slice=_0.fdt])", "Length mismatch: 16388 != 16384, in _0.fdt of _0.cfs")]
    [InlineData("Format version is not supported (resource: BufferedChecksumIndexInput(MMapIndexInput(path=\"/srv/idx/segments.gen\")): -17 (needs to be between -2 and -3)",
        "Format version is not supported: -17 (needs to be between -2 and -3), in segments.gen")]
    [InlineData("slice() out of bounds: offset=5222885,length=1298,fileLength=5224099: MMapIndexInput(path=\"/srv/idx/_1.cfs\")",
        "slice() out of bounds: offset=5222885,length=1298,fileLength=5224099, in _1.cfs")]
    [InlineData("Codec 'SearchIndex46De\u00DE' cannot be loaded. If the codec is not in a Lucene.Net assembly, you must subclass Lucene.Net.Codecs.DefaultCodecFactory, override the Initialize() method, and call PutCodecType() or ScanForCodecs() to add the type manually. Call Lucene.Net.Codecs.Codec.SetCodecFactory() at application startup to initialize your custom codec.",
        "Codec 'SearchIndex46De\u00DE' cannot be loaded.")]
    [InlineData("The archive entry was compressed using an unsupported compression method.", "The archive entry was compressed using an unsupported compression method.")]
    [InlineData("read past EOF: MMapIndexInput(path=\"/srv/idx/_0.si\")\n   at Lucene.Net.Store.ByteBufferIndexInput.ReadByte()\n   at Lucene.Net.Store.DataInput.ReadInt32()",
        "read past EOF, in _0.si")]
    [InlineData("System.IO.EndOfStreamException: read past EOF: NIOFSIndexInput(_0.fnm in path=\"/srv/idx/_0.cfs\" slice=2134954:2136437) off: 0 len: 1024 pos: 2134954 chunkLen: 1024 end: 2136437",
        "read past EOF, in _0.fnm of _0.cfs")] // as `index` reads a truncated compound file, by file reads (NIOFSDirectory)
    public void The_file_is_named_by_its_name_without_reader_classes_or_frames(string lucene, string readable)
    {
        Assert.Equal(readable, LuceneMessages.Readable(lucene));
    }
}
