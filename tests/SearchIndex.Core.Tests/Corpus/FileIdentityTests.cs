using System.Diagnostics;
using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>
/// One file under two names is told by device and inode, not by locks: a check by lock conflicts missed a hard link
/// while another process held a shared lock on the file, and refused an unrelated file that was locked.
/// </summary>
public sealed class FileIdentityTests
{
    [Fact]
    public void A_hard_link_is_the_same_file_a_copy_and_a_missing_file_are_not()
    {
        using var temp = new TempFolder();
        var file = temp.Write("q.tsv", "kopi\tc.txt\n");
        var copy = temp.Write("copy.tsv", "kopi\tc.txt\n");
        var hard = temp.Combine("hard.tsv");
        using (var ln = Process.Start("ln", [file, hard]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        // Held open with an exclusive lock, as another process's flock would: identity does not depend on it.
        using var held = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);

        Assert.True(FileIdentity.Same(file, hard));
        Assert.True(FileIdentity.Same(file, file));
        Assert.False(FileIdentity.Same(file, copy));
        Assert.False(FileIdentity.Same(file, temp.Combine("missing.tsv")));
    }
}
