namespace SearchIndex.Core.Corpus;

/// <summary>Where a path really leads: its links followed to the end, so two names of one file or folder compare equal.</summary>
internal static class RealPaths
{
    /// <summary>The full path of <paramref name="entry"/> with its links resolved; its own full path when it is no link, or a broken one.</summary>
    public static string Of(FileSystemInfo entry)
    {
        try
        {
            return entry.LinkTarget is null ? entry.FullName : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName;
        }
        catch (IOException)
        {
            return entry.FullName; // a loop of links: reported when it is read
        }
    }
}
