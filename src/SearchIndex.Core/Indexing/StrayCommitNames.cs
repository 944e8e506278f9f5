using System.Text.RegularExpressions;

namespace SearchIndex.Core.Indexing;

/// <summary>
/// Lucene takes every file of the index folder whose name starts with <c>segments</c> for a commit point and parses the
/// rest of the name as its number: a copy made before a repair (<c>segments_1.bak</c>, <c>segments_2~</c>) made every
/// <c>search</c>, <c>info</c> and <c>index</c> end in an unhandled FormatException, a stack trace and exit 134.
/// </summary>
internal static partial class StrayCommitNames
{
    /// <summary>Throws, naming the first such file, when the folder holds one; a folder that cannot be listed passes.</summary>
    /// <exception cref="SearchIndexException">A file Lucene would read as a commit cannot be read so.</exception>
    public static void Refuse(string indexDirectory)
    {
        string? stray;
        try
        {
            stray = Directory.EnumerateFiles(indexDirectory, "segments*")
                .Select(Path.GetFileName)
                .Where(name => name is not null && !LuceneNames().IsMatch(name))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // whoever opens the folder next reports that
        }

        if (stray is not null)
        {
            throw new SearchIndexException(ErrorKind.Index,
                $"index folder '{indexDirectory}' holds '{stray}', which Lucene takes for a commit by its name and cannot read; move it out of the index folder, then run again");
        }
    }

    /// <summary><c>segments.gen</c>, and a commit point <c>segments_N</c> (N in base 36) or the generation-0 <c>segments</c>.</summary>
    [GeneratedRegex("^segments(\\.gen|_[0-9a-z]+)?$")]
    private static partial Regex LuceneNames();
}
