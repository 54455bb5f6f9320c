#!/usr/bin/env bash
# Two builds of planc give the same bytes: the test build (.ci/build) and the
# profile-optimised one (bench/build_pgo.sh), whose figures
# docs/performance.md reports. Profile-guided optimisation may change only
# how fast planc is; this compares every output of both on the reference plan,
# an example plan, a plan with errors and generated plans (one and two threads).
#
#   tests/pgo_same_output.sh PLANC_A PLANC_B PLANC_GEN
set -euo pipefail
a=${1:?usage: pgo_same_output.sh PLANC_A PLANC_B PLANC_GEN}
b=${2:?usage: pgo_same_output.sh PLANC_A PLANC_B PLANC_GEN}
gen=${3:?usage: pgo_same_output.sh PLANC_A PLANC_B PLANC_GEN}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$gen" --indicators 30000 --seed 11 > "$work/gen.plan"
# The same plan with a weight and a result made wrong: diagnostics on both paths.
sed -e '0,/weight [0-9]*\/[0-9]*/s//weight 999\/7/' -e '0,/value ๔/s//value -๔/' "$work/gen.plan" > "$work/gen-err.plan"
plans=("$src/plans/th-hor-2563/2563-h1.plan" "$work/gen.plan" "$work/gen-err.plan")
for p in "$src"/plans/examples/*/*.plan; do plans+=("$p"); done

compared=0 differ=0
run() {  # name command...: runs it with both builds, compares stdout, stderr and the exit code
  local name=$1
  shift
  local ra rb
  ra=0; "$a" "$@" >"$work/a.out" 2>"$work/a.err" || ra=$?
  rb=0; "$b" "$@" >"$work/b.out" 2>"$work/b.err" || rb=$?
  compared=$((compared + 1))
  if [[ $ra != "$rb" ]] || ! cmp -s "$work/a.out" "$work/b.out" || ! cmp -s "$work/a.err" "$work/b.err"; then
    echo "DIFFERENT: $name (exit $ra vs $rb)" >&2
    diff <(cat "$work/a.out" "$work/a.err") <(cat "$work/b.out" "$work/b.err") | head -10 >&2 || true
    differ=$((differ + 1))
  fi
}
drafts() {  # compares the drafts both builds write into files, and their exit codes
  local plan=$1 f ra rb
  for f in md html json csv; do
    rm -f "$work/a.$f" "$work/b.$f"  # a render that writes nothing must not be compared with an older draft
    ra=0; "$a" render --format "$f" -o "$work/a.$f" "$plan" 2>/dev/null || ra=$?
    rb=0; "$b" render --format "$f" -o "$work/b.$f" "$plan" 2>/dev/null || rb=$?
    compared=$((compared + 1))
    local same=1
    if [[ $ra != "$rb" ]]; then same=0
    elif [[ -e $work/a.$f || -e $work/b.$f ]] && ! cmp -s "$work/a.$f" "$work/b.$f"; then same=0  # one missing: differs
    fi
    if ((!same)); then
      echo "DIFFERENT: render $f $plan (exit $ra vs $rb)" >&2
      differ=$((differ + 1))
    fi
  done
}
for p in "${plans[@]}"; do
  run "check $p" check --diagnostics json "$p"
  run "check -j1 $p" check -j 1 --diagnostics json "$p"
  run "eval $p" eval --format json "$p"
  run "fmt $p" fmt --check "$p"
  drafts "$p"
done
echo "pgo_same_output: $compared outputs compared, $differ different"
((differ == 0))
