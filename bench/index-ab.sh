#!/usr/bin/env bash
# Interleaved A/B of index builds: each variant is "label=command prefix" (the CLI), run ROUNDS times in turn,
# so machine load hits every variant alike. Prints per run wall/user/sys/RSS, then medians per variant.
# usage: bench/index-ab.sh CORPUS ROUNDS 'base=dotnet /a/SearchIndex.Cli.dll' 'new=env X=1 dotnet /b/SearchIndex.Cli.dll' ...
set -euo pipefail
corpus=$1 rounds=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for ((r = 1; r <= rounds; r++)); do
  for variant in "$@"; do
    label=${variant%%=*} cmd=${variant#*=}
    rm -rf "$out/idx"
    # shellcheck disable=SC2086 # the command prefix is word-split on purpose
    /usr/bin/time -f "$label %e %U %S %M" -a -o "$out/times" $cmd index --corpus "$corpus" --index "$out/idx" --rebuild --quiet
    echo "$label round $r: $(tail -1 "$out/times" | cut -d' ' -f2-) (wall user sys rssKB), index $(du -sbL "$out/idx" | cut -f1) bytes"
  done
done
python3 - "$out/times" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) == 5 and not p[0].startswith('Command'):
        rows.setdefault(p[0], []).append([float(x) for x in p[1:]])
for label, runs in rows.items():
    med = [statistics.median(c) for c in zip(*runs)]
    print(f"{label}: median wall {med[0]:.2f} s, cpu {med[1] + med[2]:.2f} s, peak RSS {med[3] / 1024:.0f} MiB ({len(runs)} runs)")
PY
