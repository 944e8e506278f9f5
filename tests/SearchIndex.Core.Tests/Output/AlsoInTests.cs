using SearchIndex.Core.Output;
using SearchIndex.Core.Search;

namespace SearchIndex.Core.Tests.Output;

/// <summary>The "≈ also" line of a hit with paragraphs folded into it (<c>--fold-similar</c>).</summary>
public sealed class AlsoInTests
{
    [Fact]
    public void Names_up_to_three_folded_paragraphs_then_counts_the_rest()
    {
        var similar = Enumerable.Range(1, 5).Select(i => new SimilarParagraph($"a{i}.txt", i)).ToList();

        Assert.Equal("≈ also a1.txt ¶1, a2.txt ¶2, a3.txt ¶3 and 2 more", HitTextWriter.AlsoIn(similar));
        Assert.Equal("≈ also a1.txt ¶1", HitTextWriter.AlsoIn(similar[..1]));
        Assert.Equal("≈ also a1.txt ¶1, a2.txt ¶2, a3.txt ¶3", HitTextWriter.AlsoIn(similar[..3]));
    }
}
