using System.Runtime.InteropServices;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Whether two paths are one file, hard links included, by device and inode number (Linux <c>stat</c>): no comparison
/// of paths tells a hard link from another file.
/// </summary>
internal static class FileIdentity
{
    /// <summary>True when both paths exist and are the same file; false when either is missing or cannot be asked.</summary>
    public static bool Same(string a, string b) => Of(a) is { } first && Of(b) is { } second && first == second;

    private static (ulong Device, ulong Inode)? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct stat starts with st_dev and st_ino, eight bytes each, on every 64-bit Linux ABI (x86-64 and the
        // generic one of arm64); the buffer is larger than any struct stat.
        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) == 0 ? (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8)) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
