#!/usr/bin/env bash
# Every example plan checks clean, published figures and all (issue 25: no false
# alarm on a table's correct figures): `planc check --strict DIR` exits 0 and
# gives no diagnostic at all, W140-W143 included, for every folder under
# plans/examples/.
#
# usage: examples_clean.sh PLANC SOURCE_DIR
set -u
planc=$1
root=$2
fail=0
n=0
for dir in "$root"/plans/examples/*/; do
  n=$((n + 1))
  out=$("$planc" check --strict "$dir" --diagnostics json 2>&1)
  rc=$?
  if [ $rc -ne 0 ] || printf '%s' "$out" | grep -q '"code"'; then
    echo "FAIL: $dir (exit $rc):"
    printf '%s\n' "$out" | head -40
    fail=1
  fi
done
if [ $n -lt 4 ]; then
  echo "FAIL: expected at least 4 example plans under plans/examples, found $n"
  fail=1
fi
[ $fail -eq 0 ] && echo "examples_clean: $n example plans check clean with --strict"
exit $fail
