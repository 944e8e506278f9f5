using System.Text.RegularExpressions;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Corpus;

/// <summary>
/// Turns a scraped news page saved as text (one paragraph per line) into an <see cref="Article"/>: recognises an
/// optional title line, a byline (<c>Laporan Wartawan Tribunnews.com Namira Yunia Lestanti</c>), a dateline opening the
/// lead (<c>TRIBUNNEWS.COM, MOSKOW – ...</c>), <c>Baca juga:</c> links and page furniture.
/// </summary>
public static partial class ArticleTextParser
{
    /// <summary>A first line longer than this is a lead paragraph, not a headline.</summary>
    public const int MaxTitleChars = 200;

    /// <summary>Length of a title made from the lead when the article has none.</summary>
    public const int FallbackTitleChars = 90;

    /// <summary>
    /// Parses the text of one article; <paramref name="id"/> and <paramref name="contentHash"/> are carried through.
    /// Throws <see cref="FormatException"/> when no line is left to index.
    /// </summary>
    public static Article Parse(string id, string text, string contentHash)
    {
        string? title = null, author = null, source = null, place = null;
        var paragraphs = new List<string>();
        var related = new List<string>();

        foreach (var (line, mayBeTitle) in LinesUnwrapped(text))
        {
            if (IsFurniture(line))
            {
                continue;
            }

            if ((ReadAlso().Match(line) is { Success: true } readAlso) || (line.Length <= MaxTitleChars && (readAlso = OtherLink().Match(line)).Success))
            {
                if (CleanLink(readAlso.Groups["title"].Value) is { } link)
                {
                    related.Add(link);
                }

                continue;
            }

            if (paragraphs.Count == 0 && Bylines.TryParse(line, out var bylineOutlet, out var bylineAuthor))
            {
                source ??= bylineOutlet;
                author ??= bylineAuthor;
                continue;
            }

            if (CreditLine().Match(line) is { Success: true } credit)
            {
                if (credit.Groups["role"].Value.ToLowerInvariant() is "penulis" or "reporter")
                {
                    author ??= CleanName(credit.Groups["name"].Value);
                }

                continue;
            }

            if (paragraphs.Count == 0 && Datelines.TryParse(line, out var datelineOutlet, out var datelinePlace))
            {
                source ??= datelineOutlet;
                place ??= datelinePlace;
            }
            else if (mayBeTitle && paragraphs.Count == 0 && title is null && LooksLikeTitle(line))
            {
                title = line;
                continue;
            }

            paragraphs.Add(line);
        }

        if (paragraphs.Count == 0 && title is not null)
        {
            // A file holding only a headline is still searchable by it.
            paragraphs.Add(title);
        }

        if (paragraphs.Count == 0)
        {
            // An article of no paragraph would be counted as indexed while nothing of it could ever be found.
            throw new FormatException("no text to index: every line is a read-also link, byline, credit or page furniture (ADVERTISEMENT)");
        }

        return new Article(id, title ?? FallbackTitle(paragraphs), paragraphs, contentHash)
        {
            Source = source,
            Author = author,
            Place = place,
            Date = IndonesianDates.FindStoryDate(string.Join('\n', paragraphs), title),
            RelatedLinks = related,
        };
    }

    /// <summary>
    /// The content lines, each "Baca juga:," line whose link title the scrape dropped replaced by the paragraph that
    /// followed the link on the same line ("Baca juga:,Sebelumnya, KPK telah menetapkan lima tersangka …"): that is
    /// article text, read by the same rules as any line (a dateline, a credit, another read-also), but never a title.
    /// A link whose title the scrape kept has the paragraph glued after it the same way, by a comma with no space
    /// ("Baca juga: 5 Fakta Layanan Bank Mandiri yang Sempat Error,Ketika dikonfirmasi, Rohan mengatakan …"): the link
    /// and the paragraph are two lines then, where the whole line was dropped as a link (7 paragraphs of the shared
    /// corpus were lost so).
    /// </summary>
    private static IEnumerable<(string Line, bool MayBeTitle)> LinesUnwrapped(string text)
    {
        foreach (var line in ContentLines(text))
        {
            var unwrapped = line;
            while (true)
            {
                if (ReadAlsoWithoutTitle().Match(unwrapped) is { Success: true } lostTitle)
                {
                    unwrapped = lostTitle.Groups["text"].Value.TrimStart(' ', ',');
                }
                else if (ReadAlsoThenText().Match(unwrapped) is { Success: true } glued)
                {
                    yield return (glued.Groups["link"].Value, false);
                    unwrapped = glued.Groups["text"].Value;
                }
                else
                {
                    break;
                }
            }

            if (ReferenceEquals(unwrapped, line))
            {
                yield return (line, true);
            }
            else if (unwrapped.Length > 0 && !unwrapped.StartsWith('#'))
            {
                yield return (unwrapped, false);
            }
        }
    }

