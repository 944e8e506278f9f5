namespace SearchIndex.Core.Search;

/// <summary>A page of hits with each paragraph that repeats a better one (<see cref="SimilarParagraphs"/>) folded into it.</summary>
/// <param name="Kept">The hits listed, in rank order.</param>
/// <param name="Copies">Per listed document, the documents folded into it, in rank order.</param>
internal sealed record SimilarFold(List<DiversifiedDoc> Kept, Dictionary<int, List<int>> Copies)
{
    /// <summary>No folding: every hit listed.</summary>
    public static SimilarFold None(List<DiversifiedDoc> docs) => new(docs, []);

    /// <summary>
    /// Walks <paramref name="ranked"/> (best first) until <paramref name="need"/> hits are listed, folding each
    /// paragraph whose text (<paramref name="textOf"/>) repeats a listed one into it. A paragraph is compared only with
    /// the better ones, so the first <c>n</c> listed hits do not depend on anything ranked below the <c>n</c>-th.
    /// </summary>
    public static SimilarFold Of(IReadOnlyList<DiversifiedDoc> ranked, int need, Func<int, string> textOf)
    {
        var similar = new SimilarParagraphs();
        var kept = new List<DiversifiedDoc>(Math.Min(need, ranked.Count));
        var copies = new Dictionary<int, List<int>>();
        foreach (var doc in ranked)
        {
            if (kept.Count >= need)
            {
                break;
            }

            if (similar.RepeatOf(textOf(doc.Doc)) is { } of)
            {
                var into = kept[of].Doc;
                if (!copies.TryGetValue(into, out var list))
                {
                    copies[into] = list = [];
                }

                list.Add(doc.Doc);
            }
            else
            {
                kept.Add(doc);
            }
        }

        return new SimilarFold(kept, copies);
    }
}
