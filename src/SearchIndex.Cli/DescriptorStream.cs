using System.Runtime.InteropServices;

namespace SearchIndex.Cli;

/// <summary>
/// Standard output or error as a write-only stream that calls write(2) on the descriptor, as any Unix tool does.
/// Not <see cref="Console"/>'s streams or writers: the first write through any of them starts the .NET console, which
/// switches a terminal to "keypad transmit" mode by writing <c>ESC [?1h ESC =</c> (TERM's <c>smkx</c>) and never
/// switches it back, so on a pseudo-terminal (<c>docker run -t</c>, <c>ssh -t</c>) JSON output began with escape bytes.
/// Not a <see cref="FileStream"/> either: on a regular file it writes with pwrite at an offset of its own, so
/// <c>{ searchindex a; searchindex b; } &gt; out</c> would let b overwrite a; write(2) moves the offset the shell shares.
/// A failed write throws <see cref="IOException"/> with the system's words and errno (<c>Broken pipe</c>, 32), as a
/// FileStream's does, so <see cref="OutputWriter"/> and <see cref="ErrorOutputWriter"/> handle it alike.
/// </summary>
internal sealed class DescriptorStream(int descriptor) : Stream
{
    private const int Interrupted = 4; // EINTR

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = WriteDescriptor(descriptor, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length);
            if (written < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno == Interrupted)
                {
                    continue;
                }

                throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
            }

            buffer = buffer[(int)written..];
        }
    }

    public override void Flush()
    {
        // Nothing is held here: every Write went to the descriptor.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint WriteDescriptor(int descriptor, ref byte buffer, nuint count);
}
