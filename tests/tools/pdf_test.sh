#!/usr/bin/env bash
# render --format pdf as a person holds it: the reference round printed by
# Chromium through planc, then read back. Its cover, คำนำ, สารบัญ with each
# section's page, Thai page numbers at the foot of each page, A4 portrait with
# Part 2 on landscape pages, Thai findings with no file paths (but in the
# appendix), identical bytes but for the PDF's dates; the English example with
# Arabic page numbers; without Chromium, or to a folder that does not exist:
# exit 2, a clear message, nothing written. usage: pdf_test.sh PLANC ROOT
set -euo pipefail
planc=$(realpath "$1"); root=$(realpath "$2")
for t in chromium pdftotext pdfinfo python3; do
  command -v $t >/dev/null || { echo "FAIL: $t is not installed (bash .ci/setup --tests)"; exit 1; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
"$planc" render "$root/plans/th-hor-2563/2563-h1.plan" --format pdf -o "$tmp/ref.pdf" 2>/dev/null
"$planc" render "$root/plans/th-hor-2563/2563-h1.plan" --format pdf -o "$tmp/ref2.pdf" 2>/dev/null
"$planc" render "$root/plans/examples/city-library/2568-6m.plan" --format pdf -o "$tmp/en.pdf" 2>/dev/null
# A QA office's committee round beside its own assessment (short components),
# and a 12-month round with two earlier rounds and an offices column.
"$planc" render "$root/plans/examples/library-qa/2555-12m.plan" --format pdf -o "$tmp/qa.pdf" 2>/dev/null
(cd "$root/tests/golden/trend" && "$planc" render 2567-12.plan --format pdf -o "$tmp/m12.pdf" 2>/dev/null)
# A performance agreement: weights in percent, three target levels, narrow headings.
"$planc" render "$root/plans/examples/performance-agreement/2565-12m.plan" --format pdf -o "$tmp/pa.pdf" 2>/dev/null
# The copies to hand in (--findings none) of the reference and pa.
"$planc" render "$root/plans/th-hor-2563/2563-h1.plan" --findings none --format pdf -o "$tmp/ref-clean.pdf" 2>/dev/null
"$planc" render "$root/plans/examples/performance-agreement/2565-12m.plan" --findings none --format pdf \
  -o "$tmp/pa-clean.pdf" 2>/dev/null
for f in ref en qa m12 pa ref-clean pa-clean; do pdftotext -layout "$tmp/$f.pdf" "$tmp/$f.txt"; pdftotext -bbox "$tmp/$f.pdf" "$tmp/$f.bbox"; done
python3 - "$tmp" <<'PY' || fail=1
import re, subprocess, sys
tmp = sys.argv[1]
fails = []
def want(cond, what):
    if not cond: fails.append(what)
def text(name):
    t = open(f"{tmp}/{name}.txt", encoding="utf-8").read()
    # Extraction splits a tone mark from the vowel after it in some Thai fonts.
    return re.sub("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]) ([\u0e30-\u0e45])", r"\1\2", t)
def info(name):
    return subprocess.run(["pdfinfo", f"{tmp}/{name}.pdf"], capture_output=True, text=True).stdout
t = text("ref"); pages = t.split("\f")
n = int(re.search(r"Pages:\s+(\d+)", info("ref")).group(1))
want(n >= 20, f"{n} pages")
want(re.search(r"Page size:\s+(595|594\.96) x 841\.92", info("ref")), "page 1 is not A4 portrait")
want("สำนักงานเลขาธิการสภาผู้แทนราษฎร" in pages[0] and "รอบ ๖ เดือน" in pages[0], "the cover")
want(not re.search(r"[๐-๙0-9]\s*$", pages[0].strip().splitlines()[-1]), "the cover has no page number")
want("คำนำ" in pages[1], "คำนำ on page 2")
want(pages[1].strip().splitlines()[-1].strip() == "๒", "page 2's number is ๒ at its foot")
toc = next((p for p in pages if "สารบัญ" in p), "")
entries = re.findall(r"(ส่วนที่ ๒[^\n]*?|สรุปผลการประเมิน)\s+([๐-๙]+)\s*$", toc, re.M)
want(len(entries) >= 1, "สารบัญ gives pages")
for title, pg in entries:
    k = int(pg.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    want(0 < k <= n and title.split()[0] in pages[k - 1], f"สารบัญ says {title} is on page {pg}, and it is not")
numbered = sum(1 for p in pages[1:] if p.strip() and re.fullmatch(r"[๐-๙]+", p.strip().splitlines()[-1].strip()))
want(numbered >= n - 3, f"only {numbered} of {n} pages end with a Thai page number")
want("๓.๙๔" in t and "W141" in t and "๔.๖๙" in t, "the recomputed figures and the findings")
appendix = t.find("ภาคผนวก ตำแหน่งของข้อสังเกต", t.find("ภาคผนวก ตำแหน่งของข้อสังเกต") + 1)
want(appendix > 0 and ".plan:" not in t[:appendix], "a file path before the appendix")
want("2563-h1.plan:" in t[appendix:] or "plan.plan:" in t[appendix:], "the appendix gives files and lines")
a = open(f"{tmp}/ref.pdf", "rb").read(); b = open(f"{tmp}/ref2.pdf", "rb").read()
strip = lambda x: re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", b"", x)
if strip(a) != strip(b):
    # Say how, so that a print that differs can be told apart: its text (layout,
    # the contents' page numbers) or only its bytes (Chromium's own).
    sa, sb = strip(a), strip(b)
    at = next((k for k in range(min(len(sa), len(sb))) if sa[k] != sb[k]), min(len(sa), len(sb)))
    ta = text("ref")
    tb = subprocess.run(["pdftotext", "-layout", f"{tmp}/ref2.pdf", "-"], capture_output=True, text=True).stdout
    how = "their text too" if ta != re.sub("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]) ([\u0e30-\u0e45])", r"\1\2", tb) else "their bytes only"
    want(False, f"two prints differ beyond their dates ({how}; sizes {len(sa)} and {len(sb)}; first at byte {at}: "
                f"{sa[max(0, at - 40):at + 40]!r} / {sb[max(0, at - 40):at + 40]!r})")
# The summary's chart on the summary's page: it went over to a page of its own,
# three quarters empty (the reference's p5, pa's p4).
for name in ("ref", "pa"):
    pp = text(name).split("\f")
    at = next((k for k, p in enumerate(pp) if "สรุปผลการประเมิน" in p and "สารบัญ" not in p), None)
    want(at is not None and "แผนภูมิผลการประเมิน" in pp[at], f"{name}: the summary's chart is not on the summary's page")
e = text("en"); ep = e.split("\f")
want("Contents" in e and "Riverside City Council" in ep[0], "the English cover and contents")
want(any(p.strip() and p.strip().splitlines()[-1].strip() == "2" for p in ep), "Arabic page numbers in English")
# The pages as laid out: each page's size and its words, left to right.
def laid_out(name):
    out = []
    for page in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',
                           open(f"{tmp}/{name}.bbox", encoding="utf-8").read(), re.S):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page[2])
        out.append((float(page[0]) > float(page[1]), [(float(a), float(b), float(c), w) for a, b, c, w in words]))
    return out
