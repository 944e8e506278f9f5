using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

public sealed class ForgivingQueryParserTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void A_lucene_boost_after_a_word_or_a_phrase_is_left_out()
    {
        Assert.Equal(
            [
                new QueryPart("banjir", false, QueryPartOccur.Default, null, false),
                new QueryPart("banjir bandang", true, QueryPartOccur.Default, null, false),
                new QueryPart("jakarta", false, QueryPartOccur.Required, null, false),
                new QueryPart("^2", false, QueryPartOccur.Default, null, false),
            ],
            ForgivingQueryParser.Parse("banjir^2 \"banjir bandang\"^0.5 +jakarta^3 ^2"));
        Assert.Equal("'^0.5' weights a word only under --syntax lucene; here it is left out, and the words count alike", BoostHint.For("\"a b\"^0.5 c"));
        Assert.Null(BoostHint.For("x^2abc 10^3m ^2"));
    }

    [Fact]
    public void A_lucene_slop_or_fuzzy_tilde_after_a_phrase_or_a_word_is_left_out()
    {
        // "\"banjir bandang\"~3" had searched for the phrase or the word 3 (4,539 paragraphs of the shared corpus, not
        // the phrase's 8), and "banjr~1" for every 1.
        Assert.Equal(
            [
                new QueryPart("banjir bandang", true, QueryPartOccur.Default, null, false),
                new QueryPart("banjr", false, QueryPartOccur.Default, null, false),
                new QueryPart("jakarta", false, QueryPartOccur.Excluded, null, false),
                new QueryPart("kabut asap", true, QueryPartOccur.Default, "title", false),
                new QueryPart("riau", false, QueryPartOccur.Default, null, false),
                new QueryPart("30~35", false, QueryPartOccur.Default, null, false),
            ],
            ForgivingQueryParser.Parse("\"banjir bandang\"~3 banjr~1 -jakarta~ title:\"kabut asap\"~2^3 riau~0.8^2 30~35"));
        Assert.Equal(
            "'~3' lets a phrase's words stand apart only under --syntax lucene; here it is left out, and the phrase matches its words next to each other",
            TildeHint.For("putin \"banjir bandang\"~3"));
        Assert.Equal(
            "'~1' makes a word fuzzy only under --syntax lucene; here it is left out, and the word matches as any word does",
            TildeHint.For("banjr~1 jakarta"));
        Assert.StartsWith("'~' makes a word fuzzy", TildeHint.For("banjr~"));
        Assert.StartsWith("'~2' lets a phrase's", TildeHint.For("“kabut asap”~2"));
        Assert.Null(TildeHint.For("suhu 30~35 derajat ~ ~2 a~b"));
    }

    [Fact]
    public void A_query_of_more_words_than_are_searched_names_the_first_left_out()
    {
        var words = Enumerable.Range(1, 70).Select(i => $"kata{i}").ToList();

        Assert.Equal("the query holds 71 words and phrases; only the first 64 are searched, so 'kata64' and the 6 after it are left out",
            WordCapHint.For("banjir " + string.Join(' ', words)));
        Assert.Equal("the query holds 65 words and phrases; only the first 64 are searched, so '\"kata kata\"' is left out",
            WordCapHint.For(string.Join(' ', words.Take(64)) + " \"kata kata\""));
        // Repeats and outlets do not count: 64 distinct words are all searched.
        Assert.Null(WordCapHint.For(string.Join(' ', words.Take(64)) + " kata1 kata2 source:tempo.co"));
    }

    [Fact]
    public void A_lucene_boost_after_a_group_is_named_as_left_out()
    {
        Assert.Equal("'^2' weights a word only under --syntax lucene; here it is left out, and the words count alike", BoostHint.For("(banjir OR bandang)^2"));
    }

    [Fact]
    public void Lucene_operator_symbols_are_read_as_the_words()
    {
        // "banjir && jakarta" had searched for either word (14,753 paragraphs of the shared corpus, against AND's 51),
        // and "banjir !jakarta" for both: && || ! are Lucene's and Elasticsearch's AND, OR and NOT.
        Assert.Equal(
            ForgivingQueryParser.Parse("banjir AND jakarta OR bandung NOT bogor NOT (garut cianjur)"),
            ForgivingQueryParser.Parse("banjir && jakarta || bandung !bogor !(garut cianjur)"));
        Assert.Equal(
            [
                new QueryPart("hore!", false, QueryPartOccur.Default, null, false),
                new QueryPart("!!", false, QueryPartOccur.Default, null, false),
                new QueryPart("a&&b", false, QueryPartOccur.Default, null, false),
                new QueryPart("!", false, QueryPartOccur.Default, null, false),
                new QueryPart("depok", false, QueryPartOccur.Default, null, false),
            ],
            ForgivingQueryParser.Parse("hore! !! a&&b ! depok")); // a lone "!" is a word to Lucene too, not NOT
    }

    [Fact]
    public void A_star_inside_quotes_is_named_as_left_out()
    {
        // "kabut asap*" had matched "kabut asap" as written, silently: not "kabut asapnya", which the user had asked for.
        Assert.Equal(
            "'*' is left out of \"kabut asap*\": a quoted phrase matches its words as written; to match every word that starts so, write it outside the quotes (asap*)",
            PhraseStarHint.For("riau \"kabut asap*\""));
        Assert.StartsWith("'*' is left out of \"korup* kpk\"", PhraseStarHint.For("“korup* kpk”"));
        Assert.Null(PhraseStarHint.For("kabut asap* \"riau\""));
        Assert.Null(PhraseStarHint.For("\"kabut asap\" korup*"));
        Assert.Null(PhraseStarHint.For("\"a * b\""));
    }

    [Fact]
    public void A_star_inside_a_quoted_word_is_not_taken_for_a_prefix()
    {
        // "kabut as*ap" was told "write it outside the quotes (as*)": a star inside a word marks no prefix, and as* is
        // not the word typed.
        Assert.Null(PhraseStarHint.For("\"kabut as*ap\""));
        Assert.StartsWith("'*' is left out of \"as*ap asap*\"", PhraseStarHint.For("\"as*ap asap*\""));
        Assert.EndsWith("(asap*)", PhraseStarHint.For("\"as*ap asap*\""));
        Assert.EndsWith("(asap*)", PhraseStarHint.For("\"kabut asap**\""));
    }

    [Fact]
    public void Words_phrases_operators_and_fields_are_recognised()
    {
        var parts = ForgivingQueryParser.Parse("putin \"kim jong un\" -rusia +korea a OR b title:roket source:\"Tribunnews.com\"");

        Assert.Equal(
            [
                new QueryPart("putin", false, QueryPartOccur.Default, null, false),
                new QueryPart("kim jong un", true, QueryPartOccur.Default, null, false),
                new QueryPart("rusia", false, QueryPartOccur.Excluded, null, false),
                new QueryPart("korea", false, QueryPartOccur.Required, null, false),
                new QueryPart("a", false, QueryPartOccur.Default, null, false),
                new QueryPart("b", false, QueryPartOccur.Default, null, true),
                new QueryPart("roket", false, QueryPartOccur.Default, "title", false),
                new QueryPart("Tribunnews.com", true, QueryPartOccur.Default, "source", false),
            ],
            parts);
    }

    [Fact]
    public void An_escaped_quote_is_text_not_a_phrase_mark()
    {
        // '\"banjir' had opened a phrase of one word, which matches the form as written only (359 paragraphs of the
        // shared corpus, 522 for banjir); inside a phrase, \" had ended it.
        Assert.Equal([new QueryPart("\"banjir", false, QueryPartOccur.Default, null, false)], ForgivingQueryParser.Parse("\\\"banjir"));
        Assert.Equal(
            [new QueryPart("kata \\\"kutip\\\" itu", true, QueryPartOccur.Default, null, false), new QueryPart("putin", false, QueryPartOccur.Default, null, false)],
            ForgivingQueryParser.Parse("\"kata \\\"kutip\\\" itu\" putin"));
    }

    [Theory]
    [InlineData("“kim jong un” putin")]
    [InlineData("„kim jong un‟ putin")]
    public void Typographic_quotes_quote_a_phrase(string query)
    {
        var parts = ForgivingQueryParser.Parse(query);

        Assert.Equal(new QueryPart("kim jong un", true, QueryPartOccur.Default, null, false), parts[0]);
        Assert.Equal("putin", parts[1].Text);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("OR")]
    [InlineData("- + OR OR -")]
    [InlineData("title:")]
    [InlineData("\"\"")]
    [InlineData("((( ]] {{ ~ * ? \\")]
    public void Odd_input_parses_and_searches_without_error(string query)
    {
        ForgivingQueryParser.Parse(query);
        index.Session.Search(query, new SearchOptions());
    }

    [Theory]
    [InlineData("banjir source:")] // source:$OUTLET in a script, the variable empty
    [InlineData("banjir source:\"\"")]
    [InlineData("banjir -source:\"  \"")]
    [InlineData("banjir title:")]
    [InlineData("title:\"\" banjir")]
    [InlineData("banjir source:\"")]
    public void A_field_with_nothing_after_its_colon_is_left_out_not_searched_as_its_name(string query)
    {
        // Read as the word "source", its few paragraphs outranked every banjir paragraph.
        Assert.Equal([new QueryPart("banjir", false, QueryPartOccur.Default, null, false)], ForgivingQueryParser.Parse(query));
    }

    [Fact]
    public void A_doubled_sign_is_part_of_the_word_not_an_operator()
    {
        var parts = ForgivingQueryParser.Parse("mount --bind -e");

        Assert.Equal(
            [
                new QueryPart("mount", false, QueryPartOccur.Default, null, false),
                new QueryPart("--bind", false, QueryPartOccur.Default, null, false),
                new QueryPart("e", false, QueryPartOccur.Excluded, null, false),
            ],
            parts);
    }

    [Fact]
    public void Upper_case_and_requires_both_neighbours_and_not_excludes_the_next()
    {
        Assert.Equal(
            [
                new QueryPart("banjir", false, QueryPartOccur.Required, null, false),
                new QueryPart("bandang", false, QueryPartOccur.Required, null, false),
                new QueryPart("garut", false, QueryPartOccur.Excluded, null, false),
                new QueryPart("and", false, QueryPartOccur.Default, null, false),
                new QueryPart("not", false, QueryPartOccur.Default, null, false),
            ],
            ForgivingQueryParser.Parse("banjir AND bandang NOT garut and not"));
        Assert.Equal([new QueryPart("putin", false, QueryPartOccur.Default, null, false)], ForgivingQueryParser.Parse("AND putin AND"));
        Assert.Equal([new QueryPart("kim", false, QueryPartOccur.Excluded, null, false)], ForgivingQueryParser.Parse("NOT kim NOT"));
    }

    [Fact]
    public void And_requires_a_whole_or_group_and_and_not_keeps_the_requirement()
    {
        Assert.Equal(
            [
                new QueryPart("banjir", false, QueryPartOccur.Required, null, false),
                new QueryPart("jakarta", false, QueryPartOccur.Required, null, false),
                new QueryPart("bandung", false, QueryPartOccur.Required, null, true),
            ],
            ForgivingQueryParser.Parse("banjir AND jakarta OR bandung"));
        Assert.Equal(
            [
                new QueryPart("jakarta", false, QueryPartOccur.Required, null, false),
                new QueryPart("bandung", false, QueryPartOccur.Required, null, true),
                new QueryPart("banjir", false, QueryPartOccur.Required, null, false),
            ],
            ForgivingQueryParser.Parse("jakarta OR bandung AND banjir"));
        Assert.Equal(
            [
                new QueryPart("banjir", false, QueryPartOccur.Default, null, false),
                new QueryPart("jakarta", false, QueryPartOccur.Required, null, false),
                new QueryPart("bandung", false, QueryPartOccur.Excluded, null, false),
            ],
            ForgivingQueryParser.Parse("banjir jakarta AND NOT bandung"));
    }

    [Theory]
    [InlineData("banjir AND NOT jakarta OR bandung", "+banjir -jakarta bandung")]
    [InlineData("banjir AND -jakarta OR bandung", "+banjir -jakarta bandung")]
    [InlineData("banjir AND jakarta OR NOT bandung OR longsor", "+banjir +jakarta -bandung longsor")]
    public void An_excluded_part_ends_the_required_group(string query, string signs)
    {
        Assert.Equal(
            ForgivingQueryParser.Parse(signs).Select(p => (p.Text, p.Occur)),
            ForgivingQueryParser.Parse(query).Select(p => (p.Text, p.Occur)));
    }

    [Theory]
    [InlineData("putin AND kim OR korea", "putin kim OR korea")]
    [InlineData("putin AND korea OR kim", "putin kim OR korea")]
    public void And_next_to_an_or_group_finds_what_all_words_mode_finds(string query, string allWords)
    {
        var withAnd = index.Session.Search(query, new SearchOptions { Top = 100 });
        var all = index.Session.Search(allWords, new SearchOptions { Top = 100, Mode = MatchMode.All });

        Assert.NotEmpty(all.Hits);
        Assert.Equal(all.Total, withAnd.Total);
    }

    [Theory]
    // A sign before a parenthesis applies to the whole group: "-(kim korea)" had excluded kim alone and searched for
    // korea, the word the reader wanted gone.
    [InlineData("rusia -(kim korea)", "rusia -kim -korea")]
    [InlineData("rusia NOT (kim OR korea)", "rusia -kim -korea")]
    [InlineData("rusia NOT(kim OR korea)", "rusia -kim -korea")]
    [InlineData("rusia -( kim korea )", "rusia -kim -korea")]
    [InlineData("rusia -((kim) \"korea utara\") putin", "rusia -kim -\"korea utara\" putin")]
    [InlineData("rusia +(kim korea)", "rusia +kim OR +korea")]
    // A parenthesis before a sign leaves it an operator: "(-kim)" had been the word "(-kim)", analysed to kim, and
    // searched for.
    [InlineData("rusia (-kim)", "rusia -kim")]
    [InlineData("(NOT kim) rusia", "-kim rusia")]
    [InlineData("(+kim) rusia", "+kim rusia")]
    public void Parentheses_and_signs_match_as_the_signs_alone(string withParentheses, string signs)
    {
        var grouped = index.Session.Search(withParentheses, new SearchOptions { Top = 100 });
        var plain = index.Session.Search(signs, new SearchOptions { Top = 100 });

        Assert.NotEmpty(plain.Hits);
        Assert.Equal(plain.Total, grouped.Total);
        Assert.Equal(plain.Hits.Select(h => (h.Article, h.Paragraph)), grouped.Hits.Select(h => (h.Article, h.Paragraph)));
    }

    [Theory]
    // A field before a parenthesis applies to each word and phrase up to its closing one, as Lucene and Elasticsearch
    // read it: "title:(roket kunjungan)" had searched the title for roket and the paragraph text for kunjungan.
    [InlineData("putin title:(roket kunjungan)", "putin title:roket title:kunjungan")]
    [InlineData("putin title:( roket OR kunjungan )", "putin title:roket OR title:kunjungan")]
    [InlineData("putin title:(\"luar angkasa\" roket)", "putin title:\"luar angkasa\" title:roket")]
    [InlineData("putin +title:(roket kunjungan)", "putin +title:roket OR +title:kunjungan")]
    [InlineData("putin -title:(zebra kuda) kim", "putin -title:zebra -title:kuda kim")]
    [InlineData("putin source:(Tribunnews.com)", "putin source:Tribunnews.com")]
    [InlineData("putin title:((roket) kunjungan) kim", "putin title:roket title:kunjungan kim")]
    public void A_field_before_a_parenthesis_applies_to_the_group(string grouped, string fields)
    {
        var withGroup = index.Session.Search(grouped, new SearchOptions { Top = 100 });
        var plain = index.Session.Search(fields, new SearchOptions { Top = 100 });

        Assert.NotEmpty(plain.Hits);
        Assert.Equal(plain.Total, withGroup.Total);
        Assert.Equal(plain.Hits.Select(h => (h.Article, h.Paragraph, h.Score)), withGroup.Hits.Select(h => (h.Article, h.Paragraph, h.Score)));
    }

    [Fact]
    public void A_field_before_a_parenthesis_reaches_its_last_word_and_no_further()
    {
        var parts = ForgivingQueryParser.Parse("-title:(zebra roket) kim NOT title:(a b)");

        Assert.Equal(["title", "title", null, "title", "title"], parts.Select(p => p.Field));
        Assert.Equal(
            [QueryPartOccur.Excluded, QueryPartOccur.Excluded, QueryPartOccur.Default, QueryPartOccur.Excluded, QueryPartOccur.Excluded],
            parts.Select(p => p.Occur));
        // Excluded from the title, roket no longer matches: it had been a word searched in the text.
        Assert.Equal(0, index.Session.Search("-title:(zebra roket) putin", new SearchOptions()).Total);
    }

    [Theory]
    [InlineData("title:(gempa (palu) banjir) kpk", QueryPartOccur.Default)]
    [InlineData("-title:(gempa (palu) banjir) kpk", QueryPartOccur.Excluded)]
    public void A_parenthesis_inside_a_field_group_does_not_end_it(string query, QueryPartOccur groupOccur)
    {
        var parts = ForgivingQueryParser.Parse(query);

        Assert.Equal(["gempa", "palu", "banjir", "kpk"], parts.Select(p => p.Text));
        Assert.Equal(["title", "title", "title", null], parts.Select(p => p.Field));
        Assert.Equal([groupOccur, groupOccur, groupOccur, QueryPartOccur.Default], parts.Select(p => p.Occur));
    }

    [Fact]
    public void A_field_after_a_parenthesis_is_a_field()
    {
        Assert.Equal([new QueryPart("banjir)", false, QueryPartOccur.Default, "title", false)], ForgivingQueryParser.Parse("( (title:banjir)"));
    }

    [Theory]
    [InlineData("putin AND kim", "+putin +kim")]
    [InlineData("putin NOT kim", "putin -kim")]
    public void And_and_not_find_what_their_signs_find(string words, string signs)
    {
        var withWords = index.Session.Search(words, new SearchOptions { Top = 100 });
        var withSigns = index.Session.Search(signs, new SearchOptions { Top = 100 });

        Assert.NotEmpty(withSigns.Hits);
        Assert.Equal(withSigns.Total, withWords.Total);
        Assert.Equal(withSigns.Hits.Select(h => (h.Article, h.Paragraph)), withWords.Hits.Select(h => (h.Article, h.Paragraph)));
    }

    [Fact]
    public void Lone_operators_at_the_ends_are_ignored()
    {
        var parts = ForgivingQueryParser.Parse("OR putin OR");

        Assert.Equal([new QueryPart("putin", false, QueryPartOccur.Default, null, false)], parts);
    }

    [Fact]
    public void A_ten_thousand_character_query_stays_under_the_clause_limit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => "w" + i));
        var hyphenated = string.Join('-', Enumerable.Range(0, 3000).Select(i => "k" + i));

        index.Session.Search(words[..10_000], new SearchOptions());
        index.Session.Search(hyphenated, new SearchOptions(Mode: MatchMode.All));
        var result = index.Session.Search("putin " + words, new SearchOptions());

        Assert.True(result.Total > 0);
    }

    [Fact]
    public void Random_strings_never_throw()
    {
        var random = new Random(20231);
        const string alphabet = "abcdeputinkorea \"\"--++::()[]{}~*?\\/!ORANDNOT title:source:\t\n\u00e9\u4e2d\u0627\ud83d\ude00\ud800";
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            }

            var query = new string(chars);
            var mode = i % 2 == 0 ? MatchMode.Any : MatchMode.All;
            var result = index.Session.Search(query, new SearchOptions(Mode: mode));
            Assert.All(result.Hits, hit => Assert.All(hit.Text.Matches, m => Assert.InRange(m.End, m.Start + 1, hit.Text.Text.Length)));
        }
    }
}
