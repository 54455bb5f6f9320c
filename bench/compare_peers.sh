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
build=${1:?usage: compare_peers.sh BUILD_DIR [SIZE ...]}
shift
sizes=("$@")
((${#sizes[@]})) || sizes=(100000 1000000)
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median of the runs: "seconds max_rss_kb"
measure() {
  local out=()
  for ((k = 0; k < runs; k++)); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || {
      echo "failed: $*" >&2; cat "$work/err" >&2; return 1; }
    out+=("$(cat "$work/t")")
  done
  printf '%s\n' "${out[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

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
  "$build/planc_gen" --indicators "$n" --seed 1 > "$work/p.plan"
  "$build/planc_gen" --indicators "$n" --seed 1 --format ledger > "$work/j.ledger"
  "$build/planc_gen" --indicators "$n" --seed 1 --format json > "$work/d.json"
  pb=$(stat -c %s "$work/p.plan"); lb=$(stat -c %s "$work/j.ledger"); jb=$(stat -c %s "$work/d.json")
  cat "$work/p.plan" "$work/j.ledger" "$work/d.json" > /dev/null  # all in the page cache alike
  row "planc check" "$n" "$pb" "$(measure "$build/planc" check --max-file-size 4000000000 ${PLANC_ARGS:-} "$work/p.plan")"
  row "ledger balance" "$n" "$lb" "$(measure ledger -f "$work/j.ledger" balance)"
  row "python3 json.load" "$n" "$jb" "$(measure python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$work/d.json")"
  if command -v jq >/dev/null; then row "jq length" "$n" "$jb" "$(measure jq length "$work/d.json")"; fi
  row "wc -l" "$n" "$pb" "$(measure wc -l "$work/p.plan")"
done
