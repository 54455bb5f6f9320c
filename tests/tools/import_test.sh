#!/usr/bin/env bash
# planc import as a unit would use it (docs/import.md):
#   - the round trip: each example round's workbook (render --format xlsx)
#     imported without rules, checked: no published figure it printed differs
#     from what planc recomputes from the imported plan (no W140-W146), and
#     the imported round scores what the original scores;
#   - workbooks planc did not write: the golden CSV files converted to .xlsx by
#     LibreOffice import to the same plan files as the CSV files themselves;
#     a workbook made by openpyxl with a title row, a merged two-row header,
#     Thai digits, a strategy's number merged down its rows and projects on a
#     second sheet imports to a plan that checks clean;
#   - nothing lost: an existing file is not overwritten without --force (all
#     or nothing), --force overwrites, errors write nothing, a file that is not
#     a workbook is E050 naming it, a folder that cannot be written writes nothing.
# usage: import_test.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$(realpath "$1"); src=$(realpath "$2")
py=python3; "$py" -c 'import openpyxl' 2>/dev/null || py=/usr/bin/python3
"$py" -c 'import openpyxl' || { echo "FAIL: no openpyxl (python3-openpyxl): .ci/setup --tests"; exit 1; }
command -v soffice >/dev/null || { echo "FAIL: no LibreOffice (libreoffice-calc-nogui): .ci/setup --tests"; exit 1; }
work=$(mktemp -d); trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# A round's scores: the overall score and percent, then every strategy's,
# group's and row's exact score and weighted score.
score() { "$planc" eval "$1" --format json 2>/dev/null | "$py" -c '
import json, sys
d = json.load(sys.stdin)
out = [d["score"], d["percent"]]
def walk(n):
    e = n.get("exact") or {}
    out.append((n.get("kind"), n.get("id"), e.get("score"), e.get("weighted")))
    for c in n.get("children", []): walk(c)
for c in d.get("children", []): walk(c)
print(out)'; }

# ---- the round trip
# Every example round (each kind of body's method: groups, category points,
# target levels, given scores), the two assessments with an adjustment, and
# the Thai guide's worked examples of scoring.
rounds=(plans/th-hor-2563/2563-h1.plan)
for f in "$src"/plans/examples/*/*.plan "$src"/tests/golden/folder/assessments/*.plan \
         "$src"/docs/th/examples/scoring/*.plan; do
  grep -q '^round' "$f" && rounds+=("${f#"$src"/}")
done
[ "${#rounds[@]}" -ge 25 ] || fail "only ${#rounds[@]} rounds found for the round trip"
for round in "${rounds[@]}"; do
  name=$(basename "$(dirname "$round")")-$(basename "$round" .plan)
  "$planc" render "$src/$round" --format xlsx -o "$work/$name.xlsx" 2>/dev/null
  out="$work/$name"
  "$planc" import "$work/$name.xlsx" -o "$out" --color never >"$work/$name.log" 2>&1 || { cat "$work/$name.log"; fail "$round: the import failed"; }
  r=$(ls "$out" | grep -v '^plan.plan$')
  "$planc" fmt --check "$out"/*.plan >/dev/null || fail "$round: the imported files are not in fmt's layout"
  "$planc" check "$out/$r" --color never >"$work/$name.check" 2>&1 || true
  if grep -E '\[W14[0-6]\]' "$work/$name.check"; then
    cat "$work/$name.check"; fail "$round: a figure the workbook printed differs from the imported plan's"
  fi
  grep -E '\[E[0-9]+\]' "$work/$name.check" && fail "$round: the imported files have errors"
  want=$(score "$src/$round"); got=$(score "$out/$r")
  [ "$want" = "$got" ] || fail "$round: scores $want, imported $got"
  echo "ok: $round round trip scores ${got%%,*}]"
done

# A QA office's workbook keeps its method: the quality levels come back as the
# round's `reported … quality` (each component's, from its total row, and the
# overall's), the standard's numbering (components 1, 2, 5 of 9) as
# `numbering standard`, so the imported plan has no numbering warning (W106).
qa="$work/library-qa-2555-12m"
grep -qF 'reported 2 { score 4.5; quality "ดี" }' "$qa/2555-12m.plan" || fail "library-qa: component 2's level not imported"
grep -qF 'quality "ดีมาก" }' "$qa/2555-12m.plan" && grep -q '^reported overall .*quality "ดีมาก"' "$qa/2555-12m.plan" \
  || fail "library-qa: the overall level not imported"
grep -qx '  numbering standard' "$qa/plan.plan" || fail "library-qa: numbering standard not imported"
grep -q '\[W106\]' "$work/library-qa-2555-12m.check" && fail "library-qa: the imported plan's numbering is warned of"
echo "ok: a QA workbook's levels and numbering come back"

# ---- a unit edits planc's workbook in Excel
# A row NA at six months is given its result: it keeps the weight the plan
# gives it (the workbook carries it), and the imported round scores it.
"$planc" render "$src/docs/th/examples/scoring/na.plan" --format xlsx -o "$work/edit.xlsx" 2>/dev/null
"$py" - "$work/edit.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = [c.value for c in ws[1]]
col = {h: i + 1 for i, h in enumerate(head)}
for row in ws.iter_rows(min_row=2):
    if row[col["ตัวชี้วัดที่"] - 1].value == "1.3":
        assert row[col["น้ำหนัก (W)"] - 1].value == 0.3, "the NA row's weight is not in the workbook"
        row[col["ผล"] - 1].value = 90
        row[col["ค่าของผล (ตัวเลข)"] - 1].value = 90
        row[col["หมายเหตุ"] - 1].value = None
wb.save(sys.argv[1])
PY
"$planc" import "$work/edit.xlsx" -o "$work/edit" --color never >"$work/edit.log" 2>&1 || { cat "$work/edit.log"; fail "the edited workbook does not import"; }
"$planc" eval "$work/edit/2567-6m.plan" --format json 2>/dev/null | "$py" -c '
import json, sys
d = json.load(sys.stdin)
rows = {n["id"]: n for n in d["children"][0]["children"]}
assert rows["1.3"]["status"] == "scored" and rows["1.3"]["exact"]["weight"] == "3/10", rows["1.3"]
' || fail "the row given its result in Excel is not scored with the plan's weight"
echo "ok: a result entered in Excel for a row that was NA is scored with the plan's weight"

# A unit edits only the cells it sees: 1.1's result "ผล" 72 to 80 (planc's
# copy, "ค่าของผล (ตัวเลข)", left as it was), 1.3's NA to 90 (its copy empty),
# and, in a second workbook, 1.2's result to NA. Each edit is taken, with N054
# at its cell; the figures printed from the old results (the row's, the
# strategy's, the overall) are not the round's published figures, so the
# imported round checks clean and scores exactly what the plan with the
# edited results scores. An edit of the result alone was dropped before: the
# copy was taken, the round checked clean on the old result.
"$planc" render "$src/docs/th/examples/scoring/na.plan" --format xlsx -o "$work/seen.xlsx" 2>/dev/null
cp "$work/seen.xlsx" "$work/seen-na.xlsx"
"$py" - "$work/seen.xlsx" "$work/seen-na.xlsx" <<'PY'
import sys, openpyxl
for path, edits in ((sys.argv[1], {"1.1": 80, "1.3": 90}), (sys.argv[2], {"1.2": "NA"})):
    wb = openpyxl.load_workbook(path); ws = wb.worksheets[0]
    col = {c.value: i for i, c in enumerate(ws[1])}
    for row in ws.iter_rows(min_row=2):
        if row[col["ตัวชี้วัดที่"]].value in edits:
            row[col["ผล"]].value = edits[row[col["ตัวชี้วัดที่"]].value]
            if edits[row[col["ตัวชี้วัดที่"]].value] == "NA": row[col["หมายเหตุ"]].value = "ยังไม่ได้สำรวจ"
    wb.save(path)
PY
sed -e 's/value ๗๒/value 80/' -e 's/result ๑.๓ { na "[^"]*" }/result ๑.๓ { value 90 }/' "$src/docs/th/examples/scoring/na.plan" > "$work/seen-want.plan"
sed -e 's/result ๑.๒ { value ๔ }/result ๑.๒ { na "ยังไม่ได้สำรวจ" }/' "$src/docs/th/examples/scoring/na.plan" > "$work/seen-na-want.plan"
for t in seen seen-na; do
  "$planc" import "$work/$t.xlsx" -o "$work/$t" --color never >"$work/$t.log" 2>&1 || { cat "$work/$t.log"; fail "$t: the edited workbook does not import"; }
  "$planc" check "$work/$t/2567-6m.plan" --color never >"$work/$t.check" 2>&1 || { cat "$work/$t.check"; fail "$t: the imported round does not check"; }
  grep -E 'W14[0-9]' "$work/$t.check" && fail "$t: figures printed from the old results compared with the new"
  grep -E '^reported' "$work/$t/2567-6m.plan" && fail "$t: a stale total came back as a published figure"
  a=$("$planc" eval "$work/$t/2567-6m.plan" --format json 2>/dev/null | "$py" -c 'import json,sys; print(json.load(sys.stdin)["exact"]["score"])')
  b=$("$planc" eval "$work/$t-want.plan" --format json 2>/dev/null | "$py" -c 'import json,sys; print(json.load(sys.stdin)["exact"]["score"])')
  [ -n "$a" ] && [ "$a" = "$b" ] || fail "$t: the imported round scores $a, the plan with the edited results $b"
done
grep -q 'ตัวชี้วัด!G2: หมายเหตุ\[N054\]: ผลของตัวชี้วัด 1.1 แก้ในสมุดงานจาก 72 เป็น 80' "$work/seen.log" || { cat "$work/seen.log"; fail "no N054 at 1.1's result cell"; }
grep -q 'N054\]: ผลของตัวชี้วัด 1.3 แก้ในสมุดงานจาก NA เป็น 90' "$work/seen.log" || fail "no N054 for the NA row given a result"
grep -q 'N054\]: ผลของตัวชี้วัด 1.2 แก้ในสมุดงานจาก 4 เป็น NA' "$work/seen-na.log" || fail "no N054 for the row made NA"
grep -q '^result 1.1 { value 80 }' "$work/seen/2567-6m.plan" || fail "1.1's edited result not taken"
grep -q '^  reported { percent 80; score 3; weighted 0.9 }' "$work/seen/2567-6m.plan" || fail "an unedited row lost its printed figures"
echo "ok: results edited in the cells a person sees are taken, the totals printed from the old ones not compared"

# More edits as Excel makes them (a review's findings): a result retyped as a
# percent is stored as its fraction (0.912 shown 91.2%): the same value is no
# edit, another is that percent; a list edited ("15, 13" to "17, 13"); a given
# score taken back to NA. And none of planc's own round trips reports an edit
# (results in words, lists, NA rows not started).
"$planc" render "$src/plans/examples/city-library/2568-12m.plan" --format xlsx -o "$work/pct.xlsx" 2>/dev/null
"$planc" render "$src/plans/examples/library-qa/2555-12m.plan" --format xlsx -o "$work/qa-na.xlsx" 2>/dev/null
"$py" - "$work/pct.xlsx" "$work/qa-na.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
col = {c.value: i for i, c in enumerate(ws[1])}
for row in ws.iter_rows(min_row=2):
    r = row[col["Result"]]
    if row[col["No."]].value == "1.1": r.value, r.number_format = row[col["Result value"]].value / 100, "0.0%"
    if row[col["No."]].value == "1.2": r.value, r.number_format = 2.5, "0%"
    if row[col["No."]].value == "1.3": r.value = "17, 13"
wb.save(sys.argv[1])
wb = openpyxl.load_workbook(sys.argv[2]); ws = wb.worksheets[0]
col = {c.value: i for i, c in enumerate(ws[1])}
for row in ws.iter_rows(min_row=2):
    if row[col["ตัวชี้วัดที่"]].value == "1.1": row[col["ผล"]].value, row[col["หมายเหตุ"]].value = "NA", "ยังไม่ประเมิน"
wb.save(sys.argv[2])
PY
"$planc" import "$work/pct.xlsx" -o "$work/pct" --color never >"$work/pct.log" 2>&1 || { cat "$work/pct.log"; fail "pct: does not import"; }
grep -q 'N054.*1.1' "$work/pct.log" && fail "a result retyped as the same percent is taken as an edit"
grep -q '^  value 129750$' "$work/pct/2568-12m.plan" || fail "1.1's value, retyped as a percent, is not its value"
grep -q 'N054\]: indicator 1.2.s result was edited in the workbook, 241800 to 250' "$work/pct.log" || fail "a percent typed (250%) not taken as 250"
grep -q 'N054\]: indicator 1.3.s result was edited in the workbook, 15, 13 to 17, 13' "$work/pct.log" || fail "a list edited is not taken"
"$planc" import "$work/qa-na.xlsx" -o "$work/qa-na" --color never >"$work/qa-na.log" 2>&1 || { cat "$work/qa-na.log"; fail "qa-na: does not import"; }
grep -q 'N054\]: ผลของตัวบ่งชี้ 1.1 แก้ในสมุดงานจาก 4 เป็น NA' "$work/qa-na.log" || { cat "$work/qa-na.log"; fail "a given score taken back to NA is not taken"; }
grep -q '^result 1.1 { na "ยังไม่ประเมิน" }' "$work/qa-na/2555-12m.plan" || fail "the given score taken back is not NA with the note's reason"
for f in "$src"/plans/examples/*/2*.plan "$src"/plans/th-hor-2563/2563-h1.plan "$src"/tests/golden/year/r*.plan \
         "$src"/tests/golden/diag/W117-result-before-start.plan; do
  "$planc" render "$f" --format xlsx -o "$work/rt.xlsx" >/dev/null 2>&1 || continue
  rm -rf "$work/rt"; "$planc" import "$work/rt.xlsx" -o "$work/rt" --color never >"$work/rt.log" 2>&1 || true
  grep -q N054 "$work/rt.log" && { grep N054 "$work/rt.log"; fail "$f: planc's own workbook reports an edit"; }
done
echo "ok: a percent retyped, a list edited, a given score taken back are taken; planc's own workbooks report no edit"

# A QA office edits a given score where it sees it: in the score column alone
# (1.1: 4 to 5), or in the result column alone (2.4: 5 to 3); each edit is
# taken (the value column is planc's copy), and the score column is the score,
# not a published figure. The two cells edited to different scores (7.1) is
# E052 at the score's cell, with the result's, and nothing is written.
"$planc" render "$src/plans/examples/library-qa/2555-12m.plan" --format xlsx -o "$work/qa-edit.xlsx" 2>/dev/null
cp "$work/qa-edit.xlsx" "$work/qa-both.xlsx"
"$py" - "$work/qa-edit.xlsx" "$work/qa-both.xlsx" <<'PY'
import sys, openpyxl
for path, edits in ((sys.argv[1], {"1.1": {"score": 5}, "2.4": {"result": 3}}),
                    (sys.argv[2], {"7.1": {"score": 4, "result": 3}})):
    wb = openpyxl.load_workbook(path); ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    col = {"id": head.index("ตัวชี้วัดที่"), "result": head.index("ผล"),
           "score": next(i for i, h in enumerate(head) if h and h.startswith("คะแนนที่ได้"))}
    for row in ws.iter_rows(min_row=2):
        for field, value in edits.get(row[col["id"]].value, {}).items():
            row[col[field]].value = value
    wb.save(path)
PY
"$planc" import "$work/qa-edit.xlsx" -o "$work/qa-edit" --color never >"$work/qa-edit.log" 2>&1 ||
  { cat "$work/qa-edit.log"; fail "the QA workbook edited in Excel does not import"; }
"$planc" eval "$work/qa-edit/2555-12m.plan" --format json 2>/dev/null | "$py" -c '
import json, sys
d = json.load(sys.stdin)
rows = {n["id"]: n for s in d["children"] for n in s.get("children", [])}
assert rows["1.1"]["exact"]["score"] == "5", rows["1.1"]
assert rows["2.4"]["exact"]["score"] == "3", rows["2.4"]
' || fail "a given score edited in the score column or the result column alone is not taken"
grep -E '^  reported' "$work/qa-edit/2555-12m.plan" && fail "a given score came back as a published figure of itself"
if "$planc" import "$work/qa-both.xlsx" -o "$work/qa-both" --color never >"$work/qa-both.log" 2>&1; then
  fail "a given score edited to two different values imported"
fi
grep -qE 'qa-both.xlsx:ตัวชี้วัด!J[0-9]+: .*\[E052\].*(7\.1|๗\.๑)' "$work/qa-both.log" && grep -q 'qa-both.xlsx:ตัวชี้วัด!G[0-9]*:' "$work/qa-both.log" ||
  { cat "$work/qa-both.log"; fail "no E052 at the two cells of a given score edited twice"; }
[ ! -e "$work/qa-both" ] || fail "files written for a given score edited twice"
# The score column shows a given score rounded (3.75 as 3.8 under `rounding
# none 1`): unedited, it is not an edit (the exact 3.75 comes back), and an
# edit of the result column alone is taken, not E052 against the shown 3.8.
mkdir -p "$work/qa-places"
cp "$src/plans/examples/library-qa/plan.plan" "$work/qa-places/"
sed 's/^result 1.1 { score 4;/result 1.1 { score 3.75;/' "$src/plans/examples/library-qa/2555-12m.plan" > "$work/qa-places/2555-12m.plan"
grep -q 'score 3.75' "$work/qa-places/2555-12m.plan" || fail "the 3.75 variant was not made"
"$planc" render "$work/qa-places/2555-12m.plan" --format xlsx -o "$work/qa-places.xlsx" 2>/dev/null
"$planc" import "$work/qa-places.xlsx" -o "$work/qa-places-back" --color never >"$work/qa-places.log" 2>&1 ||
  { cat "$work/qa-places.log"; fail "an unedited workbook with a rounded given score does not import"; }
grep -q 'score 3.75' "$work/qa-places-back/2555-12m.plan" || fail "an unedited given score shown rounded came back changed"
"$py" - "$work/qa-places.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = [c.value for c in ws[1]]
for row in ws.iter_rows(min_row=2):
    if row[head.index("ตัวชี้วัดที่")].value == "1.1":
        assert abs(row[next(i for i, h in enumerate(head) if h and h.startswith("คะแนนที่ได้"))].value - 3.8) < 1e-9
        row[head.index("ผล")].value = 4
wb.save(sys.argv[1])
PY
"$planc" import "$work/qa-places.xlsx" -o "$work/qa-places-edit" --color never >"$work/qa-places-edit.log" 2>&1 ||
  { cat "$work/qa-places-edit.log"; fail "an edit of the result column beside a rounded score is refused"; }
grep -qE '^result 1.1 \{ score 4( |;)' "$work/qa-places-edit/2555-12m.plan" ||
  { cat "$work/qa-places-edit/2555-12m.plan"; fail "the result column's edit beside a rounded score is not taken"; }
echo "ok: a given score edited in Excel in either column is taken; edited in both to two scores is E052; a rounded score unedited is not an edit"

# A target or a basis in the machine columns that is not one is E052 at its cell, and nothing is written.
"$planc" render "$src/plans/examples/performance-agreement/2565-12m.plan" --format xlsx -o "$work/bad.xlsx" 2>/dev/null
"$py" - "$work/bad.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = [c.value for c in ws[1]]
ws.cell(row=2, column=head.index("ค่าเป้าหมายตามที่แผนเขียน") + 1).value = "levels eighty ninety"
ws.cell(row=3, column=head.index("ฐานการให้คะแนน") + 1).value = "maybe"
wb.save(sys.argv[1])
PY
if "$planc" import "$work/bad.xlsx" -o "$work/bad" --color never >"$work/bad.log" 2>&1; then fail "a bad target as planned imported"; fi
grep -q 'bad.xlsx:ตัวชี้วัด!Q2: .*\[E052\]' "$work/bad.log" || { cat "$work/bad.log"; fail "no E052 at the bad target's cell"; }
grep -q 'bad.xlsx:ตัวชี้วัด!R3: .*\[E052\]' "$work/bad.log" || { cat "$work/bad.log"; fail "no E052 at the bad basis's cell"; }
[ ! -e "$work/bad" ] || fail "files written for a workbook with errors"
echo "ok: a bad target as planned or basis is E052 at its cell, nothing written"

# ---- workbooks planc did not write
# LibreOffice converts the golden CSV files to .xlsx (its own shared strings and styles).
mkdir -p "$work/lo"
for f in ok own-layout; do cp "$src/tests/golden/import/$f.csv" "$work/lo/"; done
(cd "$work/lo" && HOME="$work" soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --infilter=CSV:44,34,76,1 ok.csv own-layout.csv >/dev/null 2>&1)
[ -s "$work/lo/ok.xlsx" ] && [ -s "$work/lo/own-layout.xlsx" ] || fail "LibreOffice did not convert the CSV files"
for f in ok own-layout; do
  rules=(); [ "$f" = own-layout ] && rules=(--rules "$src/tests/golden/import/own-layout.rules")
  "$planc" import "$work/lo/$f.csv" "${rules[@]}" --year 2567 --print >"$work/lo/$f.csv.out" 2>/dev/null
  "$planc" import "$work/lo/$f.xlsx" "${rules[@]}" --year 2567 --print >"$work/lo/$f.xlsx.out" 2>/dev/null ||
    fail "$f.xlsx (LibreOffice) does not import"
  # The same plan but for the file named in the first comment (and rules with a sheet number read the same).
  diff <(sed "s/$f.csv/FILE/" "$work/lo/$f.csv.out") <(sed "s/$f.xlsx/FILE/" "$work/lo/$f.xlsx.out") ||
    fail "$f: the LibreOffice workbook imports differently from its CSV"
  echo "ok: $f.xlsx made by LibreOffice imports as its CSV does"
done

# openpyxl: a unit's workbook with a title row, a two-row header under merged
# headings, Thai digits, a strategy's number merged down its rows, and its
# projects on a sheet of their own.
"$py" - "$work/unit.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "ผลการดำเนินงาน"
ws.append(["แผนปฏิบัติราชการ สำนักงานตัวอย่าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๙ เดือน"])
ws.merge_cells("A1:H1")
ws.append(["ยุทธศาสตร์", "ตัวชี้วัดที่", "ตัวชี้วัด", "หน่วยนับ", "เป้าหมาย", "น้ำหนัก", "ผลการดำเนินงาน", None])
ws.append([None, None, None, None, None, None, "ผล", "หมายเหตุ"])
for col in "ABCDEF":
    ws.merge_cells(f"{col}2:{col}3")
ws.merge_cells("G2:H2")
ws.append(["๑", "๑.๑", "ร้อยละของคำขอที่ดำเนินการเสร็จในเวลา", "ร้อยละ", "ไม่น้อยกว่า ๘๐", 0.6, 91.5, None])
ws.append([None, "๑.๒", "จำนวนหลักสูตรที่อบรม", "หลักสูตร", "ไม่น้อยกว่า ๔", "๐.๔", "NA", "อบรมไตรมาสที่ ๔"])
ws.merge_cells("A4:A5")
ws.append(["๒", "๒.๑", "ระดับความสำเร็จของระบบงานดิจิทัล", "ระดับ", "ไม่น้อยกว่า ๓", 1, "๔ ระดับ", None])
ps = wb.create_sheet("โครงการ")
ps.append(["ตัวชี้วัดที่", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "คงเหลือ", "สถานะ"])
ps.append(["๑.๑", "โครงการพัฒนางานบริการ", 250000, 120000.5, 129999.5, "อยู่ระหว่างดำเนินการ"])
ps.append(["๒.๑", "โครงการระบบงานดิจิทัล", 1700000, None, None, "ยังไม่ดำเนินการ"])
wb.save(sys.argv[1])
PY
"$planc" import "$work/unit.xlsx" -o "$work/unit" --color never >"$work/unit.log" 2>&1 || { cat "$work/unit.log"; fail "the openpyxl workbook does not import"; }
[ -f "$work/unit/plan.plan" ] && [ -f "$work/unit/2567-9m.plan" ] || fail "unit.xlsx: expected plan.plan and 2567-9m.plan, got $(ls "$work/unit")"
"$planc" check "$work/unit/2567-9m.plan" --color never >"$work/unit.check" 2>&1 || { cat "$work/unit.check"; fail "unit.xlsx: the imported round does not check"; }
for want in 'strategy ๑ "ยุทธศาสตร์ที่ ๑"' 'target >= ๘๐' 'weight ๐.๖' 'unit หลักสูตร' 'budget ๒๕๐,๐๐๐' 'budget ๑,๗๐๐,๐๐๐'; do
  grep -qF "$want" "$work/unit/plan.plan" || { cat "$work/unit/plan.plan"; fail "unit.xlsx: plan.plan has no \`$want\`"; }
done
for want in 'months ๙' 'value ๙๑.๕' 'na "อบรมไตรมาสที่ ๔"' 'says "๔ ระดับ"' 'disbursed ๑๒๐,๐๐๐.๕' 'status in-progress'; do
  grep -qF "$want" "$work/unit/2567-9m.plan" || { cat "$work/unit/2567-9m.plan"; fail "unit.xlsx: the round has no \`$want\`"; }
done
echo "ok: a workbook made by openpyxl (merged two-row header, Thai digits, two sheets) imports and checks"

# ---- nothing lost
before=$(cat "$work/unit/plan.plan")
echo "// mine" >>"$work/unit/2567-9m.plan"
mine=$(cat "$work/unit/2567-9m.plan")
if "$planc" import "$work/unit.xlsx" -o "$work/unit" >"$work/again.log" 2>&1; then fail "an existing file was overwritten without --force"; fi
grep -q -- '--force' "$work/again.log" || fail "the refusal does not say --force: $(cat "$work/again.log")"
[ "$(cat "$work/unit/2567-9m.plan")" = "$mine" ] && [ "$(cat "$work/unit/plan.plan")" = "$before" ] || fail "a refused import changed a file"
"$planc" import "$work/unit.xlsx" -o "$work/unit" --force >/dev/null 2>&1 || fail "--force did not overwrite"
grep -q '// mine' "$work/unit/2567-9m.plan" && fail "--force left the old round"
ls "$work/unit" | grep -q tmp && fail "a temporary file was left: $(ls "$work/unit")"
printf 'not a workbook' >"$work/junk.xlsx"
if "$planc" import "$work/junk.xlsx" -o "$work/junk" >"$work/junk.log" 2>&1; then fail "junk.xlsx imported"; fi
grep -q 'E050' "$work/junk.log" && grep -q 'junk.xlsx' "$work/junk.log" || fail "junk.xlsx: no E050 naming it: $(cat "$work/junk.log")"
[ ! -e "$work/junk" ] || fail "junk.xlsx: something was written"
if "$planc" import "$src/tests/golden/import/cells.csv" --year 2567 -o "$work/cells" >/dev/null 2>&1; then fail "cells.csv imported"; fi
[ ! -e "$work/cells" ] || fail "cells.csv: something was written despite errors"
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then  # a folder it cannot write: as nobody
  mkdir -p "$work/ro" && chmod 555 "$work/ro" && chmod 755 "$work"
  if su nobody -s /bin/sh -c "'$planc' import '$src/tests/golden/import/ok.csv' --year 2567 -o '$work/ro'" >"$work/ro.log" 2>&1; then
    fail "wrote into a folder it cannot write"
  fi
  [ -z "$(ls -A "$work/ro")" ] || fail "a folder it cannot write has files: $(ls -A "$work/ro")"
fi
echo "ok: nothing overwritten without --force, nothing written on errors"

# Weights a table prints in percent (each strategy's rows sum to 100, or all rows
# together): the imported plan says so and checks clean with --strict; the same
# workbook with `weights points` in its rules file is read as points. Groups above
# strategies, from the table's heading rows ("(30%)" is 0.3 of fractions) or from
# the rules: the plan has them and checks clean (docs/import.md).
for case in "percent-weights.csv:weights percent" "whole-weights.csv:weights percent whole" \
            "whole-weights.csv --rules method.rules:weights points" \
            "groups.csv:weight ๐.๓" "percent-weights.csv --rules groups.rules:overall weighted" \
            "levels.csv --rules levels.rules:scale three-level-50-75-100" \
            "qa-scores.csv:levels \"องค์ประกอบ\" \"ตัวบ่งชี้\"" "qa-scores.csv:columns score" \
            "qa-scores.csv --rules qa.rules:calendar academic" "qa-scores.csv --rules qa.rules:levels \"มิติ\" \"ตัวบ่งชี้\""; do
  args=${case%%:*}; want=${case#*:}; out="$work/w-$(echo "$args" | tr -c 'a-z' _)"
  (cd "$src/tests/golden/import" && "$planc" import $args --year 2567 -o "$out" --force >/dev/null 2>&1) ||
    fail "$args: not imported"
  grep -qx "  $want" "$out/plan.plan" || fail "$args: plan.plan does not say '$want': $(grep weights "$out/plan.plan")"
  (cd "$out" && "$planc" check 2567-12m.plan --strict --color never >"$out.log" 2>&1) ||
    fail "$args: the imported plan does not check clean: $(cat "$out.log")"
done
# The levels' rows score as docs/scoring.md's table says: 92 in 80 90 100 earns 80,
# 11 days in 15 12 10 earns 87.5, 8 in 3 5 8 earns 100; the part 88.25.
levels_out="$work/w-$(echo "levels.csv --rules levels.rules" | tr -c 'a-z' _)"
[ -d "$levels_out" ] || fail "levels.csv: no output folder $levels_out"
(cd "$levels_out" && "$planc" eval 2567-12m.plan --format json) | "$py" -c '
import json, sys
d = json.load(sys.stdin)
def walk(n, out):
    if isinstance(n, dict):
        if "id" in n and "score" in n: out[str(n["id"])] = n["score"]
        for v in n.values(): walk(v, out)
    elif isinstance(n, list):
        for v in n: walk(v, out)
    return out
s = walk(d, {})
want = {"1.1": "80", "1.2": "87.5", "1.3": "100"}
bad = {k: (s.get(k), v) for k, v in want.items() if str(s.get(k)).rstrip("0").rstrip(".") != v}
sys.exit(f"levels scored wrongly: {bad} in {s}" if bad else 0)' || fail "levels.csv: scores"
# A quality-assurance table of given scores and no weights: each component the
# mean of its indicators' scores, (3.82 + 5.00) / 2 = 4.41 and 4.00, overall 4.205.
qa_out="$work/w-$(echo "qa-scores.csv" | tr -c 'a-z' _)"
(cd "$qa_out" && "$planc" eval 2567-12m.plan --format json) | "$py" -c '
import json, sys
d = json.load(sys.stdin)
got = d["exact"]["score"]
sys.exit(0 if got == "841/200" else f"overall {got}, not 841/200 (4.205)")' ||
  fail "qa-scores.csv: overall"
echo "ok: weights in percent, groups, target levels and given scores are recognised, a rules file overrides them"
