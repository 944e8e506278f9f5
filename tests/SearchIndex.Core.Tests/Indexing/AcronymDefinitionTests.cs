using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Tests.Indexing;

/// <summary>Finding the acronyms running text defines, by the rules of <c>tools/acronyms/mine-acronyms.py</c>.</summary>
public sealed class AcronymDefinitionTests
{
    private static (string, string)[] Pairs(string text) => [.. AcronymDefinitions.In(text).Select(d => (d.Acronym, d.LongForm))];

    [Theory]
    [InlineData("Penyidik Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.", "kpk", "komisi pemberantasan korupsi")]
    // A piece of a word each (MENteri tenAGA KERja); "ujar" before it is no part of it.
    [InlineData("Hal itu diungkapkan ujar Menteri Tenaga Kerja (Menaker) Hanif Dhakiri.", "menaker", "menteri tenaga kerja")]
    // Two pieces of one word only where no run spells it otherwise (kebAKARan); "dan" gives nothing.
    [InlineData("Kebakaran hutan dan lahan (karhutla) meluas.", "karhutla", "kebakaran hutan dan lahan")]
    // The whole name, not the shorter "Perempuan dan Anak" a two-piece reading of "Perempuan" would allow.
    [InlineData("Unit Perlindungan Perempuan dan Anak (PPA) menerima laporan.", "ppa", "perlindungan perempuan dan anak")]
    public void A_long_form_is_the_shortest_run_of_words_that_spells_the_acronym(string text, string acronym, string longForm)
    {
        Assert.Equal([(acronym, longForm)], Pairs(text));
    }

    [Theory]
    [InlineData("Banjir merendam ratusan rumah warga.")]
    [InlineData("Gedung itu terbakar (foto) kemarin.")]
    [InlineData("Harga naik (10 persen) pekan ini.")]
    [InlineData("Warga kota itu (Jakarta) mengungsi.")]
    public void Text_that_spells_no_acronym_before_its_parenthesis_defines_none(string text)
    {
        Assert.Empty(Pairs(text));
    }

    [Fact]
    public void A_word_of_one_repeated_letter_is_answered_without_trying_every_split()
    {
        // Twelve letters against seven long words of one letter: without the failed states remembered, the search
        // tries every way to cut every word, billions of them.
        var words = string.Join(' ', Enumerable.Repeat(new string('a', 40), 7));

        Assert.Empty(Pairs($"{words} (aaaaaaaaaaab) lagi."));
        Assert.Equal([("aaaaaaaaaaaa", string.Join(' ', Enumerable.Repeat(new string('a', 40), 2)))], Pairs($"{words} (aaaaaaaaaaaa) lagi."));
    }

    [Fact]
    public void A_word_longer_than_forty_letters_is_no_part_of_a_long_form()
    {
        var junk = new string('x', 33_000);

        // Before the cap, the first made a term Lucene refuses, which stopped the whole index run.
        Assert.Empty(Pairs($"Data {junk} Biru (XB) selesai."));
        Assert.Equal([("bnn", "badan narkotika nasional")], Pairs($"{junk} Badan Narkotika Nasional (BNN) menyita sabu."));
        // Seven words of 2,000 letters took the speller over a minute.
        var words = string.Join(' ', Enumerable.Repeat(new string('a', 2_000), 7));
        Assert.Empty(Pairs($"{words} (aaaaaaaaaaab) lagi."));
    }

    [Fact]
    public void Copies_of_one_text_share_a_context_and_other_texts_do_not()
    {
        // Two copies that differ only beyond the eight words before the definition: one context.
        var release = "satu dua tiga empat lima enam tujuh delapan. Menurut Badan Pengawas Obat dan Makanan (BPOM) produk itu aman.";
        var copy = AcronymDefinitions.In("Pertama " + release).Single();
        var again = AcronymDefinitions.In("Kedua " + release).Single();
        var other = AcronymDefinitions.In("Petugas Badan Pengawas Obat dan Makanan (BPOM) menyita jamu.").Single();

        Assert.Equal(copy.Term, again.Term);
        Assert.Equal((copy.Acronym, copy.LongForm), (other.Acronym, other.LongForm));
        Assert.NotEqual(copy.Context, other.Context);
        Assert.Equal(copy, AcronymDefinition.FromTerm(copy.Term));
    }
}
