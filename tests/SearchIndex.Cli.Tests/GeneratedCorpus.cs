using System.Globalization;

namespace SearchIndex.Cli.Tests;

/// <summary>
/// Writes a corpus of synthetic articles made from the sample article's paragraphs, each article tagged with a
/// unique word (<c>penanda{n}</c>) so tests can tell exactly which articles an index holds.
/// </summary>
internal static class GeneratedCorpus
{
    public static void Write(string folder, int first, int count, string variant = "")
    {
        var paragraphs = File.ReadAllLines(RepositoryPaths.SampleArticle).Where(l => l.Length > 80).ToArray();
        Directory.CreateDirectory(folder);
        for (var n = first; n < first + count; n++)
        {
            var lines = new List<string> { $"Berita nomor {n} {variant}".TrimEnd() };
            for (var p = 0; p < 8; p++)
            {
                lines.Add(paragraphs[(n + p) % paragraphs.Length] + $" penanda{n} {variant}".TrimEnd());
            }

            File.WriteAllLines(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"berita-{n:D5}.txt")), lines);
        }
    }
}
