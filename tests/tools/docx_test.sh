#!/usr/bin/env bash
# planc render --format docx, looked at as a person would: the reference round
# (Thai) and the English example rendered to .docx; the zip tested; every part
# well-formed XML; the structure Word needs (heading styles, TOC field, merged
# header cells, repeated header rows, the page-number field, A4, Thai fonts);
# the same bytes twice; LibreOffice opens each and prints it to PDF, whose text
# must show the cover title, preface (when the round has one), contents, strategies, the overall score
# and page numbers; pictures of the cover, summary and a Part 2 page kept in
# test-artifacts/docx/. Bad input: an output folder that does not exist (exit
# 2, no file, no .tmp), a 2,000-character title, <script> in plan text.
# Usage: docx_test.sh PLANC ROOT
set -uo pipefail
planc=$1
root=$2
work=$(mktemp -d /tmp/planc-docx.XXXXXX)
art=${PWD}/test-artifacts/docx
mkdir -p "$art"
trap 'rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

th_plan=$root/plans/th-hor-2563/2563-h1.plan
en_plan=$root/plans/examples/city-library/2568-12m.plan

# --- render ---
"$planc" render "$th_plan" --format docx -o "$work/th.docx" 2>/dev/null || fail "render th exit $?"
"$planc" render "$th_plan" --format docx -o "$work/th2.docx" 2>/dev/null || fail "render th (again) exit $?"
"$planc" render "$en_plan" --format docx -o "$work/en.docx" 2>/dev/null || fail "render en exit $?"
cmp -s "$work/th.docx" "$work/th2.docx" && ok "two runs give the same bytes" || fail "two runs differ"
# A QA office's committee round beside its own assessment, and a 12-month
# round with two earlier rounds and an offices column (eight columns).
"$planc" render "$root/plans/examples/library-qa/2555-12m.plan" --format docx -o "$work/qa.docx" 2>/dev/null ||
  fail "render qa exit $?"
(cd "$root/tests/golden/trend" && "$planc" render 2567-12.plan --format docx -o "$work/m12.docx" 2>/dev/null) ||
  fail "render m12 exit $?"
# A committee's round whose report printed no strategy figure: no column of nothing.
"$planc" render "$root/plans/examples/private-education/2561-12m.plan" --format docx -o "$work/pe.docx" 2>/dev/null ||
  fail "render pe exit $?"

# A performance agreement's draft and its copy to hand in (--findings none).
pa_plan=$root/plans/examples/performance-agreement/2565-12m.plan
"$planc" render "$pa_plan" --format docx -o "$work/pa.docx" 2>/dev/null || fail "render pa exit $?"
"$planc" render "$pa_plan" --findings none --format docx -o "$work/pa-clean.docx" 2>/dev/null ||
  fail "render pa --findings none exit $?"

# Bad input: a 2,000-character title, and <script> everywhere a plan has text.
python3 - "$root/tests/golden/render/hostile-text.plan" "$work/long.plan" <<'EOF'
import sys
src = open(sys.argv[1], encoding="utf-8").read()
words = " ".join(f"word{i:04d}" for i in range(1, 223))  # 222 × 9 - 1 = 1997 characters
title = (words + " END")[:2000]
assert len(title) == 2000
src = src.replace('plan "<script>alert(1)</script> \\"&<>\' plan"', 'plan "' + title + '"')
open(sys.argv[2], "w", encoding="utf-8").write(src)
EOF
cp "$root/tests/golden/render/hostile-text.plan" "$work/hostile.plan"
"$planc" render "$work/hostile.plan" --format docx -o "$work/hostile.docx" 2>/dev/null || fail "render hostile exit $?"
"$planc" render "$work/long.plan" --format docx -o "$work/long.docx" 2>/dev/null || fail "render long title exit $?"

# An output folder that does not exist: exit 2, nothing left behind.
"$planc" render "$th_plan" --format docx -o "$work/missing/r.docx" 2>/dev/null
rc=$?
[ "$rc" = 2 ] && ok "missing folder: exit 2" || fail "missing folder: exit $rc, not 2"
[ -z "$(ls -A "$work/missing" 2>/dev/null; ls "$work" | grep -E '\.tmp|^r\.docx')" ] && ok "missing folder: no file" \
  || fail "missing folder: a file was left"

