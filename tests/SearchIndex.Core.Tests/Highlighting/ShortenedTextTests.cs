using SearchIndex.Core.Corpus;
using SearchIndex.Core.Highlighting;

namespace SearchIndex.Core.Tests.Highlighting;

/// <summary>
/// Text cut to a length for a message or a fallback title is cut between characters as a reader sees them: a cut at a
/// raw UTF-16 index could split a surrogate pair (an emoji), which prints as U+FFFD and is invalid in JSON.
/// </summary>
public sealed class ShortenedTextTests
{
    [Fact]
    public void A_cut_that_would_split_an_emoji_comes_before_it()
    {
        var text = new string('a', 99) + "😀" + "tail";

        Assert.Equal(new string('a', 99) + "…", TextElements.Shortened(text, 100));
        Assert.Equal(new string('a', 99) + "😀…", TextElements.Shortened(text, 101));
        Assert.Equal("pendek", TextElements.Shortened("pendek", 100));
    }

    [Fact]
    public void A_lead_without_spaces_gives_a_fallback_title_of_whole_characters()
    {
        // A text opening with its dateline has no title line: the lead, dateline stripped, is cut at 90 characters.
        var lead = new string('x', ArticleTextParser.FallbackTitleChars - 1) + string.Concat(Enumerable.Repeat("😀", 10));

        var article = ArticleTextParser.Parse("a.txt", "JAKARTA, KOMPAS.com - " + lead + "\nParagraf kedua.\n", "hash");

        Assert.Equal(new string('x', ArticleTextParser.FallbackTitleChars - 1) + "…", article.Title);
    }
}
