using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>A query word that a count or a list by date finds by a root far commoner than the word itself.</summary>
/// <param name="Typed">The word as typed (lower-cased).</param>
/// <param name="Root">Its root, which every word of the root matches.</param>
/// <param name="RootParagraphs">Live paragraphs holding a word of the root.</param>
/// <param name="WordParagraphs">Live paragraphs holding the word as typed.</param>
public sealed record WidelyRootedWord(string Typed, string Root, int RootParagraphs, int WordParagraphs);

/// <summary>
/// Finds the query words whose root reaches many times the paragraphs the word does: <c>pengadaan</c> (procurement,
/// 357 paragraphs of the shared corpus) is matched by its root <c>ada</c>, as every <c>ada</c>, <c>adanya</c>,
/// <c>keberadaan</c> is (9,295). A ranked list puts the word as typed first, but a count or a list by date has no
/// order to hide the others in, and a researcher would read the root's count as the word's.
/// </summary>
internal static class RootReach
{
    /// <summary>How many times the word's paragraphs its root must reach to be named. Default 3.</summary>
    public const int MinRatio = 3;

    /// <summary>How many more paragraphs than the word its root must reach to be named: a few extra are no trend. Default 50.</summary>
    public const int MinExtra = 50;

    public static IReadOnlyList<WidelyRootedWord> Of(IndexSearcher searcher, IEnumerable<QueryWord> words)
    {
        var found = new List<WidelyRootedWord>();
        foreach (var word in words.DistinctBy(w => w.Word, StringComparer.Ordinal))
        {
            if (word.Stem == word.Word)
            {
                continue;
            }

            var root = Count(searcher, new Term(IndexSchema.Text, word.Stem));
            var typed = Count(searcher, new Term(IndexSchema.TextExact, word.Word));
            if (root >= MinRatio * typed && root - typed >= MinExtra)
            {
                found.Add(new WidelyRootedWord(word.Typed, word.Stem, root, typed));
            }
        }

        return found;
    }

    private static int Count(IndexSearcher searcher, Term term)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(new TermQuery(term), collector);
        return collector.TotalHits;
    }
}
