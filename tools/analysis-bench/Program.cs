// Manual measurements for the Indonesian analysis chain (docs/analysis.md, "Measured"):
//   dotnet run -c Release --project tools/analysis-bench -- /work/data/id-news
// 1. lexicon load time: the first load (cold, as in a fresh process) and 9 warm reloads of the same bytes;
// 2. indexing-like throughput: each timed run is ONE pass over every *.txt file with a FRESH analyzer (cold root
//    cache, as one indexing run sees it), Lucene's IndonesianAnalyzer and ours alternating, 3 rounds, medians.
// JIT is warmed first on a 2,000-file subset. Not a test: timings depend on the machine and its load.
using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;
using SearchIndex.Core.Analysis;

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: analysis-bench <corpus-dir-with-txt-files>");
    return 2;
}

var clock = Stopwatch.StartNew();
var lexicon = IndonesianLexicon.Default;
Console.WriteLine($"lexicon: {lexicon.RootCount} roots, {lexicon.NameCount} names; first load {lexicon.LoadTime.TotalMilliseconds:F1} ms "
    + $"(incl. resource read: {clock.Elapsed.TotalMilliseconds:F1} ms); identity {AnalysisChain.Identity}");
var bytes = ReadResource();
var warm = Enumerable.Range(0, 9).Select(_ => IndonesianLexicon.FromCompressedBytes(bytes).LoadTime.TotalMilliseconds).Order().ToArray();
Console.WriteLine($"lexicon warm reloads: median {warm[4]:F1} ms (min {warm[0]:F1}, max {warm[^1]:F1})");

var texts = Directory.EnumerateFiles(args[0], "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
Console.WriteLine($"corpus: {texts.Length} files, {texts.Sum(t => (long)t.Length) / 1e6:F1} M chars");
Time("warm-up lucene", new IndonesianAnalyzer(AnalysisChain.MatchVersion), texts[..Math.Min(2000, texts.Length)]);
Time("warm-up id-morph", AnalysisChain.CreateStemmedAnalyzer(), texts[..Math.Min(2000, texts.Length)]);
var lucene = new List<(double Wall, double Cpu)>();
var ours = new List<(double Wall, double Cpu)>();
for (var round = 0; round < 3; round++)
{
    lucene.Add(Time("lucene IndonesianAnalyzer", new IndonesianAnalyzer(AnalysisChain.MatchVersion), texts));
    ours.Add(Time("id-morph stemmed chain", AnalysisChain.CreateStemmedAnalyzer(), texts));
}

// CPU time is reported too: on a shared, loaded machine wall time swings by 2x between identical runs.
var (l, o) = (Median(lucene.Select(x => x.Wall)), Median(ours.Select(x => x.Wall)));
var (lc, oc) = (Median(lucene.Select(x => x.Cpu)), Median(ours.Select(x => x.Cpu)));
Console.WriteLine($"wall: median lucene {l:F0} ms, id-morph {o:F0} ms, ratio {o / l:F2}; "
    + $"process CPU: median lucene {lc:F0} ms, id-morph {oc:F0} ms, ratio {oc / lc:F2}");
return 0;

static (double Wall, double Cpu) Time(string name, Analyzer analyzer, string[] texts)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    long tokens = 0;
    foreach (var text in texts)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens++;
        }

        stream.End();
    }

    var ms = clock.Elapsed.TotalMilliseconds;
    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    Console.WriteLine($"  {name}: {tokens} tokens, {ms:F0} ms wall, {cpuMs:F0} ms CPU");
    return (ms, cpuMs);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

static byte[] ReadResource()
{
    using var stream = typeof(IndonesianLexicon).Assembly.GetManifestResourceStream(IndonesianLexicon.ResourceName)!;
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    return buffer.ToArray();
}
