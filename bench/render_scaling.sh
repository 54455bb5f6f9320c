#!/usr/bin/env bash
# Whole-process `planc render` on generated plans of growing size: the median
# wall time of several runs, the peak resident memory (GNU time) and the size
# of the draft, for each format.
#
#   bench/render_scaling.sh BUILD_DIR [PLANC_BINARY] [SIZE ...]
#
# BUILD_DIR has planc_gen (and planc, unless PLANC_BINARY names another one,
# such as an older build to compare with). Default sizes: 1k, 10k, 100k, 1M.
# FORMATS (default "md html json") and RUNS (default 3) change what is run;
# PLANC_ARGS adds options to `planc render`, e.g. PLANC_ARGS="-j 1".
set -euo pipefail
source "$(dirname "$0")/common.sh"
build=${1:?usage: render_scaling.sh BUILD_DIR [PLANC_BINARY] [SIZE ...]}
planc=${2:-$build/planc}
shift $(($# >= 2 ? 2 : 1))
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 100000 1000000)
runs=${RUNS:-3}
read -r -a formats <<<"${FORMATS:-md html json}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| indicators | input | format | time (median of $runs) | indicators/s | peak memory | memory ÷ input | draft |"
echo "|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  generated "$build" "$n" "$work/p.plan"
  bytes=$(stat -c %s "$work/p.plan")
  for f in "${formats[@]}"; do
    read -r s kb < <(median "$runs" "$planc" render --max-file-size 4000000000 ${PLANC_ARGS:-} \
      --format "$f" -o "$work/draft" "$work/p.plan")
    out=$(stat -c %s "$work/draft")
    rm -f "$work/draft"
    awk -v n="$n" -v b="$bytes" -v f="$f" -v s="$s" -v kb="$kb" -v o="$out" 'BEGIN {
      if (s <= 0) s = 0.005;
      printf "| %d | %.1f MB | %s | %.2f s | %.0fk/s | %.0f MB | %.1f× | %.0f MB |\n", n, b / 1e6, f, s, n / s / 1000, kb / 1024, kb * 1024 / b, o / 1e6 }'
  done
done
