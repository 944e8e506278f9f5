namespace SearchIndex.Core.Analysis;

/// <summary>
/// The derivational prefixes of Indonesian and how each attaches to a root, after the rule tables of the
/// Enhanced Confix Stripping stemmer (Arifin et al. 2009; Asian et al. 2007; Nazief &amp; Adriani 1996).
/// </summary>
/// <remarks>
/// meN- and peN- assimilate with the first consonant of the root and swallow voiceless k, p, s, t
/// (<c>tulis → menulis</c>, <c>pukul → memukul</c>, <c>kirim → mengirim</c>, <c>sapu → menyapu</c>). Undoing that is
/// ambiguous (<c>menikah</c> is <c>me-nikah</c>, <c>menulis</c> is <c>men-tulis</c>), so each rule yields every
/// plausible root, most likely first, and the caller keeps the first one the lexicon knows.
/// </remarks>
internal static class IndonesianPrefixRules
{
    internal const string MeN = "meN-";
    internal const string PeN = "peN-";
    internal const string Per = "per-";
    internal const string Ber = "ber-";
    internal const string Ter = "ter-";
    internal const string Di = "di-";
    internal const string Ke = "ke-";
    internal const string Se = "se-";
    internal const string Tidak = "tidak-";

    /// <summary>Every (prefix, remainder) reading of <paramref name="word"/>, most likely first.</summary>
    internal static List<(string Prefix, string Remainder)> Candidates(string word)
    {
        var found = new List<(string, string)>(3);
        if (word.Length < 4)
        {
            return found;
        }

        switch (word[..2])
        {
            case "me": Nasal(word, MeN, found); break;
            case "pe": Nasal(word, PeN, found); PerPrefix(word, found); break;
            case "be": BerOrTer(word, Ber, found); break;
            case "te": BerOrTer(word, Ter, found); break;
            case "di": found.Add((Di, word[2..])); break;
            case "ke": found.Add((Ke, word[2..])); break;
            case "se": found.Add((Se, word[2..])); break;
        }

        if (word.StartsWith("tidak", StringComparison.Ordinal) && word.Length > 7)
        {
            found.Add((Tidak, word[5..]));                // ke-tidak-nyaman-an: negation inside ke-…-an
        }

        return found;
    }

    /// <summary>meN- / peN-: the nasal takes the place of, or precedes, the root's first consonant.</summary>
    private static void Nasal(string w, string label, List<(string, string)> found)
    {
        char c2 = w[2], c3 = At(w, 3), c4 = At(w, 4);
        if (c2 == 'n' && c3 == 'g')
        {
            if (IsVowel(c4))
            {
                found.Add((label, w[4..]));          // meng-ambil
                found.Add((label, "k" + w[4..]));    // meng-kirim
                if (c4 == 'e')
                {
                    found.Add((label, w[5..]));      // menge-bom: monosyllabic roots
                }
            }
            else if (c4 is 'g' or 'h' or 'q' or 'k' or 'x')
            {
                found.Add((label, w[4..]));          // meng-gali, meng-hajar, meng-kritik
            }

            found.Add((label, w[2..]));              // me-nganga
        }
        else if (c2 == 'n' && c3 == 'y' && IsVowel(c4))
        {
            found.Add((label, "s" + w[4..]));        // meny-sapu
            found.Add((label, w[2..]));              // me-nyanyi
        }
        else if (c2 == 'n')
        {
            if (IsVowel(c3))
            {
                found.Add((label, "t" + w[3..]));    // men-tulis
                found.Add((label, w[2..]));          // me-nikah
            }
            else if (c3 is 'c' or 'd' or 'j' or 'z' or 's' or 't' or 'f')
            {
                found.Add((label, w[3..]));          // men-cari, men-dengar, men-terjemahkan (unassimilated loans)
            }
        }
        else if (c2 == 'm')
        {
            if (IsVowel(c3))
            {
                found.Add((label, "p" + w[3..]));    // mem-pukul
                found.Add((label, w[2..]));          // me-makan
            }
            else if (c3 is 'b' or 'f' or 'v' or 'p')
            {
                found.Add((label, w[3..]));          // mem-baca, mem-per-...
            }
        }
        else if (label == PeN && w.StartsWith("pelajar", StringComparison.Ordinal))
        {
            found.Add((label, w[3..]));              // pel-ajar: the irregular allomorph, as bel-ajar
        }
        else if (c2 is 'l' or 'r' or 'w' or 'y')
        {
            if (label == MeN || c2 is 'w' or 'y' or 'l')
            {
                found.Add((label, w[2..]));          // me-lihat, me-rasa, pe-lari (pe-r is per-)
            }
        }
        else if (label == PeN && IsConsonant(c2) && !(c2 == 'r'))
        {
            found.Add((label, w[2..]));              // pe-kerja, pe-tani: no nasal before a consonant
        }
    }

    /// <summary>per-: <c>per-baik-i</c>, or pe- before a root that starts with r (<c>pe-rampok</c>).</summary>
    private static void PerPrefix(string w, List<(string, string)> found)
    {
        if (w[2] != 'r')
        {
            return;
        }

        found.Add((Per, w[3..]));
        if (IsVowel(At(w, 3)))
        {
            found.Add((PeN, w[2..]));
        }
    }

    /// <summary>ber- / ter-: drop the r before a root starting with r, and be-/te- before C-er- (<c>be-kerja</c>).</summary>
    private static void BerOrTer(string w, string label, List<(string, string)> found)
    {
        char c2 = w[2], c3 = At(w, 3);
        if (c2 == 'r')
        {
            found.Add((label, w[3..]));              // ber-main, ber-angkat
            if (IsVowel(c3))
            {
                found.Add((label, w[2..]));          // be-rambut (ber- + rambut)
            }
        }
        else if (IsConsonant(c2) && At(w, 3) == 'e' && At(w, 4) == 'r')
        {
            found.Add((label, w[2..]));              // be-kerja, be-serta
        }
        else if (label == Ber && w.StartsWith("belajar", StringComparison.Ordinal))
        {
            found.Add((label, w[3..]));              // bel-ajar: the one irregular allomorph
        }
    }

    private static char At(string w, int i) => i < w.Length ? w[i] : '\0';

    internal static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'e' or 'o';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}
