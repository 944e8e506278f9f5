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
        "engkau", "dia", "ia", "beliau", "mereka", "para", "sang", "si", "sebuah", "seorang", "suatu",
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
    ];

    /// <summary>The words as a case-insensitive Lucene set, for <c>StopFilter</c>.</summary>
    public static CharArraySet Set { get; } =
        new CharArraySet(AnalysisChain.MatchVersion, Words, ignoreCase: true).AsReadOnly();
}
