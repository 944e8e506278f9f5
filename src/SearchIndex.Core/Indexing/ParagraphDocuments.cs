using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchIndex.Core.Analysis;
using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Indexing;

/// <summary>Builds the Lucene documents of an article: one per paragraph, each carrying the article's fields.</summary>
public static class ParagraphDocuments
{
    /// <summary>Separates article id and hash in <see cref="IndexSchema.ArticleHash"/> terms.</summary>
    public const char StateSeparator = '\u0001';

    public static IEnumerable<Document> For(Article article)
    {
        var title = TextNormalizer.Normalize(article.Title);
        var titleWords = CachedTokenStream.Analyze(TitleAnalyzer.Value, IndexSchema.Title, title).DistinctTerms;
        for (var ordinal = 0; ordinal < article.Paragraphs.Count; ordinal++)
        {
            yield return Paragraph(article, title, titleWords, ordinal, null);
        }
    }

    /// <summary>
    /// The same documents as <see cref="For(Article)"/>, but the title is run through <paramref name="analyzer"/>
    /// (the writer's) once per article and its tokens replayed on every paragraph, instead of analysed per paragraph.
    /// The documents must be added in order, by one thread, before the next call.
    /// </summary>
    public static IEnumerable<Document> For(Article article, Analyzer analyzer)
    {
        var title = TextNormalizer.Normalize(article.Title);
        var tokens = new TitleTokens(
            CachedTokenStream.Analyze(analyzer, IndexSchema.Title, title),
            CachedTokenStream.Analyze(analyzer, IndexSchema.TitleExact, title));
        for (var ordinal = 0; ordinal < article.Paragraphs.Count; ordinal++)
        {
            yield return Paragraph(article, title, tokens.Stemmed.DistinctTerms, ordinal, tokens);
        }
    }

    /// <summary>The day number stored in <see cref="IndexSchema.DateDay"/> for range filters.</summary>
    public static int DayNumber(DateOnly date) => date.DayNumber;

    /// <param name="title">The article's title, normalized once per article (<see cref="TextNormalizer"/>).</param>
    /// <param name="titleWords">The distinct terms of the title in the stemmed chain (<see cref="IndexSchema.TitleWords"/>).</param>
    private static Document Paragraph(Article article, string title, int titleWords, int ordinal, TitleTokens? tokens)
    {
        var text = TextNormalizer.Normalize(article.Paragraphs[ordinal]);
        var doc = new Document
        {
            new StringField(IndexSchema.Article, article.Id, Field.Store.YES),
            new SortedDocValuesField(IndexSchema.Article, new BytesRef(article.Id)),
            new Int32Field(IndexSchema.Ordinal, ordinal, Field.Store.YES),
            new NumericDocValuesField(IndexSchema.Ordinal, ordinal),
            new NumericDocValuesField(IndexSchema.TitleWords, titleWords),
            new StoredField(IndexSchema.ParagraphCount, article.Paragraphs.Count),
            new TextField(IndexSchema.Text, text, Field.Store.YES),
            new TextField(IndexSchema.TextExact, text, Field.Store.NO),
        };
        if (tokens is null)
        {
            doc.Add(new TextField(IndexSchema.Title, title, Field.Store.YES));
            doc.Add(new TextField(IndexSchema.TitleExact, title, Field.Store.NO));
        }
        else
        {
            // Stored and indexed as two instances of the one field: same stored value, same terms and norms.
            doc.Add(new StoredField(IndexSchema.Title, title));
            doc.Add(new TextField(IndexSchema.Title, tokens.Stemmed));
            doc.Add(new TextField(IndexSchema.TitleExact, tokens.Surface));
        }

        foreach (var definition in AcronymDefinitions.In(text))
        {
            doc.Add(new StringField(IndexSchema.AcronymDefinitions, definition.Term, Field.Store.NO));
        }

        // Names are normalized as the text is (a bidirectional mark in a feed's "Kom\u202Epas" hid it from --source
        // kompas and printed as a replacement character).
        if (article.Source is { } written && TextNormalizer.Normalize(written) is var source)
        {
            doc.Add(new StoredField(IndexSchema.Source, source));
            doc.Add(new StringField(IndexSchema.SourceKey, SourceKey(source), Field.Store.NO));
        }

        AddStored(doc, IndexSchema.Author, article.Author is { } author ? TextNormalizer.Normalize(author) : null);
        AddStored(doc, IndexSchema.Place, article.Place is { } place ? TextNormalizer.Normalize(place) : null);
        AddStored(doc, IndexSchema.Url, article.Url);
        if (article.Date is { } date)
        {
            doc.Add(new StoredField(IndexSchema.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new StringField(IndexSchema.DateFrom, article.DateFrom.Name(), Field.Store.YES)); // info counts its terms
            doc.Add(new Int32Field(IndexSchema.DateDay, DayNumber(date), Field.Store.NO));
        }

        if (ordinal == 0)
        {
            // One state term per article, on its first paragraph: the incremental indexer lists these to learn
            // which articles the index holds and in which version, without reading stored fields.
            doc.Add(new StringField(IndexSchema.ArticleHash, article.Id + StateSeparator + article.ContentHash, Field.Store.NO));
            foreach (var link in article.RelatedLinks)
            {
                doc.Add(new StoredField(IndexSchema.Related, link));
            }
        }

        return doc;
    }

    /// <summary>
    /// How <c>--source</c> and <c>source:</c> compare outlets: case-insensitive, whole name, any run of spaces as one
    /// (<c>"CNN  Indonesia"</c> typed or in a JSONL record is CNN Indonesia).
    /// </summary>
    public static string SourceKey(string source) =>
        string.Join(' ', source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>The title field's chain, for <see cref="For(Article)"/>, which is given no analyzer.</summary>
    private static readonly Lazy<Analyzer> TitleAnalyzer = new(AnalysisChain.CreateAnalyzer);

    private sealed record TitleTokens(CachedTokenStream Stemmed, CachedTokenStream Surface);

    private static void AddStored(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }
}
