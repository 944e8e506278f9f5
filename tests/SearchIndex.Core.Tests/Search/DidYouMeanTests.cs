using SearchIndex.Core.Indexing;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

/// <summary>
/// "Did you mean" when nothing matched, or when a word is in no paragraph: offered only when the corrected query finds something, correcting only the
/// plain words typed; <c>field:</c> text and other non-word text stay as typed. And when an in-query
/// <c>source:</c> is why nothing matched, the reason says so as it does for <c>--source</c>.
/// </summary>
public sealed class DidYouMeanTests : IDisposable
{
    private static readonly SearchOptions Defaults = new();
    private readonly TempFolder _folder = new();
    private readonly IndexSearchSession _session;

    public DidYouMeanTests()
    {
        // "xcm" is one edit from "x.com": the mangling a reviewer saw on `url:http://x.com`.
        _folder.Write("corpus/feed.jsonl", string.Join('\n',
            """{"id":1,"source":"Kompas.com","title":"Presiden Jokowi Meresmikan Bendungan","paragraphs":["Presiden Jokowi meresmikan bendungan di Bogor."]}""",
            """{"id":2,"source":"Tempo","title":"Kode Baru","paragraphs":["Kode xcm tertulis di papan pengumuman."]}""",
            """{"id":3,"source":"Tempo","title":"Gempa","paragraphs":["Gempa mengguncang Palu."]}""",
            """{"id":4,"source":"Tempo","title":"Uang","paragraphs":["Uang palsu beredar."]}""",
            """{"id":5,"source":"Tempo","title":"Ijazah","paragraphs":["Ijazah palsu ditemukan."]}"""));
        new IndexBuilder(new IndexRequest([_folder.Combine("corpus")], _folder.Combine("index"))).Run();
        _session = IndexSearchSession.Open(_folder.Combine("index"));
    }

    [Fact]
    public void Of_words_as_close_a_letter_typed_twice_wins_over_a_commoner_word()
    {
        // "paluu" is one edit from "palu" (1 paragraph) and from "palsu" (2).
        Assert.Equal("gempa palu", _session.Search("gempa paluu", Defaults with { Mode = MatchMode.All }).Suggestion);
    }

    [Theory]
    [InlineData("Gempa Paluu", "Gempa Palu")] // Title Case, as a headline is typed
    [InlineData("GEMPA PALUU", "GEMPA PALU")]
    [InlineData("gempa pALUU", "gempa palu")] // no case shape of a word's own: lower case, as the index holds it
    public void A_correction_is_written_in_the_case_the_word_was_typed_in(string query, string expected)
    {
        Assert.Equal(expected, _session.Search(query, Defaults with { Mode = MatchMode.All }).Suggestion);
    }

    [Fact]
    public void A_word_in_no_paragraph_is_corrected_though_the_other_words_found_something()
    {
        var result = _session.Search("gempa paluu", Defaults);

        Assert.True(result.Total > 0); // "gempa" alone
        Assert.Equal("gempa palu", result.Suggestion);
        Assert.Equal(["paluu"], result.MissingWords);
    }

    [Theory]
    [InlineData("jokowi paluu", "Kompas.com", "paluu")] // "palu" is in no Kompas paragraph: the correction would find nothing itself
    [InlineData("gempa mengguncxg", null, "mengguncxg")] // two edits from "mengguncang": the user has results, and this may be a word new to the corpus
    public void Beside_hits_a_correction_must_find_something_by_itself_and_be_one_edit_away(string query, string? source, string missing)
    {
        var result = _session.Search(query, Defaults with { Source = source });

        Assert.True(result.Total > 0);
        Assert.Null(result.Suggestion);
        Assert.Equal([missing], result.MissingWords); // still named: the hits come from the other word
    }

    [Fact]
    public void A_phrase_word_in_no_paragraph_is_named_too_and_a_phrase_the_index_holds_is_not()
    {
        var result = _session.Search("\"mengguncang zzqqxx\" gempa \"uang palsu\"", Defaults);

        Assert.True(result.Total > 0);
        Assert.Equal(["zzqqxx"], result.MissingWords);
    }

