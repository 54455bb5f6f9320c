#!/usr/bin/env bash
# planc render writes its draft as it makes it (a megabyte at a time): to a
# file beside the target, renamed at the end, or to standard output. A draft
# that cannot be written is an error (exit 2, said on stderr), never a
# truncated file, never over a file of the plan itself, and the file written
# is the draft printed to standard output.
# usage: render_write_test.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$1; src=$2
plan="$src/plans/th-hor-2563/2563-h1.plan"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for format in md html json csv; do
  "$planc" render "$plan" --format "$format" -o "$work/r.$format" 2>/dev/null
  "$planc" render "$plan" --format "$format" >"$work/stdout.$format" 2>/dev/null
  cmp -s "$work/r.$format" "$work/stdout.$format" || { echo "FAIL: $format: -o and standard output differ"; exit 1; }
  [ ! -e "$work/r.$format.tmp" ] || { echo "FAIL: a temporary file was left"; exit 1; }
done
# Without --format, the file's extension says the format (-o r.md is Markdown, not HTML named .md).
for format in md json csv; do
  "$planc" render "$plan" -o "$work/ext.$format" 2>/dev/null
  cmp -s "$work/ext.$format" "$work/r.$format" || { echo "FAIL: -o ext.$format without --format is not $format"; exit 1; }
done
"$planc" render "$plan" -o "$work/ext.txt" 2>/dev/null
cmp -s "$work/ext.txt" "$work/r.html" || { echo "FAIL: -o ext.txt without --format is not the default html"; exit 1; }
rc=0; "$planc" render "$plan" --format md -o "$work/missing/dir/r.md" 2>"$work/err" || rc=$?
[ "$rc" = 2 ] || { echo "FAIL: an unwritable path exited $rc, not 2"; exit 1; }
grep -q "cannot write \`$work/missing/dir/r.md\`: No such file or directory" "$work/err" ||
  { echo "FAIL: no message for an unwritable path"; cat "$work/err"; exit 1; }
if [ -w /dev/full ]; then
  rc=0; "$planc" render "$plan" --format html >/dev/full 2>"$work/err" || rc=$?
  [ "$rc" = 2 ] || { echo "FAIL: a full disk exited $rc, not 2"; exit 1; }
  grep -q "cannot write the draft to standard output: No space left on device" "$work/err" ||
    { echo "FAIL: no message for a full disk"; cat "$work/err"; exit 1; }
fi
# A draft never replaces a file of the plan: the file given, or one it uses.
cp "$src/plans/th-hor-2563/"*.plan "$work/"
for target in 2563-h1.plan plan.plan; do
  cp "$work/$target" "$work/$target.before"
  rc=0; "$planc" render "$work/2563-h1.plan" -o "$work/$target" 2>"$work/err" || rc=$?
  [ "$rc" = 2 ] || { echo "FAIL: -o over the plan's $target exited $rc, not 2"; exit 1; }
  grep -q "would write the draft over a file of the plan" "$work/err" || { echo "FAIL: no message"; cat "$work/err"; exit 1; }
  cmp -s "$work/$target" "$work/$target.before" || { echo "FAIL: $target was overwritten"; exit 1; }
done
echo "render writes: same bytes to a file and to standard output; failures reported"