# --- the package ---
want="[Content_Types].xml _rels/.rels docProps/app.xml docProps/core.xml word/_rels/document.xml.rels word/document.xml word/footer1.xml word/settings.xml word/styles.xml"
for d in th en hostile long; do
  f=$work/$d.docx
  unzip -tq "$f" >/dev/null && ok "$d: unzip -t" || fail "$d: unzip -t"
  got=$(unzip -Z1 "$f" | sort | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$(echo $want | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')" ] && ok "$d: the nine parts" \
    || fail "$d: parts are: $got"
  python3 - "$f" <<'EOF' && ok "$d: every part well-formed XML" || fail "$d: XML"
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    xml.dom.minidom.parseString(z.read(n))
EOF
done

doc() { unzip -p "$work/$1.docx" "$2"; }
has() {  # has NAME PART PATTERN WHAT
  if doc "$1" "$2" | grep -qF -- "$3"; then ok "$1: $4"; else fail "$1: $4 ($2 lacks $3)"; fi
}
has th word/document.xml '<w:pStyle w:val="Heading1"/>' "Heading1 paragraphs"
has th word/document.xml '<w:pStyle w:val="Heading2"/>' "Heading2 paragraphs"
has th word/document.xml '<w:pStyle w:val="Heading3"/>' "Heading3 paragraphs"
has th word/styles.xml '<w:outlineLvl w:val="0"/>' "outline levels"
has th word/document.xml 'PAGEREF _Toc1 \h' "contents' page references"
has th word/settings.xml '<w:updateFields w:val="true"/>' "updateFields"
has th word/document.xml '<w:gridSpan w:val="5"/>' "band header spans five columns"
has th word/document.xml '<w:vMerge w:val="restart"/>' "headers spanning two rows"
has th word/document.xml '<w:tblHeader/>' "header rows repeated"
has th word/document.xml '<w:cantSplit/>' "rows kept whole"
has th word/document.xml '<w:keepNext/>' "total row kept with the last rows"
has th word/footer1.xml ' PAGE ' "page number"
unzip -p "$work/pe.docx" word/document.xml | grep -qF "ตามที่รายงานเผยแพร่" \
  && fail "pe: a published-figures column with nothing published" || ok "pe: no empty published-figures column"
has th word/document.xml '<w:pgNumType w:fmt="thaiNumbers"/>' "page numbers in Thai digits (the sections')"
has en word/footer1.xml ' PAGE ' "page number"
doc en word/document.xml | grep -qF thaiNumbers && fail "en: Thai page numbers" || ok "en: Arabic page numbers"
has th word/document.xml '<w:pgSz w:w="11906" w:h="16838"/>' "A4"
has th word/document.xml 'w:left="1701"' "3 cm left margin"
has th word/styles.xml 'w:cs="TH Sarabun New"' "TH Sarabun New (complex script)"
has th word/styles.xml '<w:szCs w:val="32"/>' "16 pt body (szCs)"
has th word/styles.xml 'w:bidi="th-TH"' "Thai language"
doc th word/styles.xml | grep -oE '<w:szCs w:val="[0-9]+"/>' | grep -oE '[0-9]+' | sort -n | head -1 \
  | { read -r min; [ "$min" -ge 28 ] && ok "th: no text below 14 pt" || fail "th: text at $min half-points"; }
doc en word/styles.xml | grep -qF 'TH Sarabun' && fail "en: Thai font" || ok "en: plain font"
has th docProps/core.xml '2020-01-01T00:00:00Z' "fixed date in core.xml"
has qa word/document.xml '<w:gridSpan w:val="2"/>' "ผล and คะแนนที่ได้ span the two assessments"
has m12 word/document.xml '<w:gridSpan w:val="3"/>' "ผล spans the three rounds"
# Every table as wide as its page's text: 9071 twips portrait, 14003 landscape
# (Word's margins), neither narrower (words broken letter by letter) nor wider.
for d in th qa m12; do
  python3 - "$work/$d.docx" <<'EOF' && ok "$d: every table fills its page's width" || fail "$d: a table is not as wide as its page"
import re, sys, zipfile
doc = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
ends = [(m.end(), 'orient="landscape"' in m.group(0)) for m in re.finditer(r"<w:sectPr>.*?</w:sectPr>", doc)]
bad = []
# A table inside a table's cell (the chart's bars) is as wide as its cell.
marks = sorted([(t.start(), 1) for t in re.finditer(r"<w:tbl>", doc)] + [(t.start(), -1) for t in re.finditer(r"</w:tbl>", doc)])
depth_at, depth, k = {}, 0, 0
for m in re.finditer(r"<w:tblGrid>(.*?)</w:tblGrid>", doc):
    while k < len(marks) and marks[k][0] < m.start(): depth += marks[k][1]; k += 1
    if depth > 1: continue
    wide = next((l for e, l in ends if m.start() < e), False)
    total = sum(int(w) for w in re.findall(r'w:w="(\d+)"', m.group(1)))
    want = 14003 if wide else 9071
    if not want - 20 <= total <= want:
        bad.append((total, want))
if bad:
    print("tables of", bad[:5]); sys.exit(1)
EOF
done
has hostile word/document.xml '&lt;script&gt;alert(1)&lt;/script&gt;' "<script> escaped"
doc hostile word/document.xml | grep -q '<script' && fail "hostile: raw <script>" || ok "hostile: no raw <script>"

# --- LibreOffice prints each to PDF ---
export HOME=$work/home
mkdir -p "$HOME"
timeout 240 libreoffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir "$work/pdf" \
  "$work/th.docx" "$work/en.docx" "$work/hostile.docx" "$work/long.docx" "$work/qa.docx" "$work/m12.docx" \
  "$work/pa.docx" "$work/pa-clean.docx" >"$work/lo.log" 2>&1
for d in th en hostile long qa m12 pa pa-clean; do
  [ -s "$work/pdf/$d.pdf" ] && ok "$d: LibreOffice printed it" || { fail "$d: no PDF"; cat "$work/lo.log"; }
done
[ -s "$work/pdf/th.pdf" ] || { echo "$fails failure(s)"; exit 1; }

pages=$(pdfinfo "$work/pdf/th.pdf" | awk '/^Pages:/ {print $2}')
echo "th: $pages pages"
[ "${pages:-0}" -gt 5 ] && ok "th: more than 5 pages" || fail "th: $pages pages"
pdftotext -layout "$work/pdf/th.pdf" "$work/th.txt"
for s in "รายงานประเมินผลการดำเนินงาน" "คำนำ" "สารบัญ" "สรุปผลการประเมิน" "ยุทธศาสตร์ที่ ๑" "ยุทธศาสตร์ที่ ๔" \
         "ส่วนที่ ๑" "๓.๙๔" "กลุ่มงานติดตามและประเมินผล"; do
  grep -qF -- "$s" "$work/th.txt" && ok "th PDF shows $s" || fail "th PDF lacks $s"
done
# A project's money on one line: at 14pt in 1850 twips LibreOffice broke
# ๑,๗๐๐,๐๐๐.๐๐ into "๑ / ,๗๐๐,๐๐๐.๐๐" (a line, or a cell's line, starting with a comma).
python3 - "$work/th.txt" <<'PY' && ok "th: money on one line" || fail "th: money broken across lines"
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
cut = re.findall(r"(?m)(?:^|\s),[๐-๙]{3}", t)
print("\n".join(cut[:3]))
sys.exit(1 if cut else 0)
PY
# The cover's lines as the HTML's: "ประจำ / ปีงบประมาณ", "พ.ศ. / ๒๕๖๓ - ๒๕๖๕" and
# "สภาผู้แทน / ราษฎร" were split across the title's lines.
pdftotext -layout -f 1 -l 1 "$work/pdf/th.pdf" - | python3 -c '
import re, sys
lines = [l.strip() for l in sys.stdin.read().splitlines() if l.strip()]
cut = [l for l in lines if l.endswith(("ประจำ", "พ.ศ.", "สภาผู้แทน")) or l.startswith(("ราษฎร", "ปี "))]
print(cut); sys.exit(1 if cut or len(lines) < 5 else 0)' >/dev/null && ok "th: the cover's terms, years and agency whole" \
  || fail "th: a term, a year or the agency split on the cover"
# English words whole inside Thai text: with Latin text's language Thai,
# LibreOffice broke "(Applicati / on Report)". A word of the plan's split over
# two lines, its halves not words of the plan.
pdftotext "$work/pdf/th.pdf" - | python3 -c '
import re, sys
words = set(re.findall(r"[A-Za-z]+", open(sys.argv[1], encoding="utf-8").read()))
lines = sys.stdin.read().splitlines()
cut = [f"{a[-1]} / {b[0]}" for x, y in zip(lines, lines[1:])
       if (a := re.findall(r"[A-Za-z]+$", x)) and (b := re.findall(r"^[a-z]+", y))
       and a[-1] + b[0] in words and not (a[-1] in words and b[0] in words)]
print(cut[:5]); sys.exit(1 if cut else 0)' "$th_plan" && ok "th: English words whole" || fail "th: English words broken"
# The summary's chart, as the HTML's, looked at: on the printed page the
# bars' blue parts are the strategies' scores out of 5 (3.99, 4.04, 4.69, 3.06).
python3 - "$work/pdf/th.pdf" <<'PY' && ok "th: the chart's bars measure the scores" || fail "th: the chart's bars"
import re, subprocess, sys
pdf = sys.argv[1]
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
page = next((k for k in range(1, n + 1) if "แผนภูมิผลการประเมิน" in
             subprocess.run(["pdftotext", "-f", str(k), "-l", str(k), pdf, "-"], capture_output=True, text=True).stdout), 0)
if not page: print("no chart"); sys.exit(1)
ppm = subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), pdf], capture_output=True).stdout
head, size, _, data = ppm.split(b"\n", 3); w, h = map(int, size.split())
near = lambda c, t: all(abs(a - b) <= 12 for a, b in zip(c, t))
px = lambda x, y: tuple(data[3 * (y * w + x):3 * (y * w + x) + 3])
bars = []
for y in range(h):
    xs = [x for x in range(w) if near(px(x, y), (31, 95, 168))]
    if len(xs) < 20: continue
    end = max(xs) + 1; light = 0
    while end + light < w and near(px(end + light, y), (238, 241, 246)): light += 1
    ratio = round(len(xs) / (len(xs) + light), 3)
    if not bars or bars[-1][0] != y - 1: bars.append([y, ratio])
    else: bars[-1][0] = y
