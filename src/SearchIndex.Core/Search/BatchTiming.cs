using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SearchIndex.Core.Search;

/// <summary>
/// The peers' <c>TIMING {json}</c> line: per pass, per-query latency (parse, search, fetch, highlight; not start-up,
/// index open or output) as <c>total_ms</c>, <c>mean_ms</c>, <c>p50_ms</c>, <c>p95_ms</c>, <c>max_ms</c>, and <c>search_mean_ms</c> (parse and search only, before fetch and highlighting), with
/// percentiles picked like the peers' <c>peerlib.pct</c> (nearest rank on the sorted list).
/// </summary>
public static class BatchTiming
{
    public const string Peer = "searchindex";

    public static string Line(IReadOnlyList<IReadOnlyList<double>> passes, IReadOnlyList<IReadOnlyList<double>> searchPasses, int k, double openMs, int documents)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("peer", Peer);
            json.WriteNumber("queries", passes.Count > 0 ? passes[0].Count : 0);
            json.WriteNumber("k", k);
            json.WriteStartArray("passes");
            for (var p = 0; p < passes.Count; p++)
            {
                var sorted = passes[p].Order().ToList();
                json.WriteStartObject();
                json.WriteNumber("total_ms", Math.Round(sorted.Sum(), 3));
                json.WriteNumber("mean_ms", Math.Round(sorted.Count > 0 ? sorted.Average() : 0, 3));
                json.WriteNumber("p50_ms", Math.Round(Percentile(sorted, 50), 3));
                json.WriteNumber("p95_ms", Math.Round(Percentile(sorted, 95), 3));
                json.WriteNumber("max_ms", Math.Round(sorted.Count > 0 ? sorted[^1] : 0, 3));
                json.WriteNumber("search_mean_ms", Math.Round(searchPasses[p].Count > 0 ? searchPasses[p].Average() : 0, 3));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("open_ms", Math.Round(openMs, 3));
            json.WriteNumber("docs", documents);
            json.WriteString("similarity", "BM25Similarity");
            json.WriteEndObject();
        }

        return "TIMING " + Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static double Percentile(List<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var i = (int)Math.Round(p / 100.0 * (sorted.Count - 1), MidpointRounding.ToEven);
        return sorted[Math.Clamp(i, 0, sorted.Count - 1)];
    }
}
