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
        Assert.StartsWith("--words 'nope.txt': cannot read: ", Error(temp.Combine("nope.txt"), "--words 'nope.txt'"));
        Assert.StartsWith("--words 'latin1.txt'", Error(temp.Combine("latin1.txt"), "--words 'latin1.txt'"));
        Assert.Contains("invalid UTF-8", Error(temp.Combine("latin1.txt"), "--words 'latin1.txt'"));
    }

    private static string Error(string path, string named)
    {
        var error = Assert.Throws<SearchIndexException>(() => TextFiles.Read(path, named, "give a file"));
        Assert.Equal(ErrorKind.BadInput, error.Kind);
        return error.Message;
    }
}
