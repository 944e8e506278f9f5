using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// Each strict-syntax pattern (wildcard, prefix, /regular expression/, ~fuzzy word, range) reads the index's terms and
/// may expand to a thousand scored ones. Groups pass Lucene's 1,024-clause limit, so a query of thousands of them
/// ran on: 500 copies of <c>ab*</c> took 20 s and 700 MB over the shared corpus, 3,000 /regular expressions/ in three
/// groups 106 s and 2.6 GB, and more ran out of memory.
/// </summary>
public sealed class PatternCountTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private static readonly SearchOptions Strict = new() { Syntax = QuerySyntax.Lucene };

    [Fact]
    public void A_strict_query_of_more_patterns_than_the_limit_is_a_syntax_error()
    {
        var query = string.Join(' ', Enumerable.Range(0, 3).Select(_ => "(" + string.Join(' ', Enumerable.Repeat("pu*", 30)) + ")"));

        var error = Assert.Throws<SearchIndexException>(() => index.Session.Search(query, Strict));

        Assert.Equal(ErrorKind.QuerySyntax, error.Kind);
        Assert.EndsWith("search with fewer (--syntax lucene)", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("query syntax error: a query holds at most 64 patterns (wildcards, prefixes, /regular expressions/, ~fuzzy words, ranges), not 90 as '(pu* pu*", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strict_query_of_as_many_patterns_as_the_limit_runs()
    {
        var query = string.Join(' ', Enumerable.Repeat("pu*", 32).Concat(Enumerable.Repeat("putin~1", 32)));

        Assert.True(index.Session.Search(query, Strict).Total > 0);
    }
}
