#!/usr/bin/env bash
# Every example plan checks clean, published figures and all (issue 25: no false
# alarm on a table's correct figures): `planc check --strict DIR` exits 0 and
# gives no diagnostic at all, W140-W146 included, for every folder under
# plans/examples/.
#
# A real table with an error of its own (a committee's quality word its own
# bands contradict) keeps it as printed, and its folder lists what planc must
# say of it in expected-findings.txt, a line each: `CODE FILE:LINE` (lines
# starting with # are comments). Then the check gives exactly those, and
# `--strict` exits 1 on them.
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
  expected="$dir/expected-findings.txt"
  if [ -f "$expected" ]; then
    want=$(grep -v '^#' "$expected" | grep -v '^[[:space:]]*$' | sort)
    got=$(printf '%s' "$out" | python3 -c '
import json, os, sys
for d in json.load(sys.stdin):
    s = d.get("span") or {}
    print("{} {}:{}".format(d["code"], os.path.basename(s.get("file", "")), s.get("line", 0)))
' 2>&1 | sort)
    if [ $rc -ne 1 ] || [ "$want" != "$got" ]; then
      echo "FAIL: $dir (exit $rc, expected 1 with exactly expected-findings.txt):"
      echo "expected:"; printf '%s\n' "$want"
      echo "got:"; printf '%s\n' "$got"
      fail=1
    fi
  elif [ $rc -ne 0 ] || printf '%s' "$out" | grep -q '"code"'; then
    echo "FAIL: $dir (exit $rc):"
    printf '%s\n' "$out" | head -40
    fail=1
  fi
done
if [ $n -lt 4 ]; then
  echo "FAIL: expected at least 4 example plans under plans/examples, found $n"
  fail=1
fi
[ $fail -eq 0 ] && echo "examples_clean: $n example plans check clean with --strict (or give exactly their table's own errors)"
exit $fail
