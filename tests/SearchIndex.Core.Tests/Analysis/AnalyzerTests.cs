using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Tests.Analysis;

/// <summary>The stemmed and surface chains end to end, and <see cref="AnalysisChain.Explain"/>.</summary>
public sealed class AnalyzerTests
{
    [Fact]
    public void Stemmed_chain_keeps_content_words_that_lucene_dropped()
    {
        Assert.Equal(["orde", "lama"], Terms(AnalysisChain.CreateStemmedAnalyzer(), "Orde Lama"));
        Assert.NotEqual(Terms(AnalysisChain.CreateStemmedAnalyzer(), "Orde Lama"), Terms(AnalysisChain.CreateStemmedAnalyzer(), "Orde Baru"));
    }

    [Fact]
    public void Stemmed_chain_drops_function_words_and_stems_the_rest()
    {
        var terms = Terms(AnalysisChain.CreateStemmedAnalyzer(), "Presiden mengatakan bahwa KPK dan Polri menangkap menteri di Kediri");
        Assert.Equal(["presiden", "kata", "kpk", "polri", "tangkap", "menteri", "kediri"], terms);
    }

    [Theory]
    [InlineData("Diduga pelaku kabur ke hutan.", "duga laku kabur hutan")]
    [InlineData("Pencuri Motor Ditangkap di Pemalang", "curi motor tangkap pemalang")] // pe- alone keeps a name whole; Pencuri is a capitalised common word (id-morph/16)
    [InlineData("Dimas dan Diana dilantik", "dimas diana lantik")]
    public void A_capitalised_di_verb_opening_a_sentence_or_in_a_headline_is_stemmed_and_names_are_not(string text, string expected) =>
        Assert.Equal(expected.Split(' '), Terms(AnalysisChain.CreateStemmedAnalyzer(), text));

