#!/usr/bin/env bash
# The macro benchmark of issue 7: SearchIndex next to Java Lucene 8 and 4.10 in ONE run of the shared peers harness
# (same corpus, same queries, same machine load), then a cold-start measurement of one `search` from a fresh process.
#
# usage: bench/macro.sh [CORPUS] [QUERIES] [COLD_RUNS]
#   CORPUS     default /work/data/id-news (read-only is fine)
#   QUERIES    default /tmp/q100.txt, made by gen-queries (100 queries, seed 4242) when missing
#   COLD_RUNS  default 20: fresh processes for the cold-start median
# SEARCHINDEX_TIMING=1 makes the CLI print the peers' TIMING line (per-query latency without start-up and index open).
# env: PEERS_DIR (default: ../shared/peers beside the repository), PUBLISH_DIR (default /tmp/searchindex-bench-cli),
#      PEERS (default "lucene lucene4 searchindex"), SKIP_PEERS=1 to run only the cold-start part.
# Prints the run-all summary path and the cold-start median; docs/benchmarks.md records the results.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-/work/data/id-news}
queries=${2:-/tmp/q100.txt}
cold_runs=${3:-20}
peers_dir=${PEERS_DIR:-$(cd "$repo/../shared/peers" && pwd)}
out=${PUBLISH_DIR:-/tmp/searchindex-bench-cli}

# 1. The CLI as it ships: published for this RID, ReadyToRun (see SearchIndex.Cli.csproj).
dotnet publish "$repo/src/SearchIndex.Cli" -c Release -r linux-x64 -o "$out" --nologo -v quiet
cli="dotnet $out/SearchIndex.Cli.dll"

if [ ! -s "$queries" ]; then
  "$peers_dir/gen-queries" "$corpus" 100 "$queries" 4242
fi

# 2. Index + batch search, all peers in one run (several minutes; run-all prints its summary path).
if [ "${SKIP_PEERS:-0}" != 1 ]; then
  SEARCHINDEX_TIMING=1 SEARCHINDEX_CLI="$cli" PEERS="${PEERS:-lucene lucene4 searchindex}" "$peers_dir/run-all" "$corpus" "$queries" \
    || echo "run-all exited $?"
fi

# 3. Cold start: one query, a fresh process each time, on the index run-all just built; the median wall time.
index=${PEERS_STATE:-$HOME/.cache/searchindex-peers}/indexes/run-all/searchindex/index
query=$(grep -v -e '^[[:space:]]*$' -e '^#' "$queries" | head -1)
echo "cold start: $cli search \"$query\" --index $index --format jsonl, $cold_runs runs"
# shellcheck disable=SC2086 # the CLI prefix is word-split on purpose
$cli search "$query" --index "$index" --format jsonl > /dev/null || echo "(warm-up run exited $?)"
for ((i = 0; i < cold_runs; i++)); do
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  $cli search "$query" --index "$index" --format jsonl > /dev/null || true
  echo $(( ($(date +%s%N) - start) / 1000000 ))
done | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
  printf "cold start: median %s ms, min %s ms, max %s ms over %d runs\n", m, a[1], a[NR], NR }'