    /// <summary>
    /// Trimmed, non-blank lines; CRLF, LF and lone CR all end a line. A byte-order mark (U+FEFF, which .NET does not take
    /// for white space) is trimmed too: files joined with <c>cat</c> carry each one's, and alone on a line it was a
    /// paragraph shown as "".
    /// </summary>
    internal static IEnumerable<string> ContentLines(string text)
    {
        foreach (var raw in text.Split(['\r', '\n']))
        {
            var line = raw.Trim().Trim('\uFEFF').Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>A scraped link title, or null when the scrape left only punctuation or a hashtag.</summary>
    private static string? CleanLink(string raw)
    {
        var link = raw.Trim(' ', ',', ':', '-', '–');
        return link.Length == 0 || link.StartsWith('#') ? null : link;
    }

    /// <summary>"Fitri Haryanti Harsono,#Growfearless with Fimela" → "Fitri Haryanti Harsono".</summary>
    private static string? CleanName(string raw)
    {
        var end = raw.IndexOfAny([',', '#', '|']);
        var name = (end >= 0 ? raw[..end] : raw).Trim();
        return name.Length == 0 ? null : name;
    }

    /// <summary>
    /// Short, and not ending a sentence with one <c>.</c>: a lead paragraph does. A headline may end in a teaser's
    /// <c>...</c> ("Umuh Muchtar Segera Pensiun dari Persib Bandung, Alasannya..."), or in the <c>,</c> or <c>:</c>
    /// left where a scraper dropped its last words ("BJ Habibie Meninggal, Menteri Susi:"): 166 of the shared corpus's
    /// titles did, and became the article's first paragraph.
    /// </summary>
    private static bool LooksLikeTitle(string line) =>
        line.Length <= MaxTitleChars && (!line.EndsWith('.') || line.EndsWith("..", StringComparison.Ordinal));

    /// <summary>The lead's first words (dateline removed), cut at a word boundary.</summary>
    private static string FallbackTitle(List<string> paragraphs)
    {
        var lead = Datelines.StripDateline(paragraphs[0]);
        if (lead.Length <= FallbackTitleChars)
        {
            return lead;
        }

        // At the last space, or (a lead without one: a URL, Thai or Chinese text) before the character at the limit.
        var cut = lead.LastIndexOf(' ', FallbackTitleChars);
        return string.Concat(lead.AsSpan(0, cut > 0 ? cut : TextElements.At(lead, FallbackTitleChars).Start).TrimEnd([',', ';', ':', ' ']), "…");
    }

    private static bool IsFurniture(string line) => Furniture().IsMatch(line);

    [GeneratedRegex(@"^(?:ADVERTISEMENT|SCROLL TO CONTINUE WITH CONTENT|SCROLL TO RESUME CONTENT|Loading\.*|Advertisement)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^baca\s+juga\s*(?::|$)\s*(?<title>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    /// <summary>
    /// The other ways outlets set a link apart: in brackets (<c>[Baca juga: …]</c>, <c>(Baca: …)</c>,
    /// <c>(Lihat juga: …)</c>), or opened by <c>SIMAK JUGA:</c> or <c>Baca:</c>; 242 lines of the shared corpus, each
    /// another article's headline, which a keyword search found as if it were this article's text. Only a line as short
    /// as a title: a longer one has the paragraph glued after the link (<c>Baca: …,Yahya Zainul Maarif, …</c>). A
    /// bracketed link is the whole line: text after its closing bracket keeps the line (<c>(Baca: X) Warga … (foto)</c>).
    /// </summary>
    [GeneratedRegex(@"^(?:\[\s*(?:baca|simak|lihat)(?:\s+juga)?\s*:\s*(?<title>[^\]]+?)\s*\]|\(\s*(?:baca|simak|lihat)(?:\s+juga)?\s*:\s*(?<title>[^)]+?)\s*\)|(?:baca|simak\s+juga)\s*:\s*(?<title>.*))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLink();

    [GeneratedRegex(@"^baca\s+juga\s*:\s*,(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlsoWithoutTitle();

    /// <summary>
    /// "Baca juga: Title,Text": the first comma followed by neither a space nor a digit (a headline's own commas are
    /// followed by a space, a number's by a digit: <c>Rp1,5 Miliar</c>) ends the link and starts the glued paragraph.
    /// </summary>
    [GeneratedRegex(@"^(?<link>baca\s+juga\s*:\s*[^,\s](?:[^,]|,(?=[\s\d]))*),(?<text>[^\s\d,].*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlsoThenText();

    [GeneratedRegex(@"^(?<role>Penulis|Editor|Reporter|Penyunting|Fotografer)\s*:\s*(?<name>[^:]{2,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();
}