    [Theory]
    [InlineData("Apakah pajak progresif dihapus?", "pajak progresif hapus")]
    [InlineData("Siapakah pendiri Microsoft?", "diri microsoft")]
    [InlineData("Kapankah dan dimanakah gempa terjadi", "gempa jadi")]
    [InlineData("Inilah alasannya, bukankah itulah apapun adapun", "alas")]
    [InlineData("Makalah itu dibahas di RSUP Sanglah", "makalah bahas rsup sanglah")]
    [InlineData("masalah langkah sekolah", "masalah langkah sekolah")]
    // Jakarta colloquial function words and particles in quoted speech (id-morph/21); ga and dong stay: GA, the currency
    [InlineData("Nggak tahu, gimana sih, udah gitu aja kok", "tahu")]
    [InlineData("enggak banget deh, kalo gak ya nih", "ya")]
    [InlineData("pesawat GA dan dong Vietnam", "pesawat ga dong vietnam")]
    public void Stemmed_chain_drops_stopwords_written_with_a_particle_and_nothing_else(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), Terms(AnalysisChain.CreateStemmedAnalyzer(), text));
        Assert.Equal(Terms(AnalysisChain.CreateStemmedAnalyzer(), text), AnalysisChain.Explain(text).Where(t => t.StemmedTerm is not null).Select(t => t.StemmedTerm!));
    }

    [Fact]
    public void Explain_as_a_title_shows_the_title_fields_terms_where_paragraph_text_gives_roots()
    {
        // A Title Case headline keeps the lexicon's capitalised common words whole (id-morph/16): analyze --title.
        const string headline = "Penangkapan Bandar Narkoba di Kemayoran";
        Assert.Equal(Terms(AnalysisChain.CreateTitleAnalyzer(), headline), AnalysisChain.Explain(headline, asTitle: true).Where(t => t.StemmedTerm is not null).Select(t => t.StemmedTerm!));
        Assert.Equal("penangkapan", AnalysisChain.Explain(headline, asTitle: true)[0].StemmedTerm);
        Assert.Equal("tangkap", AnalysisChain.Explain(headline)[0].StemmedTerm);
    }

    [Fact]
    public void Surface_chain_keeps_every_word_lower_cased()
    {
        var terms = Terms(AnalysisChain.CreateSurfaceAnalyzer(), "Dia mengatakan yang Lama");
        Assert.Equal(["dia", "mengatakan", "yang", "lama"], terms);
    }

    [Fact]
    public void Explain_reports_both_terms_the_offsets_and_the_path()
    {
        const string text = "Menteri itu mengatakan, KPK";
        var tokens = AnalysisChain.Explain(text);
        Assert.Equal(
            [
                new ExplainedToken("Menteri", 0, 0, 7, "menteri", "menteri", "lexicon:root"),
                new ExplainedToken("itu", 1, 8, 11, "itu", null, "stopword"),
                new ExplainedToken("mengatakan", 2, 12, 22, "mengatakan", "kata", "affix:meN-+-kan"),
                new ExplainedToken("KPK", 3, 24, 27, "kpk", "kpk", "acronym"),
            ],
            tokens);
    }

    [Theory]
    [InlineData("Ma\u2019ruf Amin salat Jum\u2019at")] // typographic apostrophe, as web pages write it
    [InlineData("Ma\u2018ruf Amin salat Jum\u02BCat")]
    public void Curly_apostrophes_give_the_terms_of_the_straight_one(string curly)
    {
        const string straight = "Ma'ruf Amin salat Jum'at";

        Assert.Equal(Terms(AnalysisChain.CreateStemmedAnalyzer(), straight), Terms(AnalysisChain.CreateStemmedAnalyzer(), curly));
        Assert.Equal(Terms(AnalysisChain.CreateSurfaceAnalyzer(), straight), Terms(AnalysisChain.CreateSurfaceAnalyzer(), curly));
        Assert.Contains("maruf", Terms(AnalysisChain.CreateSurfaceAnalyzer(), curly));
        Assert.Equal(Terms(AnalysisChain.CreateSurfaceAnalyzer(), curly), AnalysisChain.Explain(curly).Select(t => t.SurfaceTerm));
        Assert.Equal("Ma" + curly[2] + "ruf", AnalysisChain.Explain(curly)[0].Surface); // shown as written
    }

    [Theory]
    [InlineData("Ma'ruf Amin salat Jum'at dan membaca Qur'an", "Maruf Amin salat Jumat dan membaca Quran")]
    [InlineData("Syafi'i dan syar'i", "Syafii dan syari")]
    [InlineData("Indonesia's McDonald's Jokowi’s", "Indonesia McDonald Jokowi")]
    [InlineData("Ma'ruf's O’Neil's D'Souza's", "Maruf ONeil DSouza")] // an 's after another apostrophe
    public void A_word_with_an_apostrophe_gives_the_terms_of_its_spelling_without(string marked, string plain)
    {
        Assert.Equal(Terms(AnalysisChain.CreateStemmedAnalyzer(), plain), Terms(AnalysisChain.CreateStemmedAnalyzer(), marked));
        Assert.Equal(Terms(AnalysisChain.CreateSurfaceAnalyzer(), plain), Terms(AnalysisChain.CreateSurfaceAnalyzer(), marked));
        Assert.Equal(Terms(AnalysisChain.CreateSurfaceAnalyzer(), marked), AnalysisChain.Explain(marked).Select(t => t.SurfaceTerm));
    }

    [Fact]
    public void A_word_of_apostrophes_alone_keeps_a_term()
    {
        // U+02BC is a modifier letter, which the tokenizer keeps as a word by itself: read without its apostrophes, it
        // had been an empty term.
        const string text = "Qur\u02BCan \u02BC dibaca \u02BC\u02BC";

        Assert.DoesNotContain("", Terms(AnalysisChain.CreateStemmedAnalyzer(), text));
        Assert.DoesNotContain("", Terms(AnalysisChain.CreateSurfaceAnalyzer(), text));
        Assert.DoesNotContain("", AnalysisChain.Explain(text).Select(t => t.SurfaceTerm));
        Assert.Contains("quran", Terms(AnalysisChain.CreateSurfaceAnalyzer(), text));
    }

    [Fact]
    public void Accented_letters_give_the_terms_of_the_plain_ones()
    {
        const string accented = "Nestl\u00e9 dan TRESemm\u00e9 di caf\u00e9 bersama Vi\u00f1ales, M\u00e1rquez dan B\u00f6lkow";
        const string plain = "Nestle dan TRESemme di cafe bersama Vinales, Marquez dan Bolkow";

        Assert.Equal(Terms(AnalysisChain.CreateStemmedAnalyzer(), plain), Terms(AnalysisChain.CreateStemmedAnalyzer(), accented));
        Assert.Equal(Terms(AnalysisChain.CreateSurfaceAnalyzer(), plain), Terms(AnalysisChain.CreateSurfaceAnalyzer(), accented));
        Assert.Equal(Terms(AnalysisChain.CreateSurfaceAnalyzer(), accented), AnalysisChain.Explain(accented).Select(t => t.SurfaceTerm));
        Assert.Equal("Nestl\u00e9", AnalysisChain.Explain(accented)[0].Surface); // shown as written
    }

    [Theory]
    [InlineData("lima tahun terakhir.Kalangan aktivis", new[] { "lima", "tahun", "terakhir.kalangan", "terakhir", "kalangan", "aktivis" })]
    [InlineData("Presiden B.J.Habibie", new[] { "presiden", "b.j.habibie", "b.j", "habibie" })]
    [InlineData("Dr.Terawan judul:banjir", new[] { "dr.terawan", "dr", "terawan", "judul", "banjir" })]
    [InlineData("detik.com TRIBUNNEWS.COM S.H. Rp1.000 10:30 b.j.habibie", new[] { "detik.com", "tribunnews.com", "s.h", "rp1.000", "rp", "1.000", "10", "30", "b.j.habibie" })]
    [InlineData("denda Rp10 juta atau USD5 ke MH370", new[] { "denda", "rp10", "rp", "10", "juta", "atau", "usd5", "usd", "5", "ke", "mh370" })] // a currency glued to its amount; no other letters before digits
    public void A_dot_before_a_capitalised_word_or_a_currency_before_an_amount_adds_the_parts_and_a_colon_between_letters_splits(string text, string[] expected)
    {
        Assert.Equal(expected, Terms(AnalysisChain.CreateSurfaceAnalyzer(), text));
        Assert.Equal(expected, AnalysisChain.Explain(text).Select(t => t.SurfaceTerm));
    }

    [Fact]
    public void Glued_parts_have_their_own_offsets_and_consecutive_positions_the_whole_word_kept_at_the_first()
    {
        const string text = "tahun terakhir.Kalangan aktivis";
        var tokens = SearchIndex.Core.Highlighting.TokenReader.Read(AnalysisChain.CreateSurfaceAnalyzer(), text);

        Assert.Equal(["tahun", "terakhir.kalangan", "terakhir", "kalangan", "aktivis"], tokens.Select(t => text[t.Range.Start..t.Range.End].ToLowerInvariant()));
        Assert.Equal([0, 1, 1, 2, 3], tokens.Select(t => t.Position));
        Assert.Equal(
            tokens.Select(t => (t.Position, t.Range.Start, t.Range.End)),
            AnalysisChain.Explain(text).Select(t => (t.Position, t.StartOffset, t.EndOffset)));
    }

    [Fact]
    public void Explain_agrees_with_the_analyzers()
    {
        const string text = "Sebelumnya, para pelajar di Pekanbaru berlari-lari dan bernyanyi bersama Megawati.Kalangan B.J.Habibie.";
        var explained = AnalysisChain.Explain(text);
        Assert.Equal(Terms(AnalysisChain.CreateSurfaceAnalyzer(), text), explained.Select(t => t.SurfaceTerm));
        Assert.Equal(Terms(AnalysisChain.CreateStemmedAnalyzer(), text), explained.Where(t => t.StemmedTerm is not null).Select(t => t.StemmedTerm!));
    }

    [Fact]
    public void Identity_names_the_chain_version_and_the_lexicon_hash()
    {
        Assert.Equal($"{AnalysisChain.ChainVersion}+lex:{IndonesianLexicon.Default.Hash}", AnalysisChain.Identity);
        Assert.Matches("^id-morph/[0-9]+\\+lex:[0-9a-f]{12}$", AnalysisChain.Identity);
    }

    internal static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
