using System.Text.RegularExpressions;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Lucene's messages about damaged files, as a user reads them in "index 'X' is damaged and cannot be read (…)": the
/// file named by its name, not by the chain of Lucene.Net's reader classes that held it, and no stack frames.
/// </summary>
internal static partial class LuceneMessages
{
    /// <summary>
    /// <paramref name="message"/> on one line: <c>checksum failed (hardware problem?) : expected=53b0259a actual=45199dec
    /// (resource=BufferedChecksumIndexInput(MMapIndexInput(path="/srv/idx/_1.cfs") [slice=_1.fdt]))</c> reads
    /// <c>checksum failed, in _1.fdt of _1.cfs</c>, and <c>read past EOF: MMapIndexInput(path="/srv/idx/_1.si")</c>
    /// <c>read past EOF, in _1.si</c>. A message naming no file is kept as Lucene wrote it.
    /// </summary>
    public static string Readable(string message)
    {
        var line = string.Join(" ", message.ReplaceLineEndings("\n").Split('\n')
            .Where(part => !part.TrimStart().StartsWith("at ", StringComparison.Ordinal))); // frames Lucene wrote into a wrapped message
        line = ChecksumFigures().Replace(line, "checksum failed");
        line = AdviceToProgrammers().Replace(line, ".");
        line = ExceptionType().Replace(line, "");
        line = ReadPosition().Replace(line, "");
        var file = ReaderChain().Match(line);
        if (!file.Success)
        {
            return line;
        }

        var name = Path.GetFileName(file.Groups["path"].Value);
        var slice = file.Groups["slice"].Success ? file.Groups["slice"] : file.Groups["inner"];
        var where = slice.Success ? $"{slice.Value} of {name}" : name;
        var rest = (line[..file.Index] + line[(file.Index + file.Length)..]).Trim().TrimEnd(':', ',').TrimEnd();
        return $"{rest}, in {where}";
    }

    /// <summary>A checksum failure's figures, which say nothing to a user: <c>checksum failed (hardware problem?) : expected=… actual=…</c>.</summary>
    [GeneratedRegex(@"checksum failed \(hardware problem\?\) : expected=\S+ actual=\S+")]
    private static partial Regex ChecksumFigures();

    /// <summary>What Lucene.Net tells a program whose codec it cannot load (<c>Codec 'X' cannot be loaded. If the codec is not in a Lucene.Net assembly, you must subclass …</c>).</summary>
    [GeneratedRegex(@"\. If the codec is not in a Lucene\.Net assembly.*$")]
    private static partial Regex AdviceToProgrammers();

    /// <summary>
    /// The .NET exception type Lucene.Net writes before a wrapped message (<c>System.IO.EndOfStreamException: read past EOF: …</c>),
    /// as it reports a compound file cut short to a run reading by file reads (<c>index</c>, <c>NIOFSDirectory</c>).
    /// </summary>
    [GeneratedRegex(@"^System\.[A-Za-z.]+Exception: ")]
    private static partial Regex ExceptionType();

    /// <summary>The buffer's figures after a file reader's short read: <c> off: 0 len: 1024 pos: 2134954 chunkLen: 1024 end: 2136437</c>.</summary>
    [GeneratedRegex(@"\s+off: \d+ len: \d+ pos: \d+ chunkLen: \d+ end: \d+")]
    private static partial Regex ReadPosition();

    /// <summary>
    /// The reader that held the file, with what leads into it: <c>: MMapIndexInput(path="…")</c>, <c>(resource=BufferedChecksumIndexInput(…
    /// [slice=…]))</c>, <c>(resource: …)</c>, <c>in CFS: …</c>.
    /// </summary>
    [GeneratedRegex("""(?:\s*\(resource[=:]\s*|\s*:\s*|\s+)(?:[A-Za-z]+IndexInput\()+(?:(?<inner>[^\s"()]+) in )?path="(?<path>[^"]*)"(?: slice=\d+:\d+)?\)(?:\s*\[slice=(?<slice>[^\]]*)\])?\)*""")]
    private static partial Regex ReaderChain();
}
