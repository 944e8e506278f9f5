using static SearchIndex.Core.Analysis.IndonesianPrefixRules;

namespace SearchIndex.Core.Analysis;

/// <summary>
/// A lexicon-backed Indonesian stemmer in the confix-stripping style (Nazief &amp; Adriani; ECS): strip suffixes and
/// prefixes one layer at a time, check the root lexicon after every step, and give up rather than guess when no
/// reading reaches a known root.
/// </summary>
/// <remarks>
/// Layers, outermost first: particle (<c>-lah -kah -tah -pun</c>), possessive (<c>-ku -mu -nya</c>), derivational
/// suffix (<c>-kan -an -i</c>), then up to <see cref="MaxPrefixes"/> prefixes (<c>meN- peN- per- ber- ter- di- ke-
/// se-</c>, so also <c>memper- diper- keber-</c>). A word the lexicon lists is a root and is returned as is: the
/// lexicon settles <c>beruang</c>, <c>menteri</c>, <c>masalah</c>. Thread-safe: it holds no mutable state.
/// </remarks>
public sealed class IndonesianStemmer
{
    /// <summary>Words shorter than this (default 3) are returned as written.</summary>
    public const int MinWordLength = 3;

    /// <summary>A root candidate shorter than this (default 3) is never accepted: two-letter "roots" are mostly noise (te, ro).</summary>
    public const int MinRootLength = 3;

    /// <summary>At most this many prefixes (default 3) are stripped: <c>di-per-ke-</c> is the deepest real stack.</summary>
    public const int MaxPrefixes = 3;

    /// <summary>
    /// Shortest root (default 4) a capitalised word may keep after <c>-nya</c> when no dictionary flag licenses it:
    /// <c>Faktanya</c> yes, <c>Sonya</c> no. See <see cref="StemToken"/>.
    /// </summary>
    public const int MinRootBeforeNya = 4;

    /// <summary>
    /// Longest hyphenated word whose halves are read (255, the tokenizer's longest token); a longer one is kept whole.
    /// </summary>
    public const int MaxHyphenatedLength = 255;

    private readonly IndonesianLexicon _lexicon;
    private readonly bool _commonWhenCapitalised;

