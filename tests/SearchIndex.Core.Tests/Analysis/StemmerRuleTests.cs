using SearchIndex.Core.Analysis;

namespace SearchIndex.Core.Tests.Analysis;

/// <summary>One case per rule and per known failure of Lucene's rule stemmer (issue 4).</summary>
public sealed class StemmerRuleTests
{
    private static readonly IndonesianStemmer Stemmer = new(IndonesianLexicon.Default);

    [Theory]
    // meN- with its assimilations, and the confixes
    [InlineData("mengatakan", "kata")]
    [InlineData("menangkap", "tangkap")]
    [InlineData("menegaskan", "tegas")]
    [InlineData("memukul", "pukul")]
    [InlineData("menulis", "tulis")]
    [InlineData("mengirim", "kirim")]
    [InlineData("menyapu", "sapu")]
    [InlineData("memperbaiki", "baik")]
    // two licensed readings: the root the dictionary gives more affixes wins (mohon over pohon, ragam over agam)
    [InlineData("memohon", "mohon")]
    [InlineData("beragam", "ragam")]
    [InlineData("mengacau", "kacau")]
    // di-, diper-, ber-, ter-, ke-…-an, per-…-an, peN-…-an, keber-…-an
    [InlineData("dikatakan", "kata")]
    [InlineData("ditangkap", "tangkap")]
    [InlineData("diperbaiki", "baik")]
    [InlineData("bertemu", "temu")]
    [InlineData("tertangkap", "tangkap")]
    [InlineData("kebersihan", "bersih")]
    [InlineData("perbaikan", "baik")]
    [InlineData("pendidikan", "didik")]
    [InlineData("pengembangan", "kembang")]
    [InlineData("keberhasilan", "hasil")]
    [InlineData("penyanyi", "nyanyi")]
    // ke-…-i / ke-…-kan verb bases under di- and meN-: the whole tahu family shares one root (id-morph/12)
    [InlineData("diketahui", "tahu")]
    [InlineData("ketahui", "tahu")]
    [InlineData("ketahuan", "tahu")]
    [InlineData("mengetahui", "tahu")]
    [InlineData("pengetahuan", "tahu")]
    [InlineData("dikemukakan", "muka")]
    [InlineData("dikesampingkan", "samping")]
    [InlineData("dikehendaki", "hendak")]
    // bare ke- without a suffix stays lexicalised
    [InlineData("kelima", "kelima")]
    // a word hunspell derives with bare ke- (ordinals, kekasih) is whole, and clitics come off it (id-morph/13)
    [InlineData("kedelapan", "kedelapan")]
    [InlineData("keduanya", "kedua")]
    [InlineData("ketiganya", "ketiga")]
    [InlineData("kekasihnya", "kekasih")]
    [InlineData("kekasihku", "kekasih")]
    // the irregular bel-/pel- allomorph
    [InlineData("belajar", "ajar")]
    [InlineData("mempelajari", "ajar")]
    // particles and possessives
    [InlineData("pergilah", "pergi")]
    [InlineData("rumahnya", "rumah")]
    [InlineData("bukuku", "buku")]
    [InlineData("mobilmu", "mobil")]
    [InlineData("makanan", "makan")]
    // reduplication
    [InlineData("anak-anak", "anak")]
    [InlineData("berlari-lari", "lari")]
    // roots the lexicon lists are not over-stemmed
    [InlineData("diktator", "diktator")]
    [InlineData("menteri", "menteri")]
    [InlineData("masalah", "masalah")]
    [InlineData("beruang", "beruang")]
    [InlineData("pemilu", "pemilu")]
    [InlineData("kinerja", "kinerja")]
    // unknown words are kept rather than guessed at, and no guess ends on a short affixless root (mar, ase, rit)
    [InlineData("kerjasama", "kerjasama")]
    [InlineData("podcast", "podcast")]
    [InlineData("semar", "semar")]
    [InlineData("asean", "asean")]
    [InlineData("merit", "merit")]
    // loans and variant spellings the supplement adds from corpus evidence
    [InlineData("merespon", "respon")]
    [InlineData("rincian", "rinci")]
    [InlineData("memposting", "posting")]
    [InlineData("postingannya", "posting")]
    [InlineData("berakting", "akting")]
    [InlineData("karakternya", "karakter")]
    [InlineData("bernafas", "nafas")]
    // -kan written with one k after a root ending in k, read as spelled out (id-morph/18)
    [InlineData("menunjukan", "tunjuk")]
    [InlineData("memasukan", "masuk")]
    [InlineData("menggerakan", "gerak")]
    [InlineData("diperuntukan", "untuk")]
    [InlineData("menunjukkan", "tunjuk")]
    [InlineData("mengalahkan", "kalah")] // a root not ending in k keeps its own reading
    // ber- never stacks on ter- (berteriak is not ber-ter- + riak); no guessed ke- on a three-letter root
    [InlineData("berteriak", "teriak")]
    [InlineData("kedepan", "kedepan")]
    // from the supplement (twenty-first session): roots hunspell lacks, stems and affix classes that stole a commoner root's words
    [InlineData("lantaran", "lantaran")]
    [InlineData("terlantar", "lantar")]
    [InlineData("politisi", "politisi")]
    [InlineData("difabel", "difabel")]
    [InlineData("sebelas", "sebelas")]
    [InlineData("mengecek", "cek")]
    [InlineData("agensi", "agensi")]
    [InlineData("kesiapan", "siap")]
    [InlineData("mengusut", "usut")]
    [InlineData("menguras", "kuras")]
    [InlineData("berawan", "awan")]
    // spellings in use that the search joins to the standard one are roots, so their derived forms reduce
    [InlineData("berhutang", "hutang")]
    [InlineData("perijinan", "ijin")]
    [InlineData("penasehat", "nasehat")]
    [InlineData("dishalatkan", "shalat")]
    // the proclitics ku- and kau- stand where di- would (id-morph/19)
    [InlineData("kupikir", "pikir")]
    [InlineData("kulakukan", "laku")]
    [InlineData("kauhajar", "hajar")]
    [InlineData("kurasakan", "rasa")]
    [InlineData("kurasi", "kurasi")]
    [InlineData("kurangi", "kurang")]
    [InlineData("kumpulkan", "kumpul")]
    // verbs written without their prefix's first layer (id-morph/21): colloquial bare nasals and bare per-
    [InlineData("nonton", "tonton")]
    [InlineData("ngomong", "omong")]
    [InlineData("nangis", "tangis")]
    [InlineData("ngobrol", "obrol")]
    [InlineData("mikir", "pikir")]
    [InlineData("nyebut", "sebut")]
    [InlineData("nontonnya", "tonton")]
    [InlineData("ngerti", "mengerti")]     // its standard form is a listed word, so the two meet there
    [InlineData("perkuat", "kuat")]
    [InlineData("perpanjang", "panjang")]
    [InlineData("percepat", "cepat")]
    [InlineData("merinci", "rinci")]       // not me- + merinci, which reads as meN- + perinci
    [InlineData("mertuanya", "mertua")]    // not me- + mertua (tua)
    [InlineData("matik", "matik")]         // a word of its own, not patik
    [InlineData("ngakak", "ngakak")]       // not kakak
    [InlineData("nampaknya", "nampak")]    // a listed word plus a suffix keeps its root, as nampak does
    [InlineData("nama", "nama")]           // a root is never reread
    [InlineData("perlu", "perlu")]
    // KBBI roots hunspell lacks (thirty-first session)
    [InlineData("asupan", "asup")]
    [InlineData("didapuk", "dapuk")]
    [InlineData("melesat", "lesat")]
    [InlineData("merangsek", "rangsek")]
    public void Stems_word_to_root(string word, string root) => Assert.Equal(root, Stemmer.Stem(word).Root);