    [Theory]
    [InlineData("\"mengguncang paluu\"", "\"mengguncang palu\"")]
    [InlineData("\"jokowwi meresmikan\" bogor", "\"jokowi meresmikan\" bogor")]
    public void A_mistyped_word_in_a_phrase_that_matches_nothing_is_corrected_where_it_stands(string query, string expected)
    {
        var result = _session.Search(query, Defaults with { Mode = MatchMode.All });

        Assert.Equal(0, result.Total);
        Assert.Equal(expected, result.Suggestion);
    }

    [Fact]
    public void A_mistyped_word_in_a_phrase_is_corrected_though_the_other_words_found_something()
    {
        var result = _session.Search("\"mengguncang paluu\" gempa", Defaults);

        Assert.True(result.Total > 0); // "gempa" alone
        Assert.Equal(["paluu"], result.MissingWords);
        Assert.Equal("\"mengguncang palu\" gempa", result.Suggestion);
    }

    [Fact]
    public void Words_in_no_paragraph_are_named_in_query_order_whether_or_not_one_is_corrected()
    {
        var result = _session.Search("covid gempa paluu covid", Defaults);

        Assert.True(result.Total > 0);
        Assert.Equal(["covid", "paluu"], result.MissingWords);
        Assert.Equal("covid gempa palu covid", result.Suggestion);
    }

    [Theory]
    [InlineData("gempa meresmikannya")] // a form no paragraph has, found by its stem (meresmikan)
    [InlineData("gempa baru")] // only a title has it
    [InlineData("gempa palu")]
    public void A_query_whose_every_word_the_index_holds_in_some_form_gets_no_suggestion(string query)
    {
        var result = _session.Search(query, Defaults);

        Assert.True(result.Total > 0);
        Assert.Null(result.Suggestion);
        Assert.Empty(result.MissingWords);
    }

    [Theory]
    [InlineData("jokowwi", "jokowi")]
    [InlineData("source:kompas.com jokowwi", "source:kompas.com jokowi")]
    [InlineData("+Jokowwi", "+Jokowi")] // in the case it was typed
    [InlineData("x.com jokowwi", "x.com jokowi")]
    [InlineData("title:jokowwi jokowwi", "title:jokowwi jokowi")]
    public void Corrects_the_plain_words_and_leaves_the_rest_as_typed(string query, string expected)
    {
        var result = _session.Search(query, Defaults);

        Assert.Equal(0, result.Total);
        Assert.Equal(expected, result.Suggestion);
    }

    [Theory]
    [InlineData("source:tempo jokowwi")]
    [InlineData("source:kompas jokowwi")]
    [InlineData("url:http://x.com")]
    [InlineData("x.com")]
    public void No_suggestion_that_would_find_nothing_or_mangle_text(string query)
    {
        var result = _session.Search(query, Defaults);

        Assert.Equal(0, result.Total);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public void No_suggestion_that_the_options_filter_away()
    {
        Assert.Null(_session.Search("jokowwi", Defaults with { Source = "Tempo" }).Suggestion);
        Assert.Equal("jokowi", _session.Search("jokowwi", Defaults with { Source = "kompas.com" }).Suggestion);
    }

    [Theory]
    [InlineData("source:kompas jokowi", "no outlet is named 'kompas' (names are matched whole); did you mean: kompas.com")]
    [InlineData("source:antara jokowi", "no outlet is named 'antara' in this index")]
    [InlineData("source:kompascom jokowi", "no outlet is named 'kompascom' (names are matched whole); did you mean: kompas.com")]
    [InlineData("source:tempo.co.id jokowi", "no outlet is named 'tempo.co.id' (names are matched whole); did you mean: tempo")]
    [InlineData("source:temponews jokowi", "no outlet is named 'temponews' (names are matched whole); did you mean: tempo")]
    [InlineData("source:kompasnews.com jokowi", "no outlet is named 'kompasnews.com' (names are matched whole); did you mean: kompas.com")]
    [InlineData("source:antara source:kompas jokowi", "no outlet is named 'antara' in this index")]
    public void An_in_query_source_naming_no_outlet_is_the_reason(string query, string expected)
    {
        Assert.Equal(0, _session.Search(query, Defaults).Total);
        Assert.Equal(expected, _session.EmptyFilter(query, Defaults));
    }

    [Theory]
    [InlineData("source:tempo jokowi")]
    [InlineData("source:antara source:tempo jokowi")]
    [InlineData("-source:antara bendungan")]
    public void An_in_query_source_that_names_an_outlet_is_not_the_reason(string query) =>
        Assert.Null(_session.EmptyFilter(query, Defaults));

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }
}