# Thai terms a line must not split (emit/keep_words.hpp), and years with their era.
TERMS = ["ถ่วงน้ำหนัก", "น้ำหนัก", "ร้อยละ", "ขั้นสูง", "ขั้นต้น", "คำรับรอง", "งบประมาณ", "หน่วยงาน", "ดำเนินงาน",
         "องค์ประกอบ", "ค่าคะแนน", "ตัวชี้วัด", "ประจำปี"]
def split_terms(name):
    out = set()
    for k, (_, ws) in enumerate(laid_out(name)):
        for (_, y1, _, a), (_, y2, _, b) in zip(ws, ws[1:]):
            # The same line: a symbol from another font (Σ from DejaVu) sits a few points lower.
            if abs(y1 - y2) < 8: continue
            for t in TERMS:
                if any(a.endswith(t[:j]) and b.startswith(t[j:]) and not a.endswith(t) for j in range(1, len(t))):
                    out.add((k + 1, f"{a} / {b}"))
            if a == "พ.ศ." or (a.endswith(("-", "–")) and re.fullmatch(r"[๐-๙0-9]{4}", b)) \
                    or (a, b) in (("(W", "×"), ("×", "SM)"), ("Σ", "W"), ("Σ", "(W")):
                out.add((k + 1, f"{a} / {b}"))
    return sorted(out)
# English words in Part 1's narrow columns whole: an office's "Community", a
# project's status "in progress" (its table's columns were shrunk to a letter).
en_words = {w for _, ws in laid_out("en") for *_, w in ws}
want(not en_words & {"Communit", "progres", "Responsibl", "y", "s"}, f"en: words broken: {sorted(en_words & {'Communit', 'progres', 'Responsibl', 'y', 's'})}")
for name in ("ref", "qa", "m12", "pa"):
    cut = split_terms(name)
    want(not cut, f"{name}: terms split across lines: {cut[:4]}")