    [Theory]
    [InlineData("KPK", "kpk", StemSource.Acronym)]
    [InlineData("DPR", "dpr", StemSource.Acronym)]
    [InlineData("TNI", "tni", StemSource.Acronym)]
    [InlineData("Kediri", "kediri", StemSource.Name)]
    [InlineData("Megawati", "megawati", StemSource.Name)]
    [InlineData("Pekanbaru", "pekanbaru", StemSource.Name)]
    [InlineData("Dimas", "dimas", StemSource.Name)]
    [InlineData("Berdasarkan", "dasar", StemSource.Derived)]
    [InlineData("Dikatakan", "kata", StemSource.Derived)]
    [InlineData("Diduga", "duga", StemSource.Derived)]    // bare di-, licensed: a sentence opener, not a name
    [InlineData("Ditangkap", "tangkap", StemSource.Derived)]
    [InlineData("Diketahui", "tahu", StemSource.Derived)]  // di-ke-…-i, licensed by tahu's ke-…-i flag
    [InlineData("Keduanya", "kedua", StemSource.Derived)]  // a sentence opener: kedua + -nya
    [InlineData("Kedelapan", "kedelapan", StemSource.Name)]
    [InlineData("Diana", "diana", StemSource.Name)]
    [InlineData("Menteri", "menteri", StemSource.Lexicon)]
    [InlineData("Nonton", "nonton", StemSource.Name)]        // a verb read without its prefix is not sure enough for a capitalised word
    [InlineData("Nunukan", "nunukan", StemSource.Name)]
    // a Title Case noun with -nya, which the dictionary's flags do not license; a short root stays a name
    [InlineData("Spesifikasinya", "spesifikasi", StemSource.Derived)]
    [InlineData("Faktanya", "fakta", StemSource.Derived)]
    [InlineData("Sonya", "sonya", StemSource.Name)]
    [InlineData("2024", "2024", StemSource.Unchanged)]
    // derived words news writes in lower case too: common words when capitalised (the lexicon's c list)
    [InlineData("Penangkapan", "tangkap", StemSource.Derived)]
    [InlineData("Kesehatan", "sehat", StemSource.Derived)]
    [InlineData("Kementerian", "menteri", StemSource.Derived)]
    // listed since the list asks the stemmer how it reads each word capitalised (lexicon 1b7455e3a39e): a guessed
    // reading, or licensed affixes that do not open the word, were left out before and the word kept whole
    [InlineData("Berakhir", "akhir", StemSource.Derived)]    // ber- + akhir, a guess: hunspell's flags omit it
    [InlineData("Dilansir", "lansir", StemSource.Derived)]   // "Dilansir dari …" opens 621 sentences of the shared corpus
    [InlineData("Keberadaan", "ada", StemSource.Derived)]    // ke-ber-…-an: licensed, but ke- opens it
    [InlineData("Keabadian", "abadi", StemSource.Derived)]
    [InlineData("Kemayoran", "kemayoran", StemSource.Name)]  // a Jakarta district the news never writes in lower case
    [InlineData("Perjuangan", "perjuangan", StemSource.Name)] // mostly inside one name (PDI Perjuangan): not listed
    [InlineData("Pangkalan", "pangkalan", StemSource.Name)]   // Pangkalan Bun
    [InlineData("Kurniawan", "kurniawan", StemSource.Name)]   // no proclitic reading for a capitalised word
    public void Stems_token_using_its_case(string token, string root, StemSource source)
    {
        var result = Stemmer.StemToken(token);
        Assert.Equal(root, result.Root);
        Assert.Equal(source, result.Source);
    }

