#!/usr/bin/env bash
# The drafts for a spreadsheet, read back as a person's tools read them:
#   - the reference round's workbook opened with openpyxl: the figures of the
#     report as numeric cells (overall 3.94 and 89.45 %, strategy 1 3.99,
#     indicator 1.1 weight 0.34 score 5), Thai headers, every row of the report
#     model with its figures and places; the English example's, English headers;
#   - the same workbook opened by LibreOffice (headless, to CSV): the same figures;
#   - the same bytes from two runs (a fixed creation date, SOURCE_DATE_EPOCH);
#   - the CSV for Excel: a byte-order mark, Arabic digits in the number columns,
#     Thai headers for a Thai plan, read by Python's csv module;
#   - bad input: an output path in a missing folder or one not writable, no
#     temporary folder, a plan with no strategies, a 2,000-character title, a
#     text longer than a cell holds, <script> and formulas in texts.
# usage: xlsx_test.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$1; src=$2
# Debian's python3-openpyxl is for Debian's python3, which may not be the first on PATH.
py=python3; "$py" -c 'import openpyxl' 2>/dev/null || py=/usr/bin/python3
"$py" -c 'import openpyxl' || { echo "FAIL: no openpyxl (python3-openpyxl): .ci/setup --tests"; exit 1; }
check="$py $src/tests/tools/xlsx_check.py"
work=$(mktemp -d); trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export TMPDIR="$work/tmp"; mkdir -p "$TMPDIR"
ref="$src/plans/th-hor-2563/2563-h1.plan"
lib="$src/plans/examples/city-library/2567-12m.plan"
health="$src/plans/examples/district-health/2567-12m.plan"
fail() { echo "FAIL: $*"; exit 1; }
no_leftovers() {  # nothing but what the test put there
  [ -z "$(ls -A "$TMPDIR")" ] || fail "$1: temporary files left: $(ls -A "$TMPDIR")"
}

# The reference round: its workbook against its report model, and its figures.
"$planc" render "$ref" --format xlsx -o "$work/ref.xlsx" 2>/dev/null
"$planc" render "$ref" --format json -o "$work/ref.json" 2>/dev/null
[ ! -e "$work/ref.xlsx.tmp" ] || fail "a .tmp was left beside the workbook"
no_leftovers "the reference workbook"
$check workbook "$work/ref.xlsx" "$work/ref.json" th
$check reference "$work/ref.xlsx"
# Written to standard output, the same bytes.
"$planc" render "$ref" --format xlsx 2>/dev/null >"$work/stdout.xlsx"
cmp -s "$work/ref.xlsx" "$work/stdout.xlsx" || fail "-o and standard output differ"

# The same bytes from two runs; SOURCE_DATE_EPOCH sets the creation date.
"$planc" render "$ref" --format xlsx -o "$work/again.xlsx" 2>/dev/null
cmp -s "$work/ref.xlsx" "$work/again.xlsx" || fail "two runs gave different workbooks"
unzip -p "$work/ref.xlsx" docProps/core.xml | grep -q "2000-01-01T00:00:00Z" || fail "no fixed creation date"
SOURCE_DATE_EPOCH=1700000000 "$planc" render "$ref" --format xlsx -o "$work/sde1.xlsx" 2>/dev/null
sleep 1
SOURCE_DATE_EPOCH=1700000000 "$planc" render "$ref" --format xlsx -o "$work/sde2.xlsx" 2>/dev/null
cmp -s "$work/sde1.xlsx" "$work/sde2.xlsx" || fail "two runs with SOURCE_DATE_EPOCH differ"
unzip -p "$work/sde1.xlsx" docProps/core.xml | grep -q "2023-11-14T22:13:20Z" || fail "SOURCE_DATE_EPOCH not used"

# The English example, the health example (levels on a scale of value; lower
# is better), the agreement (groups, strategies' contributions, target levels)
# and the committee's round with a deduction.
for plan in "$lib" "$health" "$src/plans/examples/performance-agreement/2565-12m.plan" \
            "$src/tests/golden/folder/assessments/2566-12m.plan"; do
  name=$(basename "$(dirname "$plan")")
  "$planc" render "$plan" --format xlsx -o "$work/$name.xlsx" 2>/dev/null
  "$planc" render "$plan" --format json -o "$work/$name.json" 2>/dev/null
  lang=$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["lang"])' "$work/$name.json")
  $check workbook "$work/$name.xlsx" "$work/$name.json" "$lang"
