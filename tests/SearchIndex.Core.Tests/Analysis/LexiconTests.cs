using System.IO.Compression;
using System.Text;
using SearchIndex.Core.Analysis;
using Xunit.Abstractions;

namespace SearchIndex.Core.Tests.Analysis;

/// <summary>The embedded lexicon loads, and the analyzer identity follows its bytes.</summary>
public sealed class LexiconTests(ITestOutputHelper output)
{
    [Fact]
    public void Embedded_lexicon_loads_with_roots_and_names()
    {
        var lexicon = IndonesianLexicon.Default;
        output.WriteLine($"{lexicon.RootCount} roots, {lexicon.NameCount} names, loaded in {lexicon.LoadTime.TotalMilliseconds:F1} ms, hash {lexicon.Hash}");
        Assert.True(lexicon.RootCount > 30_000);
        Assert.True(lexicon.IsRoot("kata"));
        Assert.True(lexicon.IsRoot("pemilu"));  // supplement
        Assert.False(lexicon.IsRoot("belajar")); // removed by the supplement: ber- + ajar
        Assert.False(lexicon.IsRoot("ketahu"));  // removed by the supplement: di-ke-tahu-i is tahu's
        Assert.True(lexicon.IsName("jakarta"));
        Assert.True(lexicon.IsCommonWhenCapitalised("kesehatan"));
        Assert.False(lexicon.IsCommonWhenCapitalised("kemayoran"));
        Assert.Matches("^[0-9a-f]{12}$", lexicon.Hash);
    }

    [Fact]
    public void Identity_changes_when_the_lexicon_bytes_change()
    {
        var one = IndonesianLexicon.FromCompressedBytes(Gzip("r\tkata\tM\n"));
        var other = IndonesianLexicon.FromCompressedBytes(Gzip("r\tkata\tM\nr\ttulis\tM\n"));
        Assert.NotEqual(one.Hash, other.Hash);
        Assert.NotEqual(AnalysisChain.ComputeIdentity(one), AnalysisChain.ComputeIdentity(other));
        Assert.Contains(IndonesianLexicon.Default.Hash, AnalysisChain.Identity, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_lexicon_drives_the_stemmer()
    {
        var lexicon = IndonesianLexicon.FromCompressedBytes(Gzip("# test\nr\ttulis\tM,D\nn\tkediri\n"));
        var stemmer = new IndonesianStemmer(lexicon);
        Assert.Equal("tulis", stemmer.Stem("menulis").Root);
        Assert.Equal("mengatakan", stemmer.Stem("mengatakan").Root); // kata unknown here: kept, not guessed
        Assert.Equal(StemSource.Name, stemmer.StemToken("Kediri").Source);
    }

    [Fact]
    public void A_word_listed_as_common_when_capitalised_is_derived_when_capitalised()
    {
        const string lexicon = "r\ttangkap\tP,Pa\nr\tmayor\tKa\n";
        var without = new IndonesianStemmer(IndonesianLexicon.FromCompressedBytes(Gzip(lexicon)));
        var with = new IndonesianStemmer(IndonesianLexicon.FromCompressedBytes(Gzip(lexicon + "c\tpenangkapan\n")));

        Assert.Equal("penangkapan", without.StemToken("Penangkapan").Root); // not confident: kept whole, as a name
        Assert.Equal("tangkap", with.StemToken("Penangkapan").Root);
        Assert.Equal("kemayoran", with.StemToken("Kemayoran").Root);        // not listed: still a name
        Assert.Equal("tangkap", with.Stem("penangkapan").Root);              // lower case, as before
        Assert.Equal(1, IndonesianLexicon.FromCompressedBytes(Gzip(lexicon + "c\tpenangkapan\n")).CapitalisedWordCount);
        var forTitles = new IndonesianStemmer(IndonesianLexicon.FromCompressedBytes(Gzip(lexicon + "c\tpenangkapan\n")), commonWhenCapitalised: false);
        Assert.Equal("penangkapan", forTitles.StemToken("Penangkapan").Root);
    }

    [Fact]
    public void Titles_keep_capitalised_common_words_whole_where_paragraph_text_derives_them()
    {
        const string headline = "Penangkapan Bandar Narkoba";
        Assert.Equal("tangkap", TokenReaderFirst(AnalysisChain.CreateStemmedAnalyzer(), headline));
        Assert.Equal("penangkapan", TokenReaderFirst(AnalysisChain.CreateTitleAnalyzer(), headline));
        Assert.Equal("penangkapan", TokenReaderFirst(AnalysisChain.CreateAnalyzer(), headline, SearchIndex.Core.Indexing.IndexSchema.Title));
        Assert.Equal("tangkap", TokenReaderFirst(AnalysisChain.CreateAnalyzer(), headline, SearchIndex.Core.Indexing.IndexSchema.Text));
    }

    private static string TokenReaderFirst(Lucene.Net.Analysis.Analyzer analyzer, string text, string field = "f")
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        var first = term.ToString();
        stream.End();
        return first;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