got = [r for _, r in bars]
want = [3.99 / 5, 4.04 / 5, 4.69 / 5, 3.06 / 5]
print(f"page {page}: bars {got}, scores out of 5 {[round(x, 3) for x in want]}")
sys.exit(0 if len(got) == 4 and all(abs(a - b) < 0.02 for a, b in zip(got, want)) else 1)
PY
# Part 2's weighted-score heading whole on every page: "คะแนน / ถ่วงน้ำหนัก /
# (W × SM)". LibreOffice broke "ถ่วงน้ำ / หนัก" in its narrow column (then
# "คะแนนถ่วง / น้ำหนัก"), and the heading repeated at a page's top lost its
# fourth line, "(W × SM)".
pdftotext "$work/pdf/th.pdf" "$work/th.raw"
python3 - "$work/th.raw" <<'PY' && ok "th: the weighted score's heading whole on each page" || fail "th: the weighted score's heading broken or cut"
import re, sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
part2 = [k + 1 for k, p in enumerate(pages) if re.search(r"ได้ \(SM\)", p) and re.search(r"\(W\)", p)]  # its headings
bad = [k for k in part2 if not re.search(r"ถ่วงน้ำหนัก\s*\n\s*\(W\s×\sSM\)", pages[k - 1])]
bad += [k for k in part2 if re.search(r"(?m)(ถ่วง|ถ่วงน้ำ)$", pages[k - 1])]
print(f"{len(part2)} pages of Part 2; broken or cut on pages {sorted(set(bad))[:8]}")
sys.exit(1 if bad or not part2 else 0)
PY
# Page numbers: the footer of page 5 shows 5 alone on its line, a digit, never
# a Thai letter (จ): Word shows the sections' thaiNumbers as ๕; LibreOffice
# (7.x) does not read thaiNumbers and prints 5, and read PAGE's "\* ThaiArabic"
# (which planc wrote before) as Thai letters.
pdftotext -f 5 -l 5 -layout "$work/pdf/th.pdf" - | grep -qE '^\s*(๕|5)\s*$' && ok "th: page number on page 5" \
  || fail "th: no page number on page 5"
