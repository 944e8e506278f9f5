using Lucene.Net.Analysis.Util;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// The function words the stemmed chain drops: conjunctions, prepositions, pronouns, articles, question words,
/// auxiliaries and degree adverbs. Content words stay even when they are frequent.
/// </summary>
/// <remarks>
/// Lucene's Indonesian stop set (from Tala's thesis) also drops content words such as <c>lama</c> (old, long),
/// <c>baru</c> (new), <c>jadi</c> (become), <c>tahun</c> and <c>hari</c>, so "Orde Lama" matched "Orde Baru" and
/// "tahun lalu" lost its noun. This list keeps every word that can carry topic on its own; the surface chain keeps
/// every word anyway, so phrase queries never lose a stopword. Matched case-insensitively, before stemming, so a
/// content word whose root happens to be a function word (<c>memadai</c>, root <c>pada</c>) is not dropped.
/// See docs/analysis.md.
/// </remarks>
public static class IndonesianStopwords
{
    /// <summary>The words, lower-case.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        // conjunctions and complementisers
        "dan", "atau", "serta", "tetapi", "tapi", "namun", "melainkan", "sedangkan", "padahal", "maupun", "bahwa",
        "karena", "sebab", "sehingga", "agar", "supaya", "jika", "kalau", "bila", "apabila", "jikalau", "meski",
        "meskipun", "walaupun", "walau", "ketika", "sewaktu", "sementara", "selagi", "hingga", "sejak", "setelah",
        "sesudah", "sebelum", "selama", "yaitu", "yakni", "maka", "lalu", "kemudian", "pun", "bahkan",
        // prepositions
        "di", "ke", "dari", "pada", "kepada", "daripada", "dalam", "dengan", "untuk", "bagi", "oleh", "tentang",
        "terhadap", "antara", "tanpa", "seperti", "sebagai", "per", "via", "atas", "demi",
        // pronouns, demonstratives, articles and classifiers
        "yang", "ini", "itu", "tersebut", "sini", "situ", "sana", "saya", "aku", "kami", "kita", "anda", "kamu",
        "engkau", "dia", "ia", "beliau", "mereka", "kalian", "para", "sang", "si", "sebuah", "seorang", "suatu",
        // question words
        "apa", "siapa", "mana", "bagaimana", "mengapa", "kenapa", "kapan", "dimana", "kemana",
        // copulas, auxiliaries, negation, aspect
        "adalah", "ialah", "merupakan", "ada", "tidak", "tak", "bukan", "belum", "sudah", "telah", "sedang",
        "masih", "pernah", "akan",
        // particles and degree adverbs
        "juga", "saja", "hanya", "pula", "lagi", "sangat", "amat", "paling", "lebih", "begitu",
        "demikian", "nya", "lah", "kah",
        // common abbreviations of the above in news text
        "yg", "dgn", "utk", "tsb", "dll", "dsb",
        // Jakarta colloquial forms of the above and its discourse particles, frequent in quoted speech (about 11,000
        // tokens of the shared corpus): enggak/nggak/gak = tidak, aja = saja, udah = sudah, gitu = begitu,
        // kalo = kalau, gimana = bagaimana, banget = sangat. Not ga (GA, Garuda) or dong (the currency, names).
        "enggak", "nggak", "ngga", "gak", "aja", "udah", "gitu", "kalo", "gimana", "banget",
        "sih", "deh", "nih", "tuh", "lho", "loh", "kok",
    ];

    /// <summary>The words as a case-insensitive Lucene set.</summary>
    public static CharArraySet Set { get; } =
        new CharArraySet(AnalysisChain.MatchVersion, Words, ignoreCase: true).AsReadOnly();

    /// <summary>
    /// The emphatic and question particles written onto a word: <c>-kah</c> (<c>siapakah</c>), <c>-lah</c>
    /// (<c>inilah</c>), <c>-tah</c> (<c>apatah</c>) and <c>-pun</c> (<c>apapun</c>).
    /// </summary>
    private static readonly string[] Particles = ["kah", "lah", "tah", "pun"];

    /// <summary>Content words that only look like a stopword plus a particle: <c>makalah</c> (paper), <c>Sanglah</c> (Bali).</summary>
    private static readonly CharArraySet NotParticleForms =
        new CharArraySet(AnalysisChain.MatchVersion, ["makalah", "sanglah"], ignoreCase: true).AsReadOnly();

    /// <summary>
    /// A stopword as written, case-insensitively: one of <see cref="Words"/>, or one of them with a particle
    /// attached. Questions open with <c>Apakah</c>, <c>Siapakah</c>, <c>Berapakah</c>; without the particle rule the
    /// first was a content word (the lexicon lists it) and the capitalised second was kept whole as a name, so a
    /// paragraph quoting a question outranked the one answering it. Only a stopword plus a particle is dropped:
    /// <c>masalah</c> (masa + lah) and <c>langkah</c> stay, because <c>masa</c> and <c>lang</c> are not stopwords.
    /// </summary>
    public static bool Contains(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (Set.Contains(token))
        {
            return true;
        }

        if (NotParticleForms.Contains(token))
        {
            return false;
        }

        foreach (var particle in Particles)
        {
            if (token.Length > particle.Length + 1 && token.EndsWith(particle, StringComparison.OrdinalIgnoreCase)
                && Set.Contains(token[..^particle.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
