using Lucene.Net.Search;
using SearchIndex.Core.Highlighting;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Search;

public class HitExplainerTests
{
    private static readonly ArticleCover FullCover = new(1, 1, 1.0, TitleNamed: true);

    [Fact]
    public void A_disjunction_counts_its_best_branch_fully_and_the_others_times_the_tie_breaker()
    {
        var tree = Node(7.5f, "max plus 0.3 times others of:", Weight(6f, "title:gempa"), Weight(5f, "text:gempa"));

        var scoring = Explain(tree);

        Assert.Equal(["6 title:gempa", "1.5 text:gempa"], scoring);
    }

    [Fact]
    public void A_tie_breaker_written_with_a_decimal_comma_is_read_under_such_a_culture()
    {
        // Lucene.Net writes the tie breaker in the current culture; id-ID writes 0,3 for 0.3.
        var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = comma;
        try
        {
            var tree = Node(7.5f, "max plus 0,3 times others of:", Weight(6f, "title:gempa"), Weight(5f, "text:gempa"));

            Assert.Equal(["6 title:gempa", "1.5 text:gempa"], Explain(tree));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_branch_that_does_not_count_is_not_listed()
    {
        var tree = Node(4f, "max of:", Weight(4f, "title:belajar"), Weight(3f, "title:ajar"));

        Assert.Equal(["4 title:belajar"], Explain(tree));
    }

    [Fact]
    public void The_title_as_paragraph_clause_labels_its_terms()
    {
        var tree = Node(9f, "sum of:", Node(6f, HitExplainer.TitleAsParagraph, Weight(6f, "title:gempa")), Weight(3f, "text:gempa"));

        Assert.Equal(["6 title-as-¶ title:gempa", "3 text:gempa"], Explain(tree));
    }

    [Fact]
    public void A_word_the_paragraph_holds_as_typed_is_no_stem_match()
    {
        var tree = Weight(3f, "text:tangkap");
        List<QueryWord> words = [new("tangkap", "tangkap"), new("polisi", "polisi")];
        List<WordMatch> matches =
        [
            new(new TextRange(0, 9), "ditangkap", "tangkap"),
            new(new TextRange(15, 22), "tangkap", "tangkap"),
            new(new TextRange(30, 40), "kepolisian", "polisi"),
        ];

        var stemMatches = HitExplainer.Explain(tree, FullCover, new DiversifiedDoc(0, tree.Value, 0), words, matches).StemMatches;

        Assert.Equal(["polisi"], stemMatches.Select(s => s.Word));
        Assert.Equal(["kepolisian"], stemMatches.Single().Forms);
    }

    private static List<string> Explain(Explanation tree) =>
        HitExplainer.Explain(tree, FullCover, new DiversifiedDoc(0, tree.Value, 0), [], []).Scoring.ToList();

    private static Explanation Weight(float value, string clause) => new(value, $"weight({clause} in 0) [BM25Similarity], result of:");

    private static Explanation Node(float value, string description, params Explanation[] details)
    {
        var node = new Explanation(value, description);
        foreach (var detail in details)
        {
            node.AddDetail(detail);
        }

        return node;
    }
}