pdftotext -layout "$work/pdf/th.pdf" - | grep -qE '^\s{20,}[ก-ฮ]\s*$' && fail "th: a page numbered with a Thai letter" \
  || ok "th: no page numbered with a Thai letter"

pdftotext -layout "$work/pdf/en.pdf" "$work/en.txt"
for s in "Riverside City Library" "Contents" "Summary" "Part 2"; do
  grep -qF -- "$s" "$work/en.txt" && ok "en PDF shows $s" || fail "en PDF lacks $s"
done
# Its round has no `preface`: no empty Preface page with only a signature block.
grep -qF -- "Preface" "$work/en.txt" && fail "en PDF has a Preface page, and its round has no preface" \
  || ok "en: no empty Preface page"
pdftotext -f 3 -l 3 -layout "$work/pdf/en.pdf" - | grep -qE '^\s*3\s*$' && ok "en: page number 3 on page 3" \
  || fail "en: no page number on page 3"
pdftotext "$work/pdf/hostile.pdf" - | grep -qF '<script>alert(1)</script>' && ok "hostile: <script> shown as text" \
  || fail "hostile: <script> not shown as text"
pdftotext "$work/pdf/long.pdf" - >"$work/long.txt"
grep -qF word0001 "$work/long.txt" && grep -qF word0222 "$work/long.txt" && ok "long title printed whole" \
  || fail "long title cut"
