using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Indexing;

namespace SearchIndex.Core.Search;

/// <summary>
/// What the index may hold for a query word besides its stem: the stems of its other written forms, a name kept whole,
/// a compound written as one word. Each reading is decided by analysing the word's forms with the index's stemmed
/// chain and, where it takes evidence, by how often the index holds a form (<paramref name="reader"/>; null, none).
/// </summary>
internal sealed class WordReadings(Analyzer stemmed, IndexReader? reader)
{
    private readonly Analyzer _titleStemmed = AnalysisChain.CreateTitleAnalyzer();

    /// <summary>The counts of the paragraphs the index holds now; asked only where the reader is set.</summary>
    private LiveStatistics Statistics => LiveStatistics.Of(reader!);

    /// <summary>
    /// The stems the index may hold for this word besides <paramref name="stem"/> (the lower-cased word's): the stem
    /// of the word as typed, and, when <paramref name="capitalised"/>, of the word capitalised. That is asked for a
    /// word whose root is a guess (<c>berhasil</c> read as <c>ber-</c> + <c>hasil</c> unlicensed): the index holds the
    /// word whole wherever it was written capitalised (<c>Berhasil</c> opening a sentence). When that is most of its
    /// occurrences, the word is a name (<c>Bekasi</c>) and the guessed root is dropped (<see cref="MostlyAName"/>):
    /// "banjir bekasi" ranked paragraphs about second-hand goods (<c>bekas</c>) above the city's. So is a root the
    /// lexicon licenses, when only a suffix was read off (<c>Maluku</c> as <c>malu</c> + <c>-ku</c>, <c>Lukaku</c> as
    /// <c>luka</c> + <c>-ku</c>) and the word is held whole often (<see cref="HeldWholeOften"/>): a prefix reading
    /// capitalised in most places is an institution's noun (<c>Kementerian</c>, <c>Kecamatan</c>) whose lower-case uses
    /// need the root, and a rare word's few capitalised uses are headlines and sentence openings (<c>Setiba</c>).
    /// The stemmer leaves a capitalised word it cannot place (<c>Jalani</c> at the start of a sentence or in a Title
    /// Case headline, <c>Bekasi</c>) unstemmed, so the index holds <c>jalani</c> there and <c>jalan</c> elsewhere; the
    /// query asks for both. The capitalised form is asked only of titles, and only when the query was typed all in lower case
    /// (docs/relevance.md, step 12): in running text a capitalised word is rare and its whole form would outscore
    /// the stem.
    /// </summary>
    /// <param name="forTitles">Analyse as the title field is (<see cref="AnalysisChain.CreateTitleAnalyzer"/>).</param>
    public List<string> OtherStems(string text, AnalyzedToken token, string? stem, bool capitalised, bool forTitles = false)
    {
        if (stem is null)
        {
            return [];
        }

        var written = text[token.Range.Start..token.Range.End];
        var forms = capitalised ? new[] { written, WordForms.Capitalised(token.Term) } : [written];
        return forms
            .Where(form => form != token.Term)
            .Select(form => TokenReader.Terms(forTitles ? _titleStemmed : stemmed, form).FirstOrDefault())
            .OfType<string>()
            .Where(other => other != stem)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// What the index holds for two consecutive words written as one (<c>sepak bola</c> as <c>sepakbola</c>,
    /// <c>kerja sama</c> as <c>kerjasama</c>, <c>perempat final</c> as <c>perempatfinal</c>): Indonesian writes many
    /// compounds both ways. The joined word must be in at least <see cref="RankingWeights.CompoundMinParagraphs"/>
    /// paragraphs and in <see cref="RankingWeights.CompoundMinShare"/> of those of the rarer word, so that a name
    /// written as one (<c>Kotabaru</c>, 8 paragraphs, for "kota baru", 6,457 of <c>kota</c>) is no compound. Each word
    /// gets it at the ratio of its own IDF to the joined word's (at most 1): the joined word, nearly always the rarest,
    /// scores as the two words would, not above them. Null for a stopword, a word of fewer than three letters or not
    /// all letters, or without an index.
    /// </summary>
    /// <param name="hyphenated">
    /// The two were typed joined by a hyphen (<c>R-KUHP</c>, <c>Wi-Fi</c>), which the tokenizer splits: a part of any
    /// length may then join, as <see cref="Apart"/> cuts one of one to three letters off in the other direction, for
    /// news writes such a word whole too (the shared corpus: <c>RKUHP</c> 1,142 times, <c>R-KUHP</c> never).
    /// </param>
    public (List<string> Terms, float FirstWeight, float SecondWeight)? Compound(string first, string second, bool hyphenated = false)
    {
        var shortest = hyphenated ? 1 : 3;
        if (reader is null || first.Length < shortest || second.Length < shortest || !first.All(char.IsLetter) || !second.All(char.IsLetter))
        {
            return null;
        }

        var word = first + second;
        var joinedCount = Statistics.DocFreq(new Term(IndexSchema.TextExact, word));
        var (firstCount, secondCount) = (Statistics.DocFreq(new Term(IndexSchema.TextExact, first)), Statistics.DocFreq(new Term(IndexSchema.TextExact, second)));
        if (joinedCount < RankingWeights.CompoundMinParagraphs || joinedCount < RankingWeights.CompoundMinShare * Math.Min(firstCount, secondCount))
        {
            return null;
        }

        var (firstStems, secondStems) = (TokenReader.Terms(stemmed, first), TokenReader.Terms(stemmed, second));
        if (firstStems.Count == 0 || secondStems.Count == 0)
        {
            return null; // a stopword
        }

        var parts = firstStems.Concat(secondStems).ToHashSet(StringComparer.Ordinal);
        // A joined word whose root is one of the two ("terbaru" is baru) adds nothing but the other's paragraphs.
        var terms = WordForms.IndexTerms(stemmed, [word, WordForms.Capitalised(word)]).Where(term => !parts.Contains(term)).ToList();
        var idf = InverseDocumentFrequency(joinedCount);
        return terms.Count > 0
            ? (terms, (float)Math.Min(1, InverseDocumentFrequency(firstCount) / idf), (float)Math.Min(1, InverseDocumentFrequency(secondCount) / idf))
            : null;
    }

    /// <summary>The longest first part of a word written apart that a hyphen may join to the rest (<see cref="Apart"/>).</summary>
    private const int ApartMaxFirstPart = 3;

    /// <summary>
    /// Prefixes of Indonesian derivation, which are no word of their own before a hyphen: <c>diperiksa</c> is not
    /// "di periksa", <c>perketat</c> not "per ketat" (the check would only cost a phrase search per such word).
    /// </summary>
    private static readonly HashSet<string> DerivationPrefixes = new(StringComparer.Ordinal)
    {
        "di", "ke", "se", "be", "ber", "te", "ter", "pe", "per", "pen", "pem", "me", "mem", "men",
    };

    /// <summary>
    /// The stems of the two words a word typed as one is written as in the index (<c>ektp</c> as <c>e-KTP</c>, <c>kpop</c>
    /// as <c>K-Pop</c>, <c>ecommerce</c> as <c>e-commerce</c>): the tokenizer splits a hyphenated word, and people type it
    /// without the hyphen. The reverse of <see cref="Compound"/>. Of the ways to cut the word after its first one to
    /// <see cref="ApartMaxFirstPart"/> characters into two words the index holds, the one it holds most often as a phrase,
    /// when that is at least <see cref="RankingWeights.CompoundMinParagraphs"/> paragraphs and
    /// <see cref="RankingWeights.ApartMinRatio"/> times the word's own. The short first part is what a hyphen joins
    /// (<c>e-</c>, <c>K-</c>, <c>co-</c>, <c>pre-</c>, <c>ibu kota</c> too); two long words that meet by chance are not the
    /// name written as one: <c>kotabaru</c>, a regency in 8 paragraphs of the shared corpus, beside "ibu kota baru" in
    /// 317. A suffix (<c>-kan</c>, <c>-an</c>, <c>-i</c>) is never cut off, nor a prefix of derivation
    /// (<see cref="DerivationPrefixes"/>), nor a stopword (<c>se-Indonesia</c>). Null for a word of fewer than four
    /// characters or not all letters and digits, one the index holds in more than
    /// <see cref="RankingWeights.ApartMaxParagraphs"/> paragraphs, or without an index.
    /// </summary>
    public IReadOnlyList<string>? Apart(string word)
    {
        if (reader is null || word.Length < 4 || word.Length > 40 || !word.All(char.IsLetterOrDigit))
        {
            return null;
        }

        // A word held this often is written so by choice, and the look-ups below would cost every common word of a
        // query (measured: 0.87 ms a query over 720 remembered headlines, a tenth of their search time; docs/benchmarks.md).
        var own = Statistics.DocFreq(new Term(IndexSchema.TextExact, word));
        if (own > RankingWeights.ApartMaxParagraphs)
        {
            return null;
        }

        var need = Math.Max(RankingWeights.CompoundMinParagraphs, RankingWeights.ApartMinRatio * own);
        (string First, string Second, int Paragraphs)? best = null;
        for (var cut = 1; cut <= ApartMaxFirstPart && cut <= word.Length - 2; cut++)
        {
            var (first, second) = (word[..cut], word[cut..]);
            if (DerivationPrefixes.Contains(first) || IndonesianStopwords.Contains(first) || IndonesianStopwords.Contains(second))
            {
                continue;
            }

            // The phrase is in no more paragraphs than its rarer word: most cuts end here, without a search, and most at
            // the longer word, which the index seldom holds ("ebakaran"), so it is looked up first.
            var least = Math.Max(need, (best?.Paragraphs ?? 0) + 1);
            if (Statistics.DocFreq(new Term(IndexSchema.TextExact, second)) < least || Statistics.DocFreq(new Term(IndexSchema.TextExact, first)) < least)
            {
                continue;
            }

            var phrase = new PhraseQuery { new Term(IndexSchema.TextExact, first), new Term(IndexSchema.TextExact, second) };
            var counter = new TotalHitCountCollector();
            new IndexSearcher(reader).Search(phrase, counter);
            if (counter.TotalHits >= need && counter.TotalHits > (best?.Paragraphs ?? 0))
            {
                best = (first, second, counter.TotalHits);
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var stems = new[] { found.First, found.Second }.Select(part => TokenReader.Terms(stemmed, part)).ToList();
        return stems.All(s => s.Count == 1) ? [stems[0][0], stems[1][0]] : null;
    }

    /// <summary>Whether the index holds <paramref name="name"/> whole in at least <see cref="RankingWeights.NameMinParagraphs"/> paragraphs.</summary>
    public bool HeldWholeOften(string name) =>
        reader is not null && Statistics.DocFreq(new Term(IndexSchema.Text, name)) >= RankingWeights.NameMinParagraphs;

    /// <summary>BM25's IDF of a word in <paramref name="paragraphs"/> paragraphs of the index.</summary>
    private double InverseDocumentFrequency(int paragraphs) =>
        Math.Log(1 + ((Statistics.Documents - paragraphs + 0.5) / (paragraphs + 0.5)));

    /// <summary>
    /// The headline words of <paramref name="root"/> the title field holds whole, for a <c>title:</c> word: the lexicon's
    /// (<see cref="AnalysisChain.TitleWholeFormsOf"/>), and those this index's titles hold that its paragraphs mostly
    /// write in lower case. A Title Case headline keeps every capitalised word it cannot be sure of whole, as a name,
    /// and the lexicon's list holds only the words the shared corpus wrote in lower case at least ten times: without
    /// the index's own, <c>title:banjir</c> missed "Kebanjiran", <c>title:awas</c> "Pengawas" and <c>title:tanggap</c>
    /// "Tanggapi" headlines (504 such words, 1,593 times in the shared corpus's titles, were in no list). A word its
    /// paragraphs hold mostly capitalised is a name and stays out (<see cref="MostlyAName"/>: <c>Maluku</c> for
    /// <c>malu</c>, <c>Lukaku</c> for <c>luka</c>).
    /// </summary>
    public IReadOnlyList<string> TitleWholeForms(string root)
    {
        var listed = AnalysisChain.TitleWholeFormsOf(root);
        if (reader is null || root.Length < 2 || MultiFields.GetTerms(reader, IndexSchema.Title)?.GetEnumerator() is not { } terms)
        {
            return listed;
        }

        var forms = new SortedSet<string>(listed, StringComparer.Ordinal);
        foreach (var opening in WordOpenings(root))
        {
            var prefix = new BytesRef(opening);
            if (terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                if (!StringHelper.StartsWith(terms.Term, prefix))
                {
                    break;
                }

                var word = terms.Term.Utf8ToString();
                if (!forms.Contains(word) && AnalysisChain.IsTitleWholeFormOf(word, root) && !MostlyAName(word, word))
                {
                    forms.Add(word);
                }
            }
            while (terms.MoveNext());
        }

        return forms.Count == listed.Count ? listed : [.. forms];
    }

    /// <summary>
    /// How a word of <paramref name="root"/> may open: the root itself (<c>tanggapi</c>), or one of the prefixes and
    /// their stacks before it, with the first letter dropped after a nasal (<c>pengawas</c>, <c>penangkapan</c>,
    /// <c>memukul</c>). Seeking these in the title terms costs a few look-ups; scanning every title term for the root
    /// cost a <c>title:</c> word 4–5 ms.
    /// </summary>
    private static IEnumerable<string> WordOpenings(string root)
    {
        yield return root;
        foreach (var prefix in WordPrefixes)
        {
            yield return prefix + root;
            if (prefix[^1] is 'm' or 'n' or 'g' or 'y')
            {
                yield return prefix + root[1..];
            }
        }
    }

    /// <summary>The prefixes a headline word may open with, alone and stacked (docs/analysis.md).</summary>
    private static readonly string[] WordPrefixes =
    [
        "ke", "di", "se", "ber", "be", "bel", "ter", "te", "per", "pe", "pel", "pem", "pen", "peng", "peny", "penge",
        "me", "mem", "men", "meng", "meny", "menge", "memper", "diper", "keber", "keter", "berke", "ketidak", "pember",
        "pemer", "perse", "kese", "keper", "kepem", "kepen", "kepeng", "kepeny", "sepem", "sepen", "sepeng", "sepeny",
    ];

    /// <summary>The root the index gives the word written capitalised (kept whole, as a name), when it differs.</summary>
    public string? NameReading(AnalyzedToken token, string stem) =>
        TokenReader.Terms(stemmed, WordForms.Capitalised(token.Term)).FirstOrDefault() is { } name && name != stem
            ? name
            : null;

    /// <summary>
    /// Whether the index holds <paramref name="surfaceWord"/> whole, under <paramref name="name"/>, in at least 80 % of
    /// the paragraphs that have it at all: it is written capitalised nearly everywhere, a name (<c>Bekasi</c>), and
    /// its guessed root (<c>bekas</c>) would only add another word's paragraphs. A word capitalised only when it opens a
    /// sentence (<c>Berhasil</c>, <c>Digelar</c>) is held whole far less often and keeps its root.
    /// </summary>
    public bool MostlyAName(string name, string surfaceWord)
    {
        if (reader is null)
        {
            return false;
        }

        // Names sit near 100 % (Bekasi 880 of 882 paragraphs, Bogor 736 of 736), words near a few per cent (berhasil
        // 18 of 3,305, agensi 38 of 353); 80 % keeps a tiny index, where one word may open a sentence in one of two
        // paragraphs, from taking it for a name.
        var whole = Statistics.DocFreq(new Term(IndexSchema.Text, name));
        return whole > 0 && whole * 5L >= Statistics.DocFreq(new Term(IndexSchema.TextExact, surfaceWord)) * 4L;
    }
}
