using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Indexing;

switch (args[0])
{
    case "userdata":
    {
        using var dir = FSDirectory.Open(args[1]);
        using var reader = DirectoryReader.Open(dir);
        foreach (var (a, l) in IndexAcronyms.FromUserData(reader.IndexCommit.UserData)) Console.WriteLine($"{a}\t{l}");
        break;
    }
    case "defs":
    {
        // each line of stdin = a text; print acronym \t longform \t context
        string? line;
        while ((line = Console.In.ReadLine()) != null)
        {
            foreach (var d in AcronymDefinitions.In(line.Replace("\\n", "\n"))) Console.WriteLine($"{d.Acronym}\t{d.LongForm}");
            Console.WriteLine("--");
        }
        break;
    }
    case "corpusdefs":
    {
        // all files in dir: per paragraph (lines after the title)
        foreach (var f in System.IO.Directory.EnumerateFiles(args[1], "*.txt").OrderBy(x => x, StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(f);
            for (var i = 0; i < lines.Length; i++)
                foreach (var d in AcronymDefinitions.In(lines[i])) Console.WriteLine($"{Path.GetFileName(f)}\t{i}\t{d.Acronym}\t{d.LongForm}");
        }
        break;
    }
    case "read":
    {
        using var dir = FSDirectory.Open(args[1]);
        using var reader = DirectoryReader.Open(dir);
        foreach (var (a, l) in IndexAcronyms.Read(reader)) Console.WriteLine($"{a}\t{l}");
        break;
    }
}
