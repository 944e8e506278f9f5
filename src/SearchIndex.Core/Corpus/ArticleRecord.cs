namespace SearchIndex.Core.Corpus;

/// <summary>
/// An article read from the corpus but not yet parsed: its id and content hash are known, so an unchanged article
/// can be passed over without parsing or analysing it (a <c>.txt</c> file is decoded first only when its bytes may
/// name a year from today's on: <see cref="IndonesianDates.MayNameAYearAhead"/>).
/// </summary>
public sealed class ArticleRecord
{
    private readonly Func<Article> _parse;

    internal ArticleRecord(string id, string contentHash, CorpusFile file, int? line, Func<Article> parse)
    {
        Id = id;
        ContentHash = contentHash;
        File = file;
        Line = line;
        _parse = parse;
    }

    public string Id { get; }
    public string ContentHash { get; }
    public CorpusFile File { get; }

    /// <summary>1-based line of a JSONL record; null for a .txt article.</summary>
    public int? Line { get; }

    /// <summary>
    /// How far into its file the reading is once this record is read, in bytes as decoded (a UTF-16 file's are its
    /// UTF-8 transcoding's): the progress of a long JSONL file. 0 for a .txt article.
    /// </summary>
    public long FileBytesRead { get; init; }

    /// <summary>Decodes and parses the article.</summary>
    /// <exception cref="FormatException">
    /// The bytes are not text, hold no article, or hold more than <see cref="CorpusReader.MaxArticleParagraphs"/>
    /// paragraphs (a list of 500,000 one-word lines, 3.7 MB, took 2.6 GB to index as one article); the message is the reason.
    /// </exception>
    public Article Parse() =>
        _parse() is var article && article.Paragraphs.Count > CorpusReader.MaxArticleParagraphs
            ? throw new FormatException($"{article.Paragraphs.Count} paragraphs are over the limit of {CorpusReader.MaxArticleParagraphs} for one article; split it into one article per file or record")
            : article;
}
