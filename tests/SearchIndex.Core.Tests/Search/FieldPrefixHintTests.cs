using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

public sealed class FieldPrefixHintTests
{
    [Theory]
    [InlineData("banjir date:2019-09-10", "'date:' is searched as words here: fields other than title: and source: need --syntax lucene; or filter with --from/--to")]
    [InlineData("article:idsum-00815.txt", "'article:' is searched as words here: fields other than title: and source: need --syntax lucene; or filter with --article")]
    [InlineData("text_exact:Jokowi", "'text_exact:' is searched as words here: fields other than title: and source: need --syntax lucene")]
    [InlineData("tittle:banjir", "'tittle:' is not a field, so it is searched as a word; did you mean 'title:'?")]
    [InlineData("tilte:banjir", "'tilte:' is not a field, so it is searched as a word; did you mean 'title:'?")]
    [InlineData("Sorce:tempo banjir", "'Sorce:' is not a field, so it is searched as a word; did you mean 'source:'?")]
    [InlineData("banjir site:detik.com", "'site:' is not a field, so it is searched as a word; did you mean 'source:'?")]
    [InlineData("judul:banjir", "'judul:' is not a field, so it is searched as a word; did you mean 'title:'?")]
    [InlineData("banjir source:\"\"", "'source:' names no outlet (an empty variable?), so it is left out and no outlet is filtered")] // source:"$OUTLET", the variable empty
    [InlineData("banjir source:", "'source:' names no outlet (an empty variable?), so it is left out and no outlet is filtered")]
    [InlineData("Title:\"  \" banjir", "'Title:' names no word (an empty variable?), so it is left out")]
    public void A_field_the_forgiving_syntax_does_not_search_gets_a_note(string query, string expected) =>
        Assert.Equal(expected, FieldPrefixHint.For(query));

    [Theory]
    [InlineData("title:banjir source:tempo")]
    [InlineData("JAKARTA: banjir melanda")] // a dateline's colon, then a space
    [InlineData("pukul 10:30 WIB")]
    [InlineData("rasio 1:2")]
    [InlineData("kata:kunci")] // a word glued to another, no field meant
    [InlineData("Tipe:Avanza Titik:Nol Ritel:Alfamart Tito:Saya File:foto")] // two edits from title: words, not typos
    [InlineData("banjir")]
    [InlineData("Sumber: BPS, Tanggal: 2019")] // labels in pasted text, not fields
    public void Ordinary_text_gets_no_note(string query) => Assert.Null(FieldPrefixHint.For(query));
}