done
"$py" -c 'import json,sys; assert json.load(open(sys.argv[1]))["lang"] == "en"' "$work/city-library.json" ||
  fail "the English example is not in English"
"$planc" render "$ref" --format xlsx --lang en --digits arabic -o "$work/ref-en.xlsx" 2>/dev/null
"$planc" render "$ref" --format json --lang en --digits arabic -o "$work/ref-en.json" 2>/dev/null
$check workbook "$work/ref-en.xlsx" "$work/ref-en.json" en

# LibreOffice opens the workbook and shows the same figures.
if command -v soffice >/dev/null; then
  mkdir -p "$work/lo" "$work/lo-home"
  HOME="$work/lo-home" timeout 180 soffice --headless --norestore \
    -env:UserInstallation=file://"$work/lo-home" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$work/lo" "$work/ref.xlsx" >"$work/lo.log" 2>&1 ||
    { cat "$work/lo.log"; fail "LibreOffice could not open the workbook"; }
  [ -s "$work/lo/ref.csv" ] || { cat "$work/lo.log"; fail "LibreOffice made no CSV"; }
  $check soffice "$work/lo/ref.csv"
  rm -rf "$work/lo-home"
else
  fail "LibreOffice (libreoffice-calc-nogui) is not installed: .ci/setup --tests"
fi

# The CSV for Excel.
for plan in "$ref" "$lib" "$health" "$src/plans/examples/performance-agreement/2565-12m.plan" \
            "$src/tests/golden/folder/assessments/2566-12m.plan"; do
  name=$(basename "$plan" .plan)-$(basename "$(dirname "$plan")")
  "$planc" render "$plan" --format csv -o "$work/$name.csv" 2>/dev/null
  "$planc" render "$plan" --format json -o "$work/$name.json" 2>/dev/null
  lang=$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["lang"])' "$work/$name.json")
  $check csv "$work/$name.csv" "$work/$name.json" "$lang"
done
# the health example's milestone (a level scored on a scale of value) has no percent
grep -q '^1,1\.3,[^,]*,ระดับคะแนน,ไม่น้อยกว่า ๕,๔,0\.30,,4\.00,1\.20,scored$' "$work/2567-12m-district-health.csv" ||
  { grep '^1,1\.3' "$work/2567-12m-district-health.csv"; fail "a level was put in the percent column"; }

# Bad input. An output path in a missing folder: exit 2, said, nothing written.
for format in xlsx csv; do
  rc=0; "$planc" render "$ref" --format $format -o "$work/missing/r.$format" 2>"$work/err" || rc=$?
  [ "$rc" = 2 ] || fail "a missing folder exited $rc, not 2"
  grep -q "cannot write \`$work/missing/r.$format\`: No such file or directory" "$work/err" ||
    { cat "$work/err"; fail "no message for a missing folder"; }
  [ ! -e "$work/missing" ] || fail "a file was left for a missing folder"
done
no_leftovers "a missing folder"
# A folder not writable (as root, run planc as nobody: root writes anywhere).
mkdir "$work/ro"; chmod 555 "$work/ro"
as=(); [ "$(id -u)" != 0 ] || { chmod 755 "$work"; as=(setpriv --reuid=nobody --regid=nogroup --clear-groups); }
if [ "${#as[@]}" = 0 ] || command -v setpriv >/dev/null; then
  rc=0; "${as[@]}" "$planc" render "$ref" --format xlsx -o "$work/ro/r.xlsx" 2>"$work/err" || rc=$?
  [ "$rc" = 2 ] || { cat "$work/err"; fail "a folder not writable exited $rc, not 2"; }
  grep -q "cannot write \`$work/ro/r.xlsx\`: Permission denied" "$work/err" ||
    { cat "$work/err"; fail "no message for a folder not writable"; }
  [ -z "$(ls -A "$work/ro")" ] || fail "a file was left in a folder not writable"
else
  echo "note: not run as another user (no setpriv): the folder-not-writable case is skipped"
fi
chmod 700 "$work"
# No temporary folder for libxlsxwriter: exit 2, said, no workbook, no .tmp.
rc=0; TMPDIR="$work/no-such-tmp" "$planc" render "$ref" --format xlsx -o "$work/r.xlsx" 2>"$work/err" || rc=$?
[ "$rc" = 2 ] || { cat "$work/err"; fail "no temporary folder exited $rc, not 2"; }
grep -q "cannot make the Excel workbook: no temporary file in $work/no-such-tmp: No such file or directory" \
  "$work/err" || { cat "$work/err"; fail "no message for no temporary folder"; }
