#!/usr/bin/env bash
# A/B of search latency, interleaved so machine load hits each variant alike.
#
#   bench/search-ab.sh QUERIES ROUNDS CLI_DIR:INDEX_DIR [CLI_DIR:INDEX_DIR ...]
#
# Each round runs every variant once over the queries file (SEARCHINDEX_TIMING=1 PEER_REPEAT=8: eight timed passes
# in one process, the first one warming up) and takes the median of the warm passes' p50. Prints each round's p50s
# and their ratios to the first variant, then the median p50 and the median of the per-round ratios.
set -euo pipefail
if [ $# -lt 3 ]; then sed -n 2,8p "$0"; exit 2; fi
queries=$1 rounds=$2; shift 2

p50() {
  SEARCHINDEX_TIMING=1 PEER_REPEAT=8 dotnet "${1%%:*}/SearchIndex.Cli.dll" search -i "${1#*:}" \
    --queries-file "$queries" --top 10 --format jsonl 2>&1 >/dev/null | grep '^TIMING ' | python3 -c '
import json, statistics, sys
timing = json.loads(sys.stdin.read()[len("TIMING "):])
print(statistics.median(p["p50_ms"] for p in timing["passes"][1:]))'
}

for _ in $(seq "$rounds"); do
  row=""
  for variant in "$@"; do row="$row $(p50 "$variant")"; done
  echo "$row"
done | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin]
for r in rows: print(r, [round(x / r[0], 3) for x in r])
n = len(rows[0])
print("median p50", [round(statistics.median(r[i] for r in rows), 3) for i in range(n)])
print("median ratio", [round(statistics.median(r[i] / r[0] for r in rows), 3) for i in range(n)])'