# The agency's name whole on the cover's lines ("... ราชการ กรม / ตัวอย่าง" was split).
for name, agency in (("ref", "สำนักงานเลขาธิการสภาผู้แทนราษฎร"), ("pa", "กรมตัวอย่าง")):
    ws = laid_out(name)[0][1]
    cut = [f"{a} / {b}" for (_, y1, _, a), (_, y2, _, b) in zip(ws, ws[1:]) if abs(y1 - y2) >= 1
           and any(a.endswith(agency[:j]) and b.startswith(agency[j:]) for j in range(1, len(agency)))]
    want(not cut, f"{name}: the agency's name split on the cover: {cut}")
for name in ("ref", "qa", "m12", "pa"):
    # A heading pushed to the next page once left its stacked Thai marks (ที่)
    # painted at this page's foot: a word of no width.
    ghosts = [(k + 1, w) for k, (_, ws) in enumerate(laid_out(name)) for a, _, c, w in ws if c - a < 0.01]
    want(not ghosts, f"{name}: marks of no width left on a page: {ghosts[:3]}")
    # A unit or heading broken mid-word in a narrow column (ระดั / บ, คะแ / นน).
    broken = {w for _, ws in laid_out(name) for *_, w in ws} & {"ระดั", "คะแ", "คะแน", "ลำดั", "ลำ", "กรรมก",
                                                                 "ประชาสัมพั", "ประชาสัมพัน"}
    want(not broken, f"{name}: words broken in a narrow column: {sorted(broken)}")
# A row's projects whole across the page: at 14pt beside the number's column,
# three budgets of millions ran past its edge and were cut ("คง" for คงเหลือ,
# no สถานะ). Each projects table's heading line has all its columns.
for k, page in enumerate(t.split("\f")):
    for line in page.splitlines():
        if re.search(r"โครงการภายใต้ตัวชี้วัด\s+งบประมาณ", line):
            want("คงเหลือ" in line and "สถานะ" in line, f"ref p{k + 1}: a projects table cut at the page's edge: {line.strip()}")
qa = laid_out("qa")
qt = text("qa").split("\f")
# Each component's heading, rows and mean on one page, in both parts (short
# components are kept together, not a row or two over the break).
for k, page in enumerate(qt):
    for m_ in re.finditer(r"องค์ประกอบที่ (\d+):", page):
        num = m_.group(1)
        later = "".join(qt[k + 1:k + 2])
        want(not re.search(rf"^\s*{num}\.\d\s", later.split("องค์ประกอบที่")[0], re.M),
             f"qa: component {num}'s rows run over from page {k + 1}")
# The header's words whole: ลำดับ is not broken (ลำดั / บ), the rounds under ผล.
heads = [w for _, ws in qa for *_, w in ws]
want("ลำดับ" in heads and not any(w in ("ลำดั", "ลำ") for w in heads), "qa: ลำดับ broken in a header")
p1 = next((p for p in qt if "ส่วนที่ 1 สรุปรายงาน" in p and "สารบัญ" not in p), "")
want(re.search(r"ผล\s*\n.*ประเมิน", p1, re.S) is not None, "qa: the rounds are not under one ผล heading")
# The short sections at the end follow on: the findings on the scoring's page.
want(any("เกณฑ์การให้คะแนน" in p and "ข้อสังเกตจากการตรวจสอบ" in p for p in qt),
     "qa: ข้อสังเกตจากการตรวจสอบ does not follow เกณฑ์การให้คะแนน on its page")
# Eight columns (two earlier rounds and the offices): Part 1 on landscape pages.
m12 = laid_out("m12"); mt = text("m12").split("\f")
p1 = [k for k, p in enumerate(mt) if "ส่วนที่ ๑ สรุปรายงาน" in p and "สารบัญ" not in p]
want(p1 and m12[p1[0]][0], "m12: Part 1 is not on a landscape page")
want(not m12[2][0], "m12: the summary is not on a portrait page")
# The copy to hand in: planc's figures, and none of the reviewer's: no
# finding, no published figure ("as published", the report's 3.89 and 4.03 on
# the summary's page), no file and line (the steps', the appendix), no closing
# section of findings. Everything else as the draft: the same summary and
# scores, the same parts.
for name, draft_figures, published in (("ref", ["๓.๙๔", "๘๙.๔๕", "๓.๙๙", "๔.๐๔", "๔.๖๙", "๓.๐๖"], ["๓.๘๙", "๘๘.๙๐"]),
                                       ("pa", ["๗๔.๑๑", "๘๓.๐๐", "๖๒.๘๖", "๑๑.๒๕"], [])):
    c = text(f"{name}-clean"); cp = c.split("\f"); d = text(name)
    summary = next((p for p in cp if "สรุปผลการประเมิน" in p and "สารบัญ" not in p), "")
    for x in draft_figures:
        want(x in summary, f"{name}-clean: the summary lacks {x}")
    for x in published:
        want(x in d.split("\f")[[k for k, p in enumerate(d.split("\f")) if "สรุปผลการประเมิน" in p and "สารบัญ" not in p][0]]
             and x not in summary, f"{name}-clean: the summary prints the published {x} (or the draft's does not)")
    for x in ("ตามที่รายงานเผยแพร่", "ข้อสังเกตจากการตรวจสอบ", "ภาคผนวก", "คำเตือน", "ข้อผิดพลาด"):
        want(x not in c, f"{name}-clean: {x} is printed")
    want(not re.search(r"\.plan:[0-9๐-๙]", c), f"{name}-clean: a file and line is printed")
    for part in ("ส่วนที่ ๑", "ส่วนที่ ๒", "เกณฑ์การให้คะแนน"):
        want(part in c, f"{name}-clean: {part} is missing")
