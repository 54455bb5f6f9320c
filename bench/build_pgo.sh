#!/usr/bin/env bash
# The build whose figures docs/performance.md reports: planc in Release (-O3)
# with profile-guided optimisation (GCC), into BUILD_DIR.
#
#   bench/build_pgo.sh BUILD_DIR        (e.g. build-pgo)
#
# 1. builds an instrumented planc into BUILD_DIR/pgo-train (PLANC_PGO=generate);
# 2. trains it: `check` of generated plans (one thread and all of them, so
#    both ways of parsing are in the profile), `eval`, the four drafts and
#    `fmt` of a small generated plan and of the reference plan;
# 3. builds planc, planc_gen and planc_bench into BUILD_DIR from that profile
#    (PLANC_PGO=use). Tests are not built here: .ci/test compares this planc's
#    output with the normal build's (tests/pgo_same_output.sh).
# About 3 minutes on two cores. Extra cmake options: PGO_CMAKE_ARGS.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: build_pgo.sh BUILD_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
train=$out/pgo-train
profile=$out/pgo-profile
jobs=$(nproc)
# One folder of phase views for both builds: the profile knows a header by
# the path it was included through (CMakeLists.txt, PLANC_PHASE_VIEW_DIR).
common=(-DCMAKE_BUILD_TYPE=Release -DPLANC_PGO_DIR="$profile" -DPLANC_PHASE_VIEW_DIR="$out/phase-view" ${PGO_CMAKE_ARGS:-})

echo "== pgo: instrumented build in $train"
rm -rf "$profile"
cmake -S "$src" -B "$train" "${common[@]}" -DPLANC_PGO=generate -DPLANC_BUILD_TESTS=OFF >/dev/null
cmake --build "$train" -j"$jobs" --target planc planc_gen

echo "== pgo: training"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$train/planc_gen" --indicators 100000 --seed 3 > "$work/large.plan"
"$train/planc_gen" --indicators 2000 --seed 5 > "$work/small.plan"
ref=$src/plans/th-hor-2563/2563-h1.plan
"$train/planc" check -j 1 "$work/large.plan"
"$train/planc" check "$work/large.plan"
for plan in "$work/small.plan" "$ref"; do
  "$train/planc" check "$plan" >/dev/null 2>&1 || true  # the reference plan has its two findings
  "$train/planc" eval "$plan" >/dev/null 2>&1 || true
  for format in md html json csv; do
    "$train/planc" render --format "$format" -o "$work/draft.$format" "$plan" 2>/dev/null || true
  done
  cp "$plan" "$work/fmt.plan"
  "$train/planc" fmt --check "$work/fmt.plan" >/dev/null 2>&1 || true
done
n=$(find "$profile" -name '*.gcda' | wc -l)
((n > 0)) || { echo "build_pgo.sh: the training wrote no profile into $profile" >&2; exit 1; }
echo "   $n profiles in $profile"

echo "== pgo: optimised build in $out"
cmake -S "$src" -B "$out" "${common[@]}" -DPLANC_PGO=use -DPLANC_BUILD_TESTS=OFF >/dev/null
cmake --build "$out" -j"$jobs" --target planc planc_gen planc_bench
echo "== pgo: $out/planc"
