#!/usr/bin/env bash
# Whole-process `planc check` on generated plans of growing size: the median
# wall time of several runs and the peak resident memory (GNU time).
#
#   bench/scaling.sh BUILD_DIR [PLANC_BINARY] [SIZE ...]
#
# BUILD_DIR has planc_gen (and planc, unless PLANC_BINARY names another one,
# such as an older build to compare with). Default sizes: 1k, 10k, 100k, 1M.
# PLANC_ARGS adds options to `planc check`, e.g. PLANC_ARGS="-j 1".
set -euo pipefail
source "$(dirname "$0")/common.sh"
build=${1:?usage: scaling.sh BUILD_DIR [PLANC_BINARY] [SIZE ...]}
planc=${2:-$build/planc}
shift $(($# >= 2 ? 2 : 1))
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 100000 1000000)
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| indicators | input | time (median of $runs) | throughput | indicators/s | peak memory | memory ÷ input |"
echo "|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  generated "$build" "$n" "$work/p.plan"
  bytes=$(stat -c %s "$work/p.plan")
  read -r s kb < <(median "$runs" "$planc" check --max-file-size 4000000000 ${PLANC_ARGS:-} "$work/p.plan")
  awk -v n="$n" -v b="$bytes" -v s="$s" -v kb="$kb" 'BEGIN {
    if (s <= 0) s = 0.005;
    printf "| %d | %.1f MB | %.3f s | %.0f MB/s | %.0fk/s | %.0f MB | %.1f× |\n", n, b / 1e6, s, b / 1e6 / s, n / s / 1000, kb / 1024, kb * 1024 / b }'
done
