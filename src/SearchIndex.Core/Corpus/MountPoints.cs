using System.Text;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// The file systems mounted on this machine, by mount point, as Linux lists them in <c>/proc/self/mountinfo</c>. A
/// corpus folder that is a mount point (a network share of the archive) looks, once unmounted, like an empty folder:
/// the index records which folders were mount points so that an update can tell the two apart.
/// </summary>
internal static class MountPoints
{
    private const string MountInfo = "/proc/self/mountinfo";

    /// <summary>The mount points now; empty where the system does not list them (not Linux, no /proc).</summary>
    public static HashSet<string> Current()
    {
        try
        {
            return Parse(File.ReadLines(MountInfo));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>The mount points of mountinfo lines: the fifth field, its space, tab, newline and backslash octal-escaped.</summary>
    public static HashSet<string> Parse(IEnumerable<string> lines)
    {
        var points = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split(' ');
            if (fields.Length > 4)
            {
                points.Add(Unescape(fields[4]));
            }
        }

        return points;
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\'))
        {
            return field;
        }

        // The escapes stand for bytes: a name's other UTF-8 bytes are written as they are, so decode the whole as bytes.
        var bytes = new List<byte>();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && IsOctal(field[i + 1]) && IsOctal(field[i + 2]) && IsOctal(field[i + 3]))
            {
                bytes.Add((byte)(((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0')));
                i += 3;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(field[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';
}