    [Fact]
    public void Reports_the_rule_path()
    {
        Assert.Equal("affix:meN-+-kan", Stemmer.Stem("mengatakan").Path);
        Assert.Equal("lexicon:root", Stemmer.Stem("menteri").Path);
        Assert.Equal("fallback:no-root", Stemmer.Stem("podcast").Path);
        Assert.Equal("acronym", Stemmer.StemToken("KPK").Path);
        Assert.Equal("name:capitalized", Stemmer.StemToken("Kediri").Path);
        Assert.Equal("capitalized-common+affix:peN-+-an", Stemmer.StemToken("Penangkapan").Path);
    }

    [Theory]
    [InlineData("bekasi", true)]      // bekas + -i: hunspell's flags do not license it
    [InlineData("mengatakan", false)] // meN- + kata + -kan, licensed
    [InlineData("menteri", false)]    // a root
    [InlineData("Bekasi", false)]     // capitalised: kept whole as a name
    public void Says_when_a_root_is_only_a_guess(string token, bool guessed) =>
        Assert.Equal(guessed, Stemmer.StemToken(token).Guessed);

    [Fact]
    public void Keeps_a_hyphenated_word_longer_than_any_token_whole()
    {
        // Each hyphen read the rest of the word again, copying it: a 300,000-character line of --words ("ab-ab-…")
        // took 21 GB and 76 s, then overflowed the stack and killed the process.
        var chain = string.Join('-', Enumerable.Repeat("ab", 100_000));
        var result = Stemmer.Stem(chain);
        Assert.Equal(chain, result.Root);
        Assert.Equal("compound:kept", result.Path);
        // Up to the longest token the tokenizer gives (255 characters), the halves are still read.
        Assert.Equal("ab", Stemmer.Stem(string.Join('-', Enumerable.Repeat("ab", 85))).Root);
        Assert.Equal("compound:kept", Stemmer.Stem(string.Join('-', Enumerable.Repeat("ab", 86))).Path);
    }
}
