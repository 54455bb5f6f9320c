#!/usr/bin/env bash
# The same-run comparison of docs/performance.md: planc against its peers on
# equivalent generated inputs, each run several times, the median kept.
#
#   bench/compare_peers.sh BUILD_DIR [SIZE ...]        (default sizes: 100000 1000000)
#
# Needs planc and planc_gen in BUILD_DIR, and ledger (Debian's package `ledger`),
# python3, GNU time; jq is used when installed. Prints a Markdown table:
# wall time (s), throughput, records per second and peak memory of each tool.
# PLANC_ARGS adds options to `planc check`, e.g. PLANC_ARGS="-j 1".
set -euo pipefail
source "$(dirname "$0")/common.sh"
build=${1:?usage: compare_peers.sh BUILD_DIR [SIZE ...]}
shift
sizes=("$@")
((${#sizes[@]})) || sizes=(100000 1000000)
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

row() {  # tool n bytes "seconds kb"
  local tool=$1 n=$2 bytes=$3 s kb
  read -r s kb <<<"$4"
  awk -v t="$tool" -v n="$n" -v b="$bytes" -v s="$s" -v kb="$kb" 'BEGIN {
    if (s <= 0) s = 0.001;
    printf "| %s | %d | %.0f MB | %.2f s | %.1f MB/s | %.0fk/s | %.0f MB |\n", t, n, b / 1e6, s, b / 1e6 / s, n / s / 1000, kb / 1024 }'
}

echo "| tool | records | input | time | throughput | records/s | peak memory |"
echo "|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  generated "$build" "$n" "$work/p.plan"
  generated "$build" "$n" "$work/j.ledger" ledger
  generated "$build" "$n" "$work/d.json" json
  pb=$(stat -c %s "$work/p.plan"); lb=$(stat -c %s "$work/j.ledger"); jb=$(stat -c %s "$work/d.json")
  row "planc check" "$n" "$pb" "$(median "$runs" "$build/planc" check --max-file-size 4000000000 ${PLANC_ARGS:-} "$work/p.plan")"
  row "ledger balance" "$n" "$lb" "$(median "$runs" ledger -f "$work/j.ledger" balance)"
  row "python3 json.load" "$n" "$jb" "$(median "$runs" python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$work/d.json")"
  if command -v jq >/dev/null; then row "jq length" "$n" "$jb" "$(median "$runs" jq length "$work/d.json")"; fi
  row "wc -l" "$n" "$pb" "$(median "$runs" wc -l "$work/p.plan")"
done
