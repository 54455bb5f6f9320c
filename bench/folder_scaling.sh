#!/usr/bin/env bash
# `planc check DIR` on a plan folder of nine rounds (three fiscal years × 6, 9
# and 12 months) of a generated plan, against checking the nine round files one
# after the other: the issue's goal is the folder in no more than the
# sequential time divided by the cores.
#
#   bench/folder_scaling.sh BUILD_DIR [INDICATORS]   (default 100000)
#
# Prints the median wall time (RUNS, default 5) of each and the ratio.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build=${1:?usage: folder_scaling.sh BUILD_DIR [INDICATORS]}
n=${2:-100000}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
generated "$build" "$n" "$work/one.plan"
dir="$work/folder"
mkdir -p "$dir"
# The generated file is a plan with its round: the plan is everything but the
# round header and the results; each round file uses it.
awk '/^round /{next} /^result /{exit} {print}' "$work/one.plan" > "$dir/plan.plan"
sed -n '/^result /,$p' "$work/one.plan" > "$work/results"
for y in 2563 2564 2565; do
  for m in 6 9 12; do
    { echo 'use "plan.plan"'; echo "round \"รอบ $m เดือน\" { months $m; year $y }"; cat "$work/results"; } > "$dir/$y-$m.plan"
  done
done
cat "$dir"/*.plan > /dev/null
"$build/planc" check "$dir" --diagnostics short 2>&1 | tail -1 >&2
sequential() { for f in "$dir"/2*.plan; do "$build/planc" check "$f" --diagnostics short 2>/dev/null || true; done; }
export -f sequential; export build dir
read -r s_folder kb_folder < <(median "$runs" "$build/planc" check "$dir" --diagnostics short)
read -r s_seq kb_seq < <(median "$runs" bash -c sequential)
cores=$(nproc)
awk -v n="$n" -v f="$s_folder" -v s="$s_seq" -v c="$cores" -v kb="$kb_folder" 'BEGIN {
  printf "| indicators | rounds | `check DIR` | nine files one after the other | ÷ %d cores | folder ÷ (sequential ÷ cores) | peak memory (folder) |\n", c
  printf "|---|---|---|---|---|---|---|\n"
  printf "| %d | 9 | %.2f s | %.2f s | %.2f s | %.2f | %.0f MB |\n", n, f, s, s / c, f / (s / c), kb / 1024 }'
