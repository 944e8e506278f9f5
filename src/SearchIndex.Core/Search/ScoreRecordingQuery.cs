using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchIndex.Core.Search;

/// <summary>The scores a <see cref="ScoreRecordingQuery"/> gave, by top-level document number.</summary>
public sealed class ScoreRecorder
{
    private readonly Dictionary<int, float> _scores = [];

    /// <summary>The recorded score of <paramref name="doc"/>, or 0 when the clause did not score it.</summary>
    public float Of(int doc) => _scores.GetValueOrDefault(doc);

    internal void Record(int doc, float score) => _scores[doc] = score;
}

/// <summary>
/// Scores exactly as its inner query, and writes down each score it gives, so the ranking can later tell how much of
/// a hit's score one clause contributed without scoring that clause a second time (<see cref="TitleCredit"/>).
/// A query of one search: a new one is built for every query text.
/// </summary>
/// <param name="explainAs">When set, <c>--explain</c> shows the clause's terms under this heading.</param>
public sealed class ScoreRecordingQuery(Query inner, ScoreRecorder recorder, string? explainAs = null) : Query
{
    public Query Inner { get; } = inner;

    /// <summary>The heading of the clause's explanation (<see cref="HitExplainer"/> prefixes its terms with it).</summary>
    public string? ExplainAs { get; } = explainAs;

    public override Weight CreateWeight(IndexSearcher searcher) => new RecordingWeight(this, Inner.CreateWeight(searcher), recorder);

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Inner.Rewrite(reader);
        return ReferenceEquals(rewritten, Inner) ? this : new ScoreRecordingQuery(rewritten, recorder, ExplainAs) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

    public override string ToString(string field) => Inner.ToString(field);

    public override bool Equals(object? obj) => obj is ScoreRecordingQuery other && other.Inner.Equals(Inner) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(Inner, Boost, nameof(ScoreRecordingQuery));

    private sealed class RecordingWeight(ScoreRecordingQuery query, Weight inner, ScoreRecorder recorder) : Weight
    {
        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => inner.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => inner.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost * query.Boost);

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var explanation = inner.Explain(context, doc);
            if (query.ExplainAs is null || !explanation.IsMatch)
            {
                return explanation;
            }

            var headed = new Explanation(explanation.Value, query.ExplainAs);
            headed.AddDetail(explanation);
            return headed;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorer = inner.GetScorer(context, acceptDocs);
            return scorer is null ? null : new RecordingScorer(this, scorer, context.DocBase, recorder);
        }
    }

    private sealed class RecordingScorer(Weight weight, Scorer inner, int docBase, ScoreRecorder recorder) : Scorer(weight)
    {
        public override int DocID => inner.DocID;

        public override int Freq => inner.Freq;

        public override int NextDoc() => inner.NextDoc();

        public override int Advance(int target) => inner.Advance(target);

        public override long GetCost() => inner.GetCost();

        public override float GetScore()
        {
            var score = inner.GetScore();
            recorder.Record(docBase + inner.DocID, score);
            return score;
        }
    }
}
