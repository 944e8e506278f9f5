using Lucene.Net.Analysis;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Search;

/// <summary>A word as the index may hold it: the stemmer keeps a capitalised word it cannot place whole, as a name.</summary>
internal static class WordForms
{
    /// <summary>The word with its first letter in upper case (<c>menaker</c> → <c>Menaker</c>).</summary>
    public static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The stemmed chain's term for each written form (a stopword has none), each once, in order.</summary>
    public static List<string> IndexTerms(Analyzer stemmed, IEnumerable<string> forms) =>
        forms.SelectMany(form => TokenReader.Terms(stemmed, form).Take(1)).Distinct(StringComparer.Ordinal).ToList();
}
