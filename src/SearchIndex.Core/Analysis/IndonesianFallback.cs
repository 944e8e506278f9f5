namespace SearchIndex.Core.Analysis;

/// <summary>
/// What to do with a word whose affixes lead to no lexicon root: mostly loans, names and new words. Guessing a root
/// there over-stems (Lucene's rule stemmer turns <c>kerjasama</c> into <c>rjasama</c>), so the word is kept whole.
/// </summary>
/// <remarks>
/// Stripping just the clitics (<c>-nya -lah -kah</c>) was tried: on the gold set it broke more words (<c>abdullah</c>,
/// <c>manganya</c>) than it fixed, since words without a known root are mostly names and loans.
/// </remarks>
internal static class IndonesianFallback
{
    internal static StemResult Strip(string w) => new(w, "fallback:no-root", StemSource.Fallback);
}
