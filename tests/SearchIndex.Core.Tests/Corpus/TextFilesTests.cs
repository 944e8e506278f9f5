using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

/// <summary>A file named beside the corpus (queries, qrels, words) is read strictly, its problems one line naming it.</summary>
public sealed class TextFilesTests
{
    [Fact]
    public void A_folder_a_missing_file_and_latin1_text_are_each_one_line_naming_the_file()
    {
        using var temp = new TempFolder();
        temp.Write("q.txt", "banjir\n");
        File.WriteAllBytes(temp.Combine("latin1.txt"), [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);

        Assert.Equal("banjir\n", TextFiles.Read(temp.Combine("q.txt"), "queries file 'q.txt'", "give a file"));
        Assert.Equal("--words 'd' is a folder; give a file", Error(temp.Path, "--words 'd'"));
        // It had been .NET's sentence, the path a second time: "cannot read: Could not find file '/…/nope.txt'."
        Assert.Equal("--words 'nope.txt': no such file; check the path", Error(temp.Combine("nope.txt"), "--words 'nope.txt'"));
        Assert.Equal("--words 'no/q.txt': no such file; check the path", Error(temp.Combine("no/q.txt"), "--words 'no/q.txt'"));
        Assert.StartsWith("--words 'latin1.txt'", Error(temp.Combine("latin1.txt"), "--words 'latin1.txt'"));
        Assert.Contains("invalid UTF-8", Error(temp.Combine("latin1.txt"), "--words 'latin1.txt'"));
    }

    [Fact]
    public void A_device_or_a_file_over_the_limit_is_one_line_not_out_of_memory()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.Combine("big.txt"), new byte[1001]);
        File.WriteAllText(temp.Combine("small.txt"), new string('a', 999) + "\n");

        // /dev/zero never ends: read whole, it grew to 4 GB and "Out of memory." killed the process (exit 134).
        var device = Assert.Throws<SearchIndexException>(() => TextFiles.Read("/dev/zero", "queries file '/dev/zero'", "give a file", 1000));
        var file = Assert.Throws<SearchIndexException>(() => TextFiles.Read(temp.Combine("big.txt"), "--words 'big.txt'", "give a file", 1000));

        Assert.Equal((ErrorKind.BadInput, "queries file '/dev/zero': more than 0 MiB, which is read whole; is it the right file? Split a larger one"), (device.Kind, device.Message));
        Assert.StartsWith("--words 'big.txt': more than ", file.Message);
        Assert.Equal(1000, TextFiles.Read(temp.Combine("small.txt"), "--words 'small.txt'", "give a file", 1000).Length);
    }

    [Fact]
    public void Standard_input_over_the_limit_is_an_error_and_so_is_a_line_without_end()
    {
        using var zero = File.OpenRead("/dev/zero");
        var whole = Assert.Throws<SearchIndexException>(() => TextFiles.ReadAll(zero, "standard input", 1000));
        var line = Assert.Throws<SearchIndexException>(() => Utf8Lines.Read(zero, "standard input", 1000).ToList());

        Assert.StartsWith("standard input: more than ", whole.Message);
        Assert.Equal("standard input line 1: more than 0 MiB with no line end; is it the right input?", line.Message);
        Assert.Equal(["ab", "cd"], Utf8Lines.Read(new MemoryStream("ab\ncd\n"u8.ToArray()), "standard input", 2));
    }

    private static string Error(string path, string named)
    {
        var error = Assert.Throws<SearchIndexException>(() => TextFiles.Read(path, named, "give a file"));
        Assert.Equal(ErrorKind.BadInput, error.Kind);
        return error.Message;
    }
}
