#!/usr/bin/env bash
# planc --timings: every phase of `check` and `render` is reported on standard
# error, with a time and the resident memory, and the command's own output is
# unchanged (nothing on standard output, the same report file).
# usage: timings_test.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$1; src=$2
plan="$src/plans/th-hor-2563/2563-h1.plan"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$planc" check --timings "$plan" >"$work/out" 2>"$work/err" || true
[ ! -s "$work/out" ] || { echo "FAIL: --timings wrote to standard output"; exit 1; }
for phase in load read validate parse imports check structure results weights evaluate total; do
  grep -qE "^planc: +$phase +[0-9]+\.[0-9]{3} s" "$work/err" || { echo "FAIL: no line for $phase"; cat "$work/err"; exit 1; }
done
grep -qE '^planc: +check +[0-9.]+ s +[0-9]+\.[0-9] MiB resident after$' "$work/err" || { echo "FAIL: no memory"; exit 1; }
"$planc" render --timings "$plan" --format html -o "$work/a.html" 2>"$work/err2" || true
"$planc" render "$plan" --format html -o "$work/b.html" 2>/dev/null || true
cmp -s "$work/a.html" "$work/b.html" || { echo "FAIL: the draft differs with --timings"; exit 1; }
for phase in report emit; do
  grep -qE "^planc: +$phase +[0-9]+\.[0-9]{3} s" "$work/err2" || { echo "FAIL: render has no line for $phase"; cat "$work/err2"; exit 1; }
done
"$planc" dump --timings "$plan" >/dev/null 2>"$work/err3" || true
grep -qE "^planc: +load +[0-9]+\.[0-9]{3} s" "$work/err3" || { echo "FAIL: dump has no load line"; cat "$work/err3"; exit 1; }
echo "timings: every phase reported"