[ "$(grep -c 'word0' "$work/long.txt")" -gt 5 ] && ok "long title wraps over lines" || fail "long title does not wrap"

# The tables' headings as printed: ลำดับ whole (not ลำดั / บ), a round's
# name in two lines at most (คณะกรรมการ / ตรวจประเมิน, not คณะ / กรรมก / าร);
# no blank page; eight columns of Part 1 on landscape pages.
pdftotext -layout "$work/pdf/qa.pdf" "$work/qa.txt"
grep -qE 'ลำดั\s*$|^\s*บ\s' "$work/qa.txt" && fail "qa: ลำดับ broken in a heading" || ok "qa: ลำดับ whole"
grep -qF "คณะกรรมการ" "$work/qa.txt" && ! grep -qE 'กรรมก\s*$' "$work/qa.txt" && ok "qa: คณะกรรมการ whole" \
  || fail "qa: คณะกรรมการ broken in a heading"
qa_pages=$(pdfinfo "$work/pdf/qa.pdf" | awk '/^Pages:/ {print $2}')
for ((n = 1; n <= qa_pages; n++)); do
  [ -n "$(pdftotext -f $n -l $n "$work/pdf/qa.pdf" - | tr -d '[:space:]\f')" ] || fail "qa: page $n is blank"
done
m12_p1=0
m12_pages=$(pdfinfo "$work/pdf/m12.pdf" | awk '/^Pages:/ {print $2}')
for ((n = 3; n <= m12_pages; n++)); do
  pdftotext -f $n -l $n "$work/pdf/m12.pdf" - | grep -qF "ส่วนที่ ๑ สรุปรายงาน" && { m12_p1=$n; break; }
done
pdfinfo -f $m12_p1 -l $m12_p1 "$work/pdf/m12.pdf" | grep -qE "Page +$m12_p1 size: +841\.[0-9]+ x 595" &&
  ok "m12: Part 1 (page $m12_p1) on a landscape page" || fail "m12: Part 1 (page $m12_p1) is not landscape"

