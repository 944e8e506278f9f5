namespace SearchIndex.Core.Indexing;

/// <summary>
/// An update committed without rewriting the segments that hold its replaced or removed paragraphs, because the disk
/// had no room for the copies, or filled while they were written (<see cref="IndexWriting.ExpungeDeletes"/>). The
/// changes are in; until a later run finds room, the old paragraphs still count in each word's statistics, so scores
/// differ a little from a fresh build's.
/// </summary>
/// <param name="DeletedParagraphs">Replaced or removed paragraphs still counted in the statistics.</param>
/// <param name="NeededBytes">What the rewrite was estimated to need.</param>
/// <param name="FreeBytes">What the disk had before the rewrite.</param>
public sealed record DeferredRewrite(int DeletedParagraphs, long NeededBytes, long FreeBytes)
{
    /// <summary>Set when the estimate left room but the rewrite filled the disk all the same, and was abandoned.</summary>
    public bool DiskFilled { get; init; }

    /// <summary>The note for stderr: what happened, what it costs, what to do.</summary>
    public string Note => FormattableString.Invariant(
        $"the changes are committed, but {DeletedParagraphs:N0} replaced or removed paragraphs still count in scores: rewriting their segments {Why}; free space and run the same command again to rewrite them");

    private string Why => DiskFilled
        ? $"filled the disk (estimated at about {Megabytes(NeededBytes)} MB, with {Megabytes(FreeBytes)} MB free)"
        : $"needs about {Megabytes(NeededBytes)} MB and the disk has {Megabytes(FreeBytes)} MB free";

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes < 10 << 20 ? "F1" : "F0", System.Globalization.CultureInfo.InvariantCulture);
}
