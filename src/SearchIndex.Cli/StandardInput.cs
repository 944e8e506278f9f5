namespace SearchIndex.Cli;

/// <summary>Standard input as a stream, or an empty one when the process was started with it closed.</summary>
internal static class StandardInput
{
    public static Stream Open() => OperatingSystem.IsLinux() && IsOwnPipe() ? Stream.Null : Console.OpenStandardInput();

    /// <summary>
    /// Whether descriptor 0 is a pipe whose write end this very process holds. Started with standard input closed
    /// (<c>searchindex search -f - &lt;&amp;-</c>), the process gets the .NET runtime's own internal pipe as
    /// descriptor 0, and reading it waits forever; a pipe from another program has its write end there, not here.
    /// </summary>
    private static bool IsOwnPipe()
    {
        try
        {
            var input = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var descriptor in new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos())
            {
                if (descriptor.Name != "0" && descriptor.LinkTarget == input && OpenForWriting(descriptor.Name))
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc to ask: read standard input as it is.
        }

        return false;
    }

    /// <summary>
    /// Whether the descriptor's access mode allows writing: the low two bits of <c>flags</c> in /proc/self/fdinfo,
    /// written in octal, so its last digit (1 write only, 2 read and write).
    /// </summary>
    private static bool OpenForWriting(string descriptor)
    {
        var flags = File.ReadLines($"/proc/self/fdinfo/{descriptor}").FirstOrDefault(line => line.StartsWith("flags:", StringComparison.Ordinal));
        var octal = flags?["flags:".Length..].Trim() ?? "";
        return octal.Length > 0 && octal[^1] is >= '0' and <= '7' && (octal[^1] - '0') % 4 is 1 or 2;
    }
}