[ ! -e "$work/r.xlsx" ] && [ ! -e "$work/r.xlsx.tmp" ] || fail "a file was left when the workbook failed"

# A plan with no strategies: a workbook with its headers and the overall row, or a clear error.
cat >"$work/empty.plan" <<'EOF'
use "std/scales"
plan "แผนที่ยังไม่มียุทธศาสตร์" {
  scale five-band
}
EOF
rc=0; "$planc" render "$work/empty.plan" --format xlsx -o "$work/empty.xlsx" 2>"$work/err" || rc=$?
if [ "$rc" = 0 ]; then
  "$py" - "$work/empty.xlsx" <<'EOF' || fail "the workbook of a plan with no strategies"
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [[c.value for c in r] for r in ws.iter_rows()]
assert rows[0][0] == "ประเภทแถว", rows[0]
assert [r[0] for r in rows[1:]] == ["overall"], rows
assert wb.worksheets[1].max_row == 1
EOF
else
  [ -s "$work/err" ] || fail "a plan with no strategies failed ($rc) without a word"
  [ ! -e "$work/empty.xlsx" ] && [ ! -e "$work/empty.xlsx.tmp" ] || fail "a file was left"
fi
no_leftovers "a plan with no strategies"

# Hostile texts: a 2,000-character title, an indicator's title longer than a
# cell holds (40,000 characters: cut to 32,767 with "…"), <script> and a
# formula in texts: kept as text in the workbook; the formula marked as text
# in the CSV.
"$py" - "$work/hostile.plan" <<'EOF'
import sys
title = ("แผน <script>alert(1)</script> " * 100)[:2000]
long = "ก" * 40000
open(sys.argv[1], "w", encoding="utf-8").write(f'''use "std/units"
use "std/scales"
plan "{title}" {{
  agency "=HYPERLINK(\\"http://evil\\",\\"click\\")"
  scale five-band
}}
strategy 1 "@SUM(1+1)" {{
  indicator 1 "{long}" {{
    unit percent
    target >= 80
    weight 0.5
  }}
  indicator 2 "<script>alert(2)</script> & </c></row>" {{
    unit percent
    target >= 80
    weight 0.5
  }}
}}
result 1.1 {{ value 90 }}
result 1.2 {{ value 70 }}
''')
EOF
"$planc" render "$work/hostile.plan" --format xlsx -o "$work/hostile.xlsx" 2>"$work/err" ||
  { cat "$work/err"; fail "the hostile plan has no workbook"; }
"$planc" render "$work/hostile.plan" --format json -o "$work/hostile.json" 2>/dev/null
"$py" - "$work/hostile.xlsx" "$work/hostile.json" <<'EOF' || fail "hostile texts in the workbook"
import json, openpyxl, sys, zipfile
wb = openpyxl.load_workbook(sys.argv[1])
model = json.load(open(sys.argv[2], encoding="utf-8"))
ws = wb.worksheets[0]
rows = {r[2].value: r for r in ws.iter_rows(min_row=2)}
long = rows["1.1"][3].value
assert len(long) == 32767 and long.endswith("…") and long[:-1] == "ก" * 32766, len(long)
assert rows["1.2"][3].value == "<script>alert(2)</script> & </c></row>", rows["1.2"][3].value
assert rows["1"][3].value == "@SUM(1+1)" and rows["1"][3].data_type == "s"
about = {r[0].value: r[2].value for r in wb.worksheets[2].iter_rows(min_row=2)}
assert about["title"] == model["title"] and len(model["title"]) > 2000, len(about["title"])
assert about["agency"].startswith("=HYPERLINK") and wb.worksheets[2]["C4"].data_type == "s"
core = zipfile.ZipFile(sys.argv[1]).read("docProps/core.xml").decode()
assert "<script>" not in core and "&lt;script&gt;" in core
for sheet in wb.worksheets:
    for row in sheet.iter_rows():
        for c in row:
            assert c.data_type in ("s", "n"), (c.coordinate, c.data_type)
EOF
"$planc" render "$work/hostile.plan" --format csv -o "$work/hostile.csv" 2>/dev/null
"$py" - "$work/hostile.csv" <<'EOF' || fail "hostile texts in the CSV"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
total = next(r for r in rows if r[10] == "total")
assert total[2] == "'@SUM(1+1)", total[2]
assert any(r[2] == "<script>alert(2)</script> & </c></row>" for r in rows)
EOF
no_leftovers "the hostile plan"
echo "xlsx and CSV for Excel: figures read back by openpyxl and LibreOffice, same bytes twice, bad input handled"
