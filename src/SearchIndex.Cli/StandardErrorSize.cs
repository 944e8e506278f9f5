using System.Runtime.InteropServices;

namespace SearchIndex.Cli;

/// <summary>The size of the terminal on standard error, from the Linux <c>TIOCGWINSZ</c> ioctl.</summary>
internal static class StandardErrorSize
{
    private const int StandardError = 2;
    private const nuint GetWindowSize = 0x5413; // TIOCGWINSZ on Linux

    /// <summary>Columns of the terminal on file descriptor 2; 0 when it is no terminal or cannot say.</summary>
    public static int Columns()
    {
        try
        {
            return IoctlWindowSize(StandardError, GetWindowSize, out var size) == 0 ? size.Columns : 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 0;
        }
    }

    [DllImport("libc", EntryPoint = "ioctl")]
    private static extern int IoctlWindowSize(int descriptor, nuint request, out WindowSize size);

    [StructLayout(LayoutKind.Sequential)]
    private struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }
}
