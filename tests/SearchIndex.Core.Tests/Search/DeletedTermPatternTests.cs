using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// An update leaves its replaced paragraphs in their segments, and their words in the terms dictionary, until a merge
/// drops them. A pattern (<c>kqx*</c>, <c>kqxbbb~2</c>) must reach only the words of the paragraphs the index holds
/// now, or it scores, matches and notes otherwise than on a fresh build of the same corpus.
/// </summary>
public sealed class DeletedTermPatternTests : IDisposable
{
    private const string Letters = "bcdfgprstvwz";

    private readonly TempFolder _folder = new();

    public DeletedTermPatternTests()
    {
        // 1,040 words of one prefix: the first 40 (kqxbbb, kqxbbc, ...) only in an article the update corrects.
        var words = (from a in Letters from b in Letters from c in Letters select $"kqx{a}{b}{c}").Take(1040).ToList();
        var live = string.Join('\n', words.Skip(40).Chunk(50).Select(chunk => string.Join(' ', chunk)));
        _folder.Write("corpus/daftar.txt", "Daftar kata\n" + live + "\n");
        _folder.Write("corpus/koreksi.txt", "Kata lama\n" + string.Join(' ', words.Take(40)) + "\nBanjir melanda desa.\n");
        _folder.Write("corpus/banjir.txt", "Banjir di Solo\nBanjir melanda kota dan warga mengungsi.\n");
        Build("corpus", "index");
        DeletedArticleTests.MergeIntoOneSegment(_folder.Combine("index")); // the corrected article shares its segment with the others
        _folder.Write("corpus/koreksi.txt", "Kata lama\nBanjir melanda desa.\n");
        Build("corpus", "index");
        foreach (var file in System.IO.Directory.GetFiles(_folder.Combine("corpus")))
        {
            _folder.Write("fresh/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        Build("fresh", "fresh-index");
        using var directory = FSDirectory.Open(_folder.Combine("index"));
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.HasDeletions, "the test needs the corrected paragraphs still in their segment");
    }

    [Theory]
    [InlineData("kqx*")] // 1,000 words held, under the 1,024 scored one by one; 1,040 with the corrected ones
    [InlineData("kqxbbb~2")] // the 50 closest words held, not the corrected ones
    [InlineData("kqxb*")]
    [InlineData("kqxb?b")]
    public void A_pattern_ranks_and_notes_as_on_a_fresh_build(string query)
    {
        var options = new SearchOptions(Syntax: QuerySyntax.Lucene, Top: 30);
        using var updated = IndexSearchSession.Open(_folder.Combine("index"));
        using var fresh = IndexSearchSession.Open(_folder.Combine("fresh-index"));

        var (ours, theirs) = (updated.Search(query, options), fresh.Search(query, options));

        Assert.Equal(theirs.Total, ours.Total);
        Assert.Equal(theirs.MissingWords, ours.MissingWords);
        Assert.Equal(theirs.Hits.Select(h => (h.Article, h.Paragraph)), ours.Hits.Select(h => (h.Article, h.Paragraph)));
        Assert.Equal(theirs.Hits.Select(h => h.Score), ours.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) <= 1e-5f * Math.Max(a, b));
    }

    private void Build(string corpus, string index) =>
        new IndexBuilder(new IndexRequest([_folder.Combine(corpus)], _folder.Combine(index))).Run();

    public void Dispose() => _folder.Dispose();
}
