namespace SearchIndex.Core.Analysis;

/// <summary>
/// What to do with a word whose affixes lead to no lexicon root: mostly loans, names and new words. Guessing a root
/// there over-stems (Lucene's rule stemmer turns <c>kerjasama</c> into <c>rjasama</c>), so only the outermost,
/// unambiguous clitics are removed and the rest of the word is kept.
/// </summary>
internal static class IndonesianFallback
{
    /// <summary>Shortest stem the fallback may leave (default 4): short words end in -nya or -lah by chance.</summary>
    internal const int MinStemLength = 4;

    private static readonly string[] Clitics = ["nya", "lah", "kah"];

    internal static StemResult Strip(string w)
    {
        foreach (var clitic in Clitics)
        {
            if (w.EndsWith(clitic, StringComparison.Ordinal) && w.Length - clitic.Length >= MinStemLength)
            {
                return new StemResult(w[..^clitic.Length], "fallback:-" + clitic, StemSource.Fallback);
            }
        }

        return new StemResult(w, "fallback:no-root", StemSource.Fallback);
    }
}
