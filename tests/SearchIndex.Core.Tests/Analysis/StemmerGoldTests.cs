using SearchIndex.Core.Analysis;
using Xunit.Abstractions;

namespace SearchIndex.Core.Tests.Analysis;

/// <summary>Accuracy of the stemmer on the development half of the UD/Sastrawi gold pairs (issue 4's bar).</summary>
public sealed class StemmerGoldTests(ITestOutputHelper output)
{
    // Issue 4 asks for 95% overall; the stemmer reaches 94.42% (2,908/3,080; id-morph/19) and the issue stays open
    // until it does. This floor is today's score, so one pair lost fails: raise it as accuracy improves, never lower it.
    private const double OverallFloor = 2908.0 / 3080;
    private const double AffixedBar = 0.92;

    [Fact]
    public void Dev_accuracy_holds_the_floor_overall_and_meets_the_affixed_bar()
    {
        var path = RepositoryPaths.StemDevFile;
        Assert.True(File.Exists(path), $"Gold file missing: {path} (CI must check out shared/ beside the repository).");
        var stemmer = new IndonesianStemmer(IndonesianLexicon.Default);

        int total = 0, correct = 0, affixed = 0, affixedCorrect = 0;
        var misses = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (fields.Length != 2)
            {
                continue;
            }

            var (word, gold) = (fields[0], fields[1]);
            var result = stemmer.Stem(word);
            var isAffixed = word != gold;
            var ok = result.Root == gold;
            total++;
            correct += ok ? 1 : 0;
            affixed += isAffixed ? 1 : 0;
            affixedCorrect += isAffixed && ok ? 1 : 0;
            if (!ok)
            {
                misses.Add($"{word} -> {result.Root} (gold {gold}; {result.Path})");
            }
        }

        var overall = (double)correct / total;
        var affixedRate = (double)affixedCorrect / affixed;
        output.WriteLine($"overall {correct}/{total} = {overall:P2}; affixed {affixedCorrect}/{affixed} = {affixedRate:P2}");
        output.WriteLine("first misses: " + string.Join("; ", misses.Take(25)));
        Assert.True(total > 1000, $"Only {total} pairs read from {path}.");
        Assert.True(overall >= OverallFloor, $"overall {overall:P2} < {OverallFloor:P2}");
        Assert.True(affixedRate >= AffixedBar, $"affixed {affixedRate:P2} < {AffixedBar:P0}");
    }
}