# Strategy 3's published 4.44 is printed in the draft's Part 2 only.
want("๔.๔๔" in text("ref") and "๔.๔๔" not in text("ref-clean"), "ref-clean: strategy 3's published 4.44 is printed")
if fails:
    print("FAIL:\n  " + "\n  ".join(fails)); sys.exit(1)
print(f"pdf: {n} pages, contents {entries}, {numbered} pages numbered")
PY
# Without Chromium: exit 2, says so, writes nothing.
set +e
PATH=/nonexistent PLANC_CHROMIUM= "$planc" render "$root/plans/th-hor-2563/2563-h1.plan" --format pdf -o "$tmp/none.pdf" \
  2> "$tmp/none.err" >/dev/null
rc=$?
set -e
[[ $rc == 2 ]] || { echo "FAIL: without Chromium the exit code is $rc, not 2"; fail=1; }
grep -q "Chromium" "$tmp/none.err" || { echo "FAIL: without Chromium it does not say so"; fail=1; }
[[ ! -e "$tmp/none.pdf" && ! -e "$tmp/none.pdf.tmp" ]] || { echo "FAIL: a file was left without Chromium"; fail=1; }
set +e
"$planc" render "$root/plans/th-hor-2563/2563-h1.plan" --format pdf -o "$tmp/missing/r.pdf" 2>/dev/null >/dev/null
rc=$?
set -e
[[ $rc == 2 && ! -e "$tmp/missing" ]] || { echo "FAIL: a missing folder gives exit $rc"; fail=1; }
# planc rank and planc trend print their pages too: the ranking in order, the trend's rounds.
(cd "$root/plans/examples/local-award" && "$planc" rank --format pdf -o "$tmp/rank.pdf") ||
  { echo "FAIL: planc rank --format pdf"; fail=1; }
pdftotext -layout "$tmp/rank.pdf" "$tmp/rank.txt" 2>/dev/null || { echo "FAIL: the ranking's PDF does not read"; fail=1; }
lines=$(grep -n "เทศบาลตำบลเลาขวัญ\|เทศบาลเมืองกันตัง" "$tmp/rank.txt" | cut -d: -f1 | tr '\n' ' ')
[[ $(grep -c "52.21" "$tmp/rank.txt") -ge 1 && $lines =~ ^[0-9]+\ [0-9]+\ $ && ${lines%% *} -lt ${lines#* } ]] ||
  { echo "FAIL: the ranking's PDF does not list Lao Khwan (52.21) above Kantang: $lines"; fail=1; }
"$planc" trend "$root/tests/golden/trend" --format pdf -o "$tmp/trend.pdf" || { echo "FAIL: planc trend --format pdf"; fail=1; }
pdftotext "$tmp/trend.pdf" "$tmp/trend.txt" 2>/dev/null
grep -q "รอบ ๙ เดือน" "$tmp/trend.txt" || { echo "FAIL: the trend's PDF has no 9-month round"; fail=1; }
set +e
(cd "$root/plans/examples/local-award" && PATH=/nonexistent PLANC_CHROMIUM= "$planc" rank --format pdf -o "$tmp/r2.pdf" \
  2> "$tmp/r2.err" >/dev/null)
rc=$?
set -e
[[ $rc == 2 && ! -e "$tmp/r2.pdf" ]] && grep -q "Chromium" "$tmp/r2.err" ||
  { echo "FAIL: planc rank --format pdf without Chromium: exit $rc"; fail=1; }
((fail == 0)) && echo "ok"
exit $fail
