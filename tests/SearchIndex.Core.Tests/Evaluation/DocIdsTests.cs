using SearchIndex.Core.Evaluation;

namespace SearchIndex.Core.Tests.Evaluation;

public sealed class DocIdsTests
{
    private static readonly HashSet<string> Indexed = ["a.txt", "feed.jsonl#1", "feed.jsonl#a2", "feed.jsonl#b#0", "feed.jsonl#b"];

    private static Judgment Resolve(string docId) => DocIds.Resolve(DocIds.Read(docId, 1)!, Indexed.Contains);

    [Theory]
    [InlineData("a.txt", "a.txt", null)]
    [InlineData("a.txt#2", "a.txt", 2)]
    [InlineData("feed.jsonl#1", "feed.jsonl#1", null)]
    [InlineData("feed.jsonl#a2", "feed.jsonl#a2", null)]
    [InlineData("feed.jsonl#a2#0", "feed.jsonl#a2", 0)]
    [InlineData("feed.jsonl#b#0", "feed.jsonl#b#0", null)]
    [InlineData("feed.jsonl#b#1", "feed.jsonl#b", 1)]
    public void A_docid_is_the_indexed_article_it_names_else_a_paragraph_of_one(string docId, string article, int? paragraph)
    {
        var judgment = Resolve(docId);

        Assert.Equal((article, paragraph), (judgment.Article, judgment.Paragraph));
        Assert.Equal(docId, judgment.DocId);
    }

    [Theory]
    [InlineData("z.txt#3", "z.txt", 3)]
    [InlineData("feed.jsonl#9", "feed.jsonl#9", null)]
    [InlineData("feed.jsonl#zz#4", "feed.jsonl#zz", 4)]
    public void A_docid_the_index_does_not_resolve_keeps_its_reading_so_the_missing_article_is_named(string docId, string article, int? paragraph)
    {
        var judgment = Resolve(docId);

        Assert.Equal((article, paragraph), (judgment.Article, judgment.Paragraph));
    }

    /// <summary>A JSONL record id is text: <c>007</c> is not record <c>7</c>, nor paragraph 7 of anything.</summary>
    [Fact]
    public void A_record_id_with_leading_zeros_is_looked_up_as_written()
    {
        var judgment = DocIds.Resolve(DocIds.Read("feed.jsonl#a#007", 1)!, id => id == "feed.jsonl#a#007");

        Assert.Equal(("feed.jsonl#a#007", null), (judgment.Article, judgment.Paragraph));
    }

    /// <summary>
    /// A file name may hold a <c>#</c> (the indexer takes <c>x#b.txt</c> as any other article, and search lists it): the
    /// text after the <c>#</c> names a file, not a paragraph, so the judgment is of that article. It had been refused
    /// as a malformed line, whose message asked for the `article` it was.
    /// </summary>
    [Theory]
    [InlineData("x#b.txt")]
    [InlineData("x#1.txt")]
    [InlineData("dir#2/a.txt")]
    [InlineData("#b.txt")]
    public void A_file_name_holding_a_hash_is_an_article(string docId)
    {
        var judgment = DocIds.Resolve(DocIds.Read(docId, 1)!, id => id == docId);

        Assert.Equal((docId, null), (judgment.Article, judgment.Paragraph));
    }

    [Theory]
    [InlineData("a.txt#x")]
    [InlineData("#3")]
    public void A_docid_no_article_can_have_is_not_read(string docId) => Assert.Null(DocIds.Read(docId, 1));
}