    /// <summary>
    /// A stemmer that checks its candidates against <paramref name="lexicon"/>; without
    /// <paramref name="commonWhenCapitalised"/> it keeps the lexicon's capitalised common words whole too, as for titles
    /// (<see cref="AnalysisChain.CreateTitleAnalyzer"/>).
    /// </summary>
    public IndonesianStemmer(IndonesianLexicon lexicon, bool commonWhenCapitalised = true)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _commonWhenCapitalised = commonWhenCapitalised;
    }

    /// <summary>The lexicon this stemmer checks against.</summary>
    public IndonesianLexicon Lexicon => _lexicon;

    /// <summary>Reduces one word (any case) to its lower-case root; case is not used as a signal here.</summary>
    public StemResult Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (w.Length < MinWordLength)
        {
            return new StemResult(w, "short", StemSource.Unchanged);
        }

        // Before the lexicon: hunspell lists reduplications (abu-abu, rata-rata) that the gold reduces to one half.
        if (w.Contains('-'))
        {
            return StemHyphenated(w);
        }

        if (_lexicon.IsRoot(w))
        {
            return new StemResult(w, "lexicon:root", StemSource.Lexicon);
        }

        if (IsKeWord(w))
        {
            return new StemResult(w, "lexicon:ke-word", StemSource.Lexicon);
        }

        // A word with no sure reading of its own may be a spelling the rules do not take as written.
        var derived = Derive(w);
        // A guess that only reads a suffix off a listed word keeps its root (nampaknya: nampak, as nampak itself).
        var reread = derived is null or { Guessed: true }
            ? ReadWithKanSpelledOut(w) ?? ReadAsPassive(w)
                ?? (derived is not null && w.StartsWith(derived.Root, StringComparison.Ordinal) ? null : ReadWithPrefixRestored(w))
            : null;
        return reread ?? derived ?? IndonesianFallback.Strip(w);
    }

    /// <summary>The licensed reading of <paramref name="w"/> with its <c>-kan</c> spelled out (<see cref="WithKanSpelledOut"/>), or null.</summary>
    private StemResult? ReadWithKanSpelledOut(string w) =>
        WithKanSpelledOut(w) is { } spelled && Derive(spelled) is { Guessed: false } licensed
            ? licensed with { Path = licensed.Path + "+kk" }
            : null;

    /// <summary>
    /// The reading of a proclitic verb as its di- form (<see cref="AsPassive"/>): a licensed di- reading, or a guessed
    /// one on a root the lexicon gives affixes; null otherwise.
    /// </summary>
    private StemResult? ReadAsPassive(string w)
    {
        if (AsPassive(w) is not { } passive || Derive(passive) is not { } agent)
        {
            return null;
        }

        var taken = agent.Path.StartsWith("affix:di-", StringComparison.Ordinal)
            || (agent.Path.StartsWith("affix?:di-", StringComparison.Ordinal) && _lexicon.IsProductive(agent.Root));
        return taken ? agent with { Path = $"proclitic:{w[..(w.Length - passive.Length + 2)]}-+{agent.Path}" } : null;
    }

    /// <summary>
    /// A verb with the proclitic <c>ku-</c> (I) or <c>kau-</c> (you) in place of <c>di-</c> (<c>kupikir</c>,
    /// <c>kulakukan</c>, <c>kauhajar</c>; 269 tokens of the shared corpus, left whole before): the same verb base the
    /// passive <c>di-</c> takes, so it is read as <c>dipikir</c>, <c>dilakukan</c>, <c>dihajar</c> are. Only when the
    /// word has no reading of its own, and only a di- reading that is licensed or ends on a root the lexicon gives
    /// affixes: a guess on a flagless root would read loans and names (<c>kurasi</c>, curation, is listed as a root).
    /// A capitalised word read so is not confident (<see cref="IsConfident"/>): <c>Kurniawan</c> stays a name.
    /// </summary>
    private static string? AsPassive(string w) =>
        w.StartsWith("kau", StringComparison.Ordinal) && w.Length >= 3 + MinRootLength + 1 ? "di" + w[3..]
        : w.StartsWith("ku", StringComparison.Ordinal) && w.Length >= 2 + MinRootLength + 1 ? "di" + w[2..]
        : null;

    /// <summary>
    /// The licensed reading of a verb written without the prefix its standard form has (<see cref="WithPrefixRestored"/>),
    /// or null: only a reading through the restored prefix is taken (<c>nama</c> or <c>perlu</c>, roots, never get here),
    /// or the restored form itself when the lexicon lists it (<c>ngerti</c>: <c>mengerti</c>). It is marked
    /// <see cref="StemResult.Guessed"/>: a reading of a form the rules do not license, which a name written in lower
    /// case can take too (<c>nunukan</c>, <c>nengah</c>), so a query also asks for the word held whole, as a Title Case
    /// headline's <c>Ngamen</c> or <c>Perkuat</c> is, and takes it as a name where the index holds it mostly so.
    /// </summary>
    private StemResult? ReadWithPrefixRestored(string w)
    {
        if (WithPrefixRestored(w) is not { } full)
        {
            return null;
        }

        var restored = full[..(full.Length - w.Length)];
        if (_lexicon.IsRoot(full))
        {
            return new StemResult(full, $"restored:{restored}-+lexicon:root", StemSource.Lexicon) { Guessed = true };
        }

        if (Derive(full) is not { Guessed: false } agent)
        {
            return null;
        }

        var through = restored == "mem" ? $"affix:{MeN}+{Per}" : $"affix:{MeN}";
        return agent.Path.StartsWith(through, StringComparison.Ordinal)
            ? agent with { Path = $"restored:{restored}-+{agent.Path}", Guessed = true }
            : null;
    }

    /// <summary>
    /// Words of their own that only look like a verb without its prefix (with their tokens in the shared corpus):
    /// <c>matik</c> (an automatic motorbike, 51; not <c>patik</c>), <c>ngakak</c> (to guffaw, 75; not <c>kakak</c>),
    /// <c>minang</c> (not <c>pinang</c>), <c>marun</c> (maroon), <c>mantul</c> (slang), <c>ngasi</c> (not <c>asi</c>),
    /// <c>perpres</c> and <c>persela</c> (an acronym and a club, in lower case), and <c>perundang</c>, the first half of
    /// <c>perundang-undangan</c> split at its hyphen (<c>memperundang</c> is no word; the gold list keeps it whole).
    /// </summary>
    private static readonly HashSet<string> NotBareVerbs =
        ["matik", "matiknya", "ngakak", "ngakaknya", "minang", "marun", "mantul", "ngasi", "perpres", "persela", "perundang"];

    /// <summary>
    /// Two kinds of verb that news text writes without the first layer of their prefix:
    /// <list type="bullet">
    /// <item>Jakarta colloquial verbs in quotes, with the bare nasal of <c>meN-</c> (<c>nonton</c>, <c>ngomong</c>,
    /// <c>nangis</c>, <c>ngobrol</c>, <c>mukul</c>): read as <c>menonton</c>, <c>mengomong</c>, <c>menangis</c>;</item>
    /// <item>the bare <c>per-</c> causative of headlines and imperatives (<c>Perkuat</c>, <c>percepat</c>,
    /// <c>perpanjang</c>), which the morphotactics only allow after <c>meN-</c> or <c>di-</c>: read as
    /// <c>memperkuat</c>.</item>
    /// </list>
    /// They were kept whole (id-morph/20), so <c>menonton</c> or <c>diperpanjang</c> missed them (about 2,000 tokens
    /// of the shared corpus; docs/analysis.md).
    /// </summary>
    private static string? WithPrefixRestored(string w)
    {
        if (w.Length < MinRootLength + 2 || NotBareVerbs.Contains(w))
        {
            return null;
        }

        if (w.StartsWith("per", StringComparison.Ordinal))
        {
            return "mem" + w;
        }

        // Not me-: a word that starts so already has its prefix, and me + melesat reads as meN- + pelesat.
        var bareNasal = (w[0] is 'n' or 'm' && IsVowel(w[1]) && !w.StartsWith("me", StringComparison.Ordinal))
            || ((w.StartsWith("ng", StringComparison.Ordinal) || w.StartsWith("ny", StringComparison.Ordinal))
                && IsVowel(w[2]));
        return bareNasal ? "me" + w : null;
    }

    /// <summary>
    /// A verb of a root ending in <c>k</c> with its <c>-kan</c> written with one <c>k</c> (<c>menunjukan</c>,
    /// <c>dimasukan</c>, <c>menggerakan</c>: 506 tokens of the shared corpus, where they were left whole or cut to
    /// <c>pasu</c>, <c>gera</c>), spelled out with both: <c>menunjukkan</c>. Only for a word with a verbal prefix, whose
    /// own reading failed or was a guess, and only the licensed reading of the spelled-out form is taken.
    /// </summary>
    private static string? WithKanSpelledOut(string w)
    {
        if (!(w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("di", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var clitic in (ReadOnlySpan<string>)["nya", "lah", "pun", "ku", "mu", ""])
        {
            var kan = w.Length - clitic.Length - 3;
            if (w.EndsWith(clitic, StringComparison.Ordinal) && kan > 4 && w.AsSpan(kan).StartsWith("kan", StringComparison.Ordinal))
            {
                return w[kan - 1] == 'k' ? null : string.Concat(w.AsSpan(0, kan), "k", w.AsSpan(kan));
            }
        }

        return null;
    }

    /// <summary>
    /// Stems a token as written, using its case as a signal: an all-capitals token (KPK, DPR) is an acronym and a
    /// capitalised word that is not a known root (Kediri, Megawati, Pekanbaru) is a name, so neither is stemmed.
    /// </summary>
    /// <remarks>
    /// A capitalised word may also open a sentence (<c>Berdasarkan</c>, <c>Dikatakan</c>), so a capitalised unknown
    /// word is still stemmed when a confident derivation reaches a root: one the dictionary's flags license and that
    /// uses a verbal prefix (meN-, ber-, ter-, di-) or a clitic/verbal suffix. <c>ke-</c>, <c>se-</c> and <c>pe-</c>
    /// also begin many place and person names (Kediri, Sleman, Pemalang), so they alone are not enough. Names that
    /// begin with <c>di</c> (Dimas, Diana, Dinda) are no licensed reading, while <c>Diduga</c>, <c>Ditangkap</c>
    /// opening a sentence or a Title Case headline are: of 267 such words written capitalised mid-sentence in the
    /// shared corpus, all are verbs (id-morph/8; before, bare di- needed a suffix too).
    /// A known root of <see cref="MinRootBeforeNya"/> letters or more plus <c>-nya</c> is stemmed even unlicensed
    /// (<c>Spesifikasinya</c> → spesifikasi). A word the lexicon lists as common when capitalised
    /// (<see cref="IndonesianLexicon.IsCommonWhenCapitalised"/>: written in lower case at least 10 times in the shared
    /// news corpus, <c>Penangkapan</c>, <c>Kesehatan</c>) is stemmed as written in lower case (id-morph/16): kept whole,
    /// it opened a sentence or named a ministry and a search for <c>tangkap</c> or <c>sehat</c> missed it.
    /// </remarks>
    public StemResult StemToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var letters = 0;
        var upper = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (c != '-')
            {
                return new StemResult(token.ToLowerInvariant(), "not-a-word", StemSource.Unchanged);
            }
        }

        if (upper == 0)
        {
            return Stem(token);
        }

        var lower = token.ToLowerInvariant();
        if (upper == letters && letters >= 2)
        {
            return new StemResult(lower, "acronym", StemSource.Acronym);
        }

        if (!char.IsUpper(token[0]) || _lexicon.IsRoot(lower))
        {
            return Stem(lower);
        }

        if (_lexicon.IsName(lower))
        {
            return new StemResult(lower, "name:lexicon", StemSource.Name);
        }

        if (_commonWhenCapitalised && _lexicon.IsCommonWhenCapitalised(lower))
        {
            var common = Stem(lower);
            return common with { Path = "capitalized-common+" + common.Path };
        }

        var stemmed = MayBeConfident(lower) ? Stem(lower) : null;
        if (stemmed is not null && IsConfident(stemmed))
        {
            return stemmed with { Path = "capitalized+" + stemmed.Path };
        }

        return PossessiveOnRoot(lower) ?? new StemResult(lower, "name:capitalized", StemSource.Name);
    }

    /// <summary>
    /// A capitalised word that is a known root of at least four letters plus <c>-nya</c> (<c>Spesifikasinya</c>,
    /// <c>Faktanya</c>, <c>Kameranya</c>): <c>-nya</c> attaches to almost any noun, so the dictionary's flags seldom
    /// license it and the derivation alone is not confident, but a name is rarely a dictionary word plus
    /// <c>-nya</c>. Title Case headlines write every word this way; without this their nouns stayed whole and missed
    /// the same words in lower case. The four letters keep <c>Sonya</c> and <c>Ranya</c> names.
    /// </summary>
    private StemResult? PossessiveOnRoot(string lower)
    {
        const string nya = "nya";
        if (!lower.EndsWith(nya, StringComparison.Ordinal) || lower.Length - nya.Length < MinRootBeforeNya)
        {
            return null;
        }

        var root = lower[..^nya.Length];
        return _lexicon.IsRoot(root) ? new StemResult(root, "capitalized+affix:-nya", StemSource.Derived) : null;
    }

    /// <summary>
    /// Cheap pre-check for <see cref="IsConfident"/>: only words that begin with me-, be-, te- or di- or end in a
    /// clitic or -kan can qualify, so most names skip the stemmer altogether.
    /// </summary>
    private static bool MayBeConfident(string w) =>
        w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("be", StringComparison.Ordinal)
        || w.StartsWith("te", StringComparison.Ordinal) || w.StartsWith("di", StringComparison.Ordinal)
        || w.EndsWith("kan", StringComparison.Ordinal) || w.EndsWith("nya", StringComparison.Ordinal)
        || w.EndsWith("lah", StringComparison.Ordinal) || w.EndsWith("kah", StringComparison.Ordinal)
        || w.EndsWith("pun", StringComparison.Ordinal);

    /// <summary>A licensed derivation with a verbal prefix or a suffix names rarely carry; see <see cref="StemToken"/>.</summary>
    private static bool IsConfident(StemResult result)
    {
        if (result.Source != StemSource.Derived || !result.Path.StartsWith("affix:", StringComparison.Ordinal))
        {
            return false;
        }

        var affixes = result.Path["affix:".Length..].Split('+');
        return affixes.Any(a => a is MeN or Ber or Ter or Di or "-kan" or "-nya" or "-lah" or "-kah" or "-pun");
    }

    /// <summary>
    /// <c>anak-anak</c>, <c>berlari-lari</c>, <c>anak-anaknya</c>: both halves share a root; <c>memanggil-manggil</c>:
    /// the second half repeats the end of the first. <c>hingar-bingar</c>: the second half only rhymes, so the first
    /// half carries the meaning (a pair the lexicon lists whole, as <c>sayur-mayur</c>, stays whole before any of this).
    /// Other compounds (<c>ambil-alih</c>) are kept whole.
    /// </summary>
    private StemResult StemHyphenated(string w)
    {
        // Each hyphen reads the rest of the word again, a copy of it held at every level: a 300,000-character chain
        // (a line of analyze --words) took 21 GB, then overflowed the stack. The tokenizer gives no token longer
        // than 255 characters (and none with a hyphen), so a longer word is no term of any index: kept whole.
        if (w.Length > MaxHyphenatedLength)
        {
            return new StemResult(w, "compound:kept", StemSource.Unchanged);
        }

        var dash = w.IndexOf('-');
        var left = w[..dash];
        var right = w[(dash + 1)..];
        if (left.Length == 0 || right.Length == 0)
        {
            return new StemResult(w, "fallback:no-root", StemSource.Fallback);
        }

        if (left.EndsWith(right, StringComparison.Ordinal) && _lexicon.IsRoot(right))
        {
            return new StemResult(right, "reduplication+lexicon:root", StemSource.Lexicon); // beramai-ramai
        }

        var leftStem = Stem(left);
        if (left.EndsWith(right, StringComparison.Ordinal))
        {
            return leftStem with { Path = "reduplication+" + leftStem.Path };
        }

        var rightStem = Stem(right);
        if (leftStem.Root == rightStem.Root)
        {
            return leftStem with { Path = "reduplication+" + leftStem.Path };
        }

        if (_lexicon.IsRoot(w))
        {
            return new StemResult(w, "lexicon:root", StemSource.Lexicon);
        }

        bool rhymes = left.Length == right.Length && left.Length >= 4 && left[1..] == right[1..];
        if (rhymes && !_lexicon.IsRoot(right))
        {
            return leftStem with { Path = "reduplication:rhyme+" + leftStem.Path };
        }

        return new StemResult(w, "compound:kept", StemSource.Unchanged);
    }

    /// <summary>Strips affixes until a lexicon root appears; null when no reading reaches one.</summary>
    /// <summary>
    /// Strips affixes until a lexicon root appears; null when no reading reaches one. One walk serves two passes: it
    /// returns the first reading hunspell's flags license, and remembers the first reading that merely reaches a root
    /// (flags are incomplete for loans and rare roots) to return only if no licensed reading exists.
    /// </summary>
    private StemResult? Derive(string w)
    {
        var states = IndonesianSuffixes.Strip(w);
        StemResult? unlicensed = null;

        // A suffix alone may uncover the root (bukunya → buku, makanan → makan).
        for (var i = 1; i < states.Count; i++)
        {
            if (IsRoot(states[i].Stem) || (states[i].Derivational is null && IsKeWord(states[i].Stem)))
            {
                if (LicensesSuffix(states[i]))
                {
                    return Result(states[i].Stem, [], states[i], licensed: true);
                }

                unlicensed ??= MayGuess(states[i].Stem) ? Result(states[i].Stem, [], states[i], licensed: false) : null;
            }
        }

        // Then prefixes, most-stripped suffix state first; if that fails, put suffixes back one layer at a time
        // (ECS's "loop-back"), because the end of a root can look like a suffix (menari is me-tari, not me-tar-i).
        for (var i = states.Count - 1; i >= 0; i--)
        {
            var walk = new PrefixWalk(states[i]);
            if (StripPrefixes(states[i].Stem, walk) is { } root)
            {
                return Result(root, walk.Prefixes, states[i], licensed: true);
            }

            unlicensed ??= walk.Unlicensed;
        }

        return unlicensed;
    }

    /// <summary>The prefixes taken so far on one suffix state, and the first unlicensed root met on the way.</summary>
    private sealed class PrefixWalk(IndonesianSuffixes.State state)
    {
        public IndonesianSuffixes.State State { get; } = state;

        public List<string> Prefixes { get; } = new(MaxPrefixes);

        public StemResult? Unlicensed { get; set; }
    }

    /// <summary>
    /// Breadth-first over the readings of the outer prefix: a direct lexicon hit with any reading beats stripping a
    /// further prefix, so a wrong recoding cannot reach a spurious deeper root before the right one is tried.
    /// </summary>
    private string? StripPrefixes(string word, PrefixWalk walk)
    {
        var derivational = walk.State.Derivational;
        var prefixes = walk.Prefixes;
        var candidates = Candidates(word);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!Allowed(candidates[i].Prefix, candidates[i].Remainder, derivational, prefixes))
            {
                candidates.RemoveAt(i);
            }
        }

        (string Prefix, string Root)? best = null;
        var bestProductivity = -1;
        foreach (var (prefix, remainder) in candidates)
        {
            if (!IsRoot(remainder))
            {
                continue;
            }

            var outer = prefixes.Count > 0 ? prefixes[0] : prefix;
            prefixes.Add(prefix);
            if (_lexicon.Licenses(remainder, ClassOf(outer), SuffixCode(derivational)) || LicensesVerbBase(prefix, remainder, derivational))
            {
                // Two licensed readings (memohon: mohon or pohon; beragam: ragam or agam): the root the dictionary
                // gives more affixes is the commoner word, and the likelier one.
                var productivity = _lexicon.Productivity(remainder);
                if (productivity > bestProductivity)
                {
                    (best, bestProductivity) = ((prefix, remainder), productivity);
                }
            }
            else if (MayGuess(remainder) && !(prefix == Ke && remainder.Length <= MinRootLength))
            {
                // Not a guessed ke- on a root of three letters: kedepan (164 tokens) read ke-dep-an; kept whole now.
                walk.Unlicensed ??= Result(remainder, prefixes, walk.State, licensed: false);
            }

            prefixes.RemoveAt(prefixes.Count - 1);
        }

        if (best is { } licensed)
        {
            prefixes.Add(licensed.Prefix);
            return licensed.Root;
        }

        if (prefixes.Count + 1 >= MaxPrefixes)
        {
            return null;
        }

        foreach (var (prefix, remainder) in candidates)
        {
            prefixes.Add(prefix);
            if (StripPrefixes(remainder, walk) is { } root)
            {
                return root;
            }

            prefixes.RemoveAt(prefixes.Count - 1);
        }

        return null;
    }

    /// <summary>
    /// Morphotactics: which prefix may stand where. meN- and di- open a word, never follow another prefix; a prefix
    /// does not repeat; and some prefix–suffix pairs never form a confix (ECS's disallowed pairs: ber-…-i, di-…-an,
    /// meN-…-an, se-…-i, se-…-kan, ter-…-an; and peN- makes nouns, so not with -i or -kan). ECS also forbids ke-…-i
    /// and ke-…-kan, but these make verb bases (ketahui, kemukakan) that di- and meN- take (id-morph/12).
    /// </summary>
    private static bool Allowed(string prefix, string remainder, string? derivational, List<string> prefixes)
    {
        if (remainder.Length < MinRootLength)
        {
            return false;
        }

        if (prefix == Tidak)
        {
            return prefixes is [Ke]; // only in the negated abstract noun ke-tidak-…-an
        }

        if (prefix == Ke && derivational != "-an")
        {
            // Bare ke- is lexicalised (kelima, kemana); the productive form is the confix ke-…-an. But ke-…-i and
            // ke-…-kan also make verb bases (ketahui, kemukakan, kesampingkan, kedepankan) that take di- or meN-
            // (diketahui, dikemukakan): allowed word-initially or right after di-/meN-.
            return derivational is "-i" or "-kan" && prefixes is [] or [Di] or [MeN];
        }

        if (prefixes.Count > 0)
        {
            // ber- never stacks on ter-: berteriak is ber- + teriak, not ber-ter- + riak (ripple), which riak's ber-
            // flag (the outer prefix's) would have licensed.
            return prefix != MeN && prefix != Di && !prefixes.Contains(prefix) && !(prefix == Ter && prefixes[^1] == Ber);
        }

        if (prefix == Per && derivational is null)
        {
            return false; // a word-initial bare per- is a lexicalised noun (perpres, perundang), not a verb
        }

        return (prefix, derivational) switch
        {
            (Ber, "-i") or (Di, "-an") or (MeN, "-an") => false,
            (Se, "-i") or (Se, "-kan") or (Ter, "-an") or (PeN, "-i") or (PeN, "-kan") => false,
            _ => true,
        };
    }

    /// <summary>
    /// A ke-…-i / ke-…-kan verb base under di- or meN- is licensed by the root's own ke-…-i / ke-…-kan flag: hunspell
    /// gives <c>tahu</c> ke-…-i (<c>ketahui</c>) and has no flag for the di- stack on top (<c>diketahui</c>).
    /// </summary>
    private bool LicensesVerbBase(string prefix, string root, string? derivational) =>
        prefix == Ke && derivational is "-i" or "-kan" && _lexicon.Licenses(root, ClassOf(Ke), SuffixCode(derivational));

    /// <summary>A suffix-only reading: the bare derivational suffix needs its flag; clitics attach to any productive root.</summary>
    private bool LicensesSuffix(IndonesianSuffixes.State state) => state.Derivational is null
        ? _lexicon.IsProductive(state.Stem) || IsKeWord(state.Stem)
        : _lexicon.Licenses(state.Stem, '\0', SuffixCode(state.Derivational));

    /// <summary>
    /// A word the dictionary derives with bare ke- alone (its root carries the ke- flag): the ordinals <c>kedua</c>,
    /// <c>ketiga</c>, <c>kedelapan</c>, and <c>kekasih</c>, <c>kepergok</c>. Bare ke- is lexicalised, so such a word is
    /// kept whole as a root of its own, and a clitic comes off it (<c>keduanya</c>, <c>kekasihnya</c> → kedua, kekasih).
    /// </summary>
    private bool IsKeWord(string w) =>
        w.Length >= MinRootLength + 2 && w.StartsWith("ke", StringComparison.Ordinal) && _lexicon.Licenses(w[2..], ClassOf(Ke), '\0');

    private static char SuffixCode(string? derivational) => derivational switch
    {
        "-an" => 'a',
        "-i" => 'i',
        "-kan" => 'k',
        _ => '\0',
    };

    /// <summary>The hunspell flag letter of the outermost prefix: the flag on the root names the whole prefix stack.</summary>
    private static char ClassOf(string prefix) => prefix switch
    {
        MeN => 'M',
        PeN => 'P',
        Per => 'R',
        Ber => 'B',
        Ter => 'T',
        Di => 'D',
        Ke => 'K',
        _ => 'S',
    };

    /// <summary>
    /// Whether an unlicensed reading may end on <paramref name="root"/>: not on a short root the dictionary gives no
    /// affix at all (<c>mar</c>, <c>rit</c>, <c>ase</c>), which turns names and loans (semar, merit, asean) into noise.
    /// </summary>
    private bool MayGuess(string root) => root.Length > MinRootLength || _lexicon.IsProductive(root);

    private bool IsRoot(string candidate) => candidate.Length >= MinRootLength && _lexicon.IsRoot(candidate);

    /// <summary><c>affix:</c> when hunspell's flags license the reading, <c>affix?:</c> when only the root is known.</summary>
    private static StemResult Result(string root, List<string> prefixes, IndonesianSuffixes.State state, bool licensed)
    {
        var affixes = prefixes.Concat(state.Removed.AsEnumerable().Reverse());
        return new StemResult(root, (licensed ? "affix:" : "affix?:") + string.Join('+', affixes), StemSource.Derived) { Guessed = !licensed };
    }
}