# --- pictures: the cover, the summary, a Part 2 page ---
page_of() {  # the first page whose text has $1 after page $2
  local n
  for ((n = ${2:-1}; n <= pages; n++)); do
    pdftotext -f $n -l $n "$work/pdf/th.pdf" - | grep -qF -- "$1" && { echo $n; return; }
  done
  echo 0
}
summary_page=$(page_of "สรุปผลการประเมิน" 4)
part2_page=$(page_of "เกณฑ์การให้คะแนนเทียบกับ" 4)
echo "summary on page $summary_page, Part 2's first table on page $part2_page"
# The contents give each part's page, and it is there (LibreOffice never
# updated the TOC field: the contents had no page numbers).
python3 - "$work/pdf/th.pdf" <<'PY' && ok "th: the contents' pages are right" || fail "th: the contents' pages"
import re, subprocess, sys
pdf = sys.argv[1]
page = lambda k: subprocess.run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), pdf, "-"], capture_output=True, text=True).stdout
toc = next(page(k) for k in range(2, 5) if "สารบัญ" in page(k))
# An entry wrapped over two lines: its first line has no leader.
lines, joined = toc.splitlines(), []
for l in lines:
    if joined and not re.search(r"\.{5,}", joined[-1]) and re.search(r"\.{5,}", l) and joined[-1].strip() and "สารบัญ" not in joined[-1]:
        joined[-1] = joined[-1].rstrip() + l.strip()
    else: joined.append(l)
entries = re.findall(r"^\s*(\S[^.\n]*?)\.{5,}\s*([0-9๐-๙]+)\s*$", "\n".join(joined), re.M)
# Its first two words on its page ("ส่วนที่ ๒", not only "ส่วนที่").
flat = lambda x: " ".join(x.split())
bad = [(t, n) for t, n in entries
       if flat(" ".join(t.split()[:2])) not in flat(page(int(n.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))))]
print(f"{len(entries)} entries; wrong: {bad}")
sys.exit(0 if len(entries) >= 8 and not bad else 1)
PY
[ "$summary_page" != 0 ] && [ "$part2_page" != 0 ] || fail "summary or Part 2 not found"
for spec in "cover:1" "summary:$summary_page" "part2:$part2_page"; do
  name=${spec%%:*}
  n=${spec#*:}
  pdftoppm -r 50 -png -f "$n" -l "$n" -singlefile "$work/pdf/th.pdf" "$art/docx-$name"
done
cp "$work/pdf/th.pdf" "$work/pdf/en.pdf" "$work/th.docx" "$art/"
# The cover is not blank: a blank 50 dpi page compresses to well under 3 KB.
[ "$(stat -c %s "$art/docx-cover.png")" -gt 3000 ] && ok "cover picture is not blank" || fail "cover is blank"

# The copy to hand in, printed: planc's figures (the overall, the groups'
# contributions) and none of the reviewer's: no published figures (the
# draft's weights table has its column), no findings section, in the
# contents or at the end.
pdftotext -layout "$work/pdf/pa.pdf" "$work/pa.txt"
pdftotext -layout "$work/pdf/pa-clean.pdf" "$work/pa-clean.txt"
grep -qF "ตามที่รายงานเผยแพร่" "$work/pa.txt" && grep -qF "ข้อสังเกตจากการตรวจสอบ" "$work/pa.txt" &&
  ok "pa: the draft has published figures and findings" || fail "pa: the draft lacks published figures or findings"
for x in "ตามที่รายงานเผยแพร่" "ข้อสังเกตจากการตรวจสอบ" "ไม่พบข้อสังเกต"; do
  grep -qF "$x" "$work/pa-clean.txt" && fail "pa-clean: $x is printed" || ok "pa-clean: no $x"
done
for x in "๗๔.๑๑" "๖๒.๘๖" "๑๑.๒๕" "ส่วนที่ ๒" "เกณฑ์การให้คะแนน"; do
  grep -qF "$x" "$work/pa-clean.txt" && ok "pa-clean: $x" || fail "pa-clean: $x is missing"
done
# No page holding only its number: the copy's summary fills its page, and the
# page break after it went over alone (a blank page 4 before Part 1).
for d in pa pa-clean; do
  n=$(pdfinfo "$work/pdf/$d.pdf" | awk '/^Pages:/ {print $2}')
  blank=$(pdftotext "$work/pdf/$d.pdf" - | python3 -c '
import re, sys
pages = sys.stdin.read().split("\f")[:-1]
print(" ".join(str(k + 1) for k, p in enumerate(pages) if k and not re.sub(r"[\s0-9๐-๙]", "", p)))')
  [ -z "$blank" ] && ok "$d: no blank page ($n pages)" || fail "$d: blank pages: $blank"
done

echo "$fails failure(s)"
[ "$fails" = 0 ]
