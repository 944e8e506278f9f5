namespace SearchIndex.Core.Analysis;

/// <summary>Why the stemmer returned the root it did; the coarse form of <see cref="StemResult.Path"/>.</summary>
public enum StemSource
{
    /// <summary>Returned as written: too short, not a word (digits, symbols), or no safe analysis.</summary>
    Unchanged,

    /// <summary>The word itself is in the root lexicon.</summary>
    Lexicon,

    /// <summary>Affixes were stripped until a lexicon root was reached.</summary>
    Derived,

    /// <summary>No lexicon root was found; only a conservative strip (or none) was applied.</summary>
    Fallback,

    /// <summary>A proper name (capitalised and not a known root, or a listed name): not stemmed.</summary>
    Name,

    /// <summary>An all-capitals token such as KPK or DPR: not stemmed.</summary>
    Acronym,

    /// <summary>A function word the stemmed chain drops.</summary>
    Stopword,
}
