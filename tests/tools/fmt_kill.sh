#!/usr/bin/env bash
# `planc fmt --write` killed at random moments never leaves a plan half
# written: after each kill the file is either the original or the formatted
# text, byte for byte. Also: a file that cannot be replaced is left intact.
# usage: fmt_kill.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$1; src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# A large, badly laid out plan: the reference round without indentation, 20 times over.
for i in $(seq 20); do sed 's/^ *//' "$src/plans/th-hor-2563/2563-h1.plan"; done > "$work/orig.plan"
"$planc" fmt "$work/orig.plan" > "$work/formatted.plan"
cmp -s "$work/orig.plan" "$work/formatted.plan" && { echo "FAIL: the test input is already formatted"; exit 1; }
echo "input: $(wc -c < "$work/orig.plan") bytes"
# How long one run takes, so that the kills land all through it.
cp "$work/orig.plan" "$work/plan.plan"
start=$(date +%s%N); "$planc" fmt --write "$work/plan.plan"; took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
cmp -s "$work/plan.plan" "$work/formatted.plan" || { echo "FAIL: --write did not write the formatted plan"; exit 1; }
echo "one run: $took_ms ms"
old=0 new=0
for i in $(seq 40); do
  cp "$work/orig.plan" "$work/plan.plan"
  "$planc" fmt --write "$work/plan.plan" & pid=$!
  ms=$(( RANDOM % (took_ms * 12 / 10 + 1) ))
  sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if cmp -s "$work/plan.plan" "$work/orig.plan"; then old=$((old + 1))
  elif cmp -s "$work/plan.plan" "$work/formatted.plan"; then new=$((new + 1))
  else echo "FAIL: run $i left a file that is neither the original nor the formatted plan"; exit 1; fi
  rm -f "$work/plan.plan.planc-fmt.tmp"
done
echo "40 killed runs: $old left the original, $new the formatted plan, none anything else"
# A folder where the file cannot be replaced: planc says so and changes nothing.
mkdir "$work/ro"; cp "$work/orig.plan" "$work/ro/plan.plan"; chmod 555 "$work/ro"
if [[ $(id -u) -ne 0 ]]; then
  if "$planc" fmt --write "$work/ro/plan.plan" 2>/dev/null; then echo "FAIL: wrote into a read-only folder"; exit 1; fi
  cmp -s "$work/ro/plan.plan" "$work/orig.plan" || { echo "FAIL: the original changed"; exit 1; }
fi
chmod 755 "$work/ro"
echo ok
