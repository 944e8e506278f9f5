namespace SearchIndex.Core.Corpus;

/// <summary>Where a path really leads: its links followed to the end, so two names of one file or folder compare equal.</summary>
internal static class RealPaths
{
    /// <summary>
    /// <paramref name="fullPath"/> with a link anywhere along it resolved, as the kernel names the folder (in
    /// <c>/proc/self/mountinfo</c>): <see cref="Of"/> resolves only the last name, so a corpus under a linked folder
    /// (<c>/home</c> → <c>/data/home</c>) never matched its mount points. <paramref name="known"/> keeps the folders
    /// resolved already, so a walk asks the file system once per folder. Unresolvable parts (a loop) are kept as they are.
    /// </summary>
    public static string Canonical(string fullPath, Dictionary<string, string> known)
    {
        var parent = Path.GetDirectoryName(fullPath);
        if (string.IsNullOrEmpty(parent))
        {
            return fullPath; // the root
        }

        if (known.TryGetValue(fullPath, out var resolved))
        {
            return resolved;
        }

        var here = Path.Combine(Canonical(parent, known), Path.GetFileName(fullPath));
        resolved = here;
        try
        {
            if (new DirectoryInfo(here).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                // The target may lie under links of its own; a loop back to a folder being resolved ends at it.
                known[fullPath] = here;
                resolved = Canonical(Path.TrimEndingDirectorySeparator(target.FullName), known);
            }
        }
        catch (IOException)
        {
            // a loop of links: the path as it is
        }

        return known[fullPath] = resolved;
    }

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
