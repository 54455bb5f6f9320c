#!/usr/bin/env bash
# The HTML drafts as a person sees them: Debian's Chromium renders the reference
# plan's report and the trend of tests/golden/trend (planc trend) headless,
# takes a screenshot of each and prints it to PDF. Fails on a blank page, a
# console error, a missing Thai font (Thai falling back to boxes), a page not
# the wrong A4 orientation, or a PDF without what it must show (the report: the
# recomputed totals and the two published errors flagged; the trend: its
# sections, Thai-digit figures, its two charts' titles).
# The screenshots and the PDFs are kept in ARTIFACTS.
# usage: render_in_chromium.sh PLANC SOURCE_DIR ARTIFACTS
set -euo pipefail
planc=$1; src=$2; out=$3
mkdir -p "$out"
for tool in chromium pdfinfo pdftotext pdffonts fc-list python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (bash .ci/setup installs it)"; exit 1; }
done

# 1. Thai fonts of the report's font stack are installed.
thai_fonts=$(fc-list ':lang=th' family | sort -u)
if [[ -z "$thai_fonts" ]]; then echo "FAIL: no font with Thai glyphs is installed (fonts-thai-tlwg)"; exit 1; fi
echo "Thai fonts installed: $(echo "$thai_fonts" | tr '\n' ';' | cut -c1-200)"

# 2. Render.
(cd "$src/plans/th-hor-2563" && "$planc" render 2563-h1.plan --format html -o "$out/report.html") 2>/dev/null
(cd "$src/tests/golden/trend" && "$planc" trend --format html -o "$out/trend.html") 2>/dev/null
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
        --disable-background-networking --disable-component-update --disable-sync
        --user-data-dir="$profile" --enable-logging=stderr --v=0)

# check_page NAME MIN_PAGES SIZE TEXT...: NAME.html screenshot and printed, checked (3-5);
# SIZE: portrait (the report: a Thai official document) or landscape (the trend).
check_page() {
local name=$1 min_pages=$2 orientation=$3; shift 3
timeout 120 "${chrome[@]}" --window-size=1400,1000 --screenshot="$out/$name.png" "file://$out/$name.html" \
  2> "$out/chromium-$name-screenshot.log" >/dev/null
timeout 180 "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" \
  2> "$out/chromium-$name-pdf.log" >/dev/null

# 3. No console errors (the page has no script; any console output is a defect).
if grep -hE 'CONSOLE|Uncaught|Refused to' "$out"/chromium-"$name"-*.log; then echo "FAIL: console output above"; return 1; fi

# 4. The screenshot is not blank: count pixels that are not near-white.
python3 - "$out/$name.png" <<'PY'
import sys, zlib, struct
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, chunks, w = 8, [], None
while pos < len(data):
    n, = struct.unpack('>I', data[pos:pos+4]); kind = data[pos+4:pos+8]; body = data[pos+8:pos+8+n]
    if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
    if kind == b'IDAT': chunks.append(body)
    pos += 12 + n
raw = zlib.decompress(b''.join(chunks))
bpp = {2: 3, 6: 4}[ctype]; stride = w * bpp
prev = bytearray(stride); ink = 0; i = 0
for y in range(h):
    f = raw[i]; line = bytearray(raw[i+1:i+1+stride]); i += 1 + stride
    for x in range(stride):
        a = line[x-bpp] if x >= bpp else 0; b = prev[x]; c = prev[x-bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p-a), abs(p-b), abs(p-c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        if min(line[x], line[x+1], line[x+2]) < 200: ink += 1
    prev = line
share = ink / (w * h)
print(f"screenshot {w}x{h}: {share:.1%} of pixels carry ink")
if share < 0.01: sys.exit("FAIL: the screenshot is blank")
PY
[[ $? -eq 0 ]] || return 1

# 5. The PDF: pages, fonts, and what it must show.
pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$out/$name.pdf" | awk -F': *' '/^Page size:/ {print $2}')
echo "$name PDF: $pages pages, $size"
if ! pdffonts "$out/$name.pdf" | grep -qiE 'Loma|Garuda|Norasi|Kinnari|Umpush|Waree|Sawasdee|Tlwg|Noto ?Sans ?Thai|Sarabun|Laksaman'; then
  pdffonts "$out/$name.pdf"; echo "FAIL: no Thai font is embedded: Thai text fell back to boxes"; return 1
fi
echo "fonts: $(pdffonts "$out/$name.pdf" | awk 'NR>2 {print $1}' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"
pdftotext -layout "$out/$name.pdf" "$out/$name.txt"
# Text extraction splits a tone mark from the vowel after it in some Thai
# fonts ("เป้ า" for "เป้า"): joined again, as the page shows it.
python3 - "$out/$name.txt" <<'PY'
import re, sys
p = sys.argv[1]; t = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(re.sub("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]) ([\u0e30-\u0e45])", r"\1\2", t))
PY
local fail=0 want
for want in "$@"; do
  grep -q -- "$want" "$out/$name.txt" || { echo "FAIL: the $name PDF does not show \"$want\""; fail=1; }
done
[[ $pages -ge $min_pages ]] || { echo "FAIL: only $pages pages"; fail=1; }
if [[ $orientation == landscape ]]; then
  [[ $size == *"841.92 x 595"* || $size == *"841.92 x 594.96"* ]] || { echo "FAIL: not A4 landscape: $size"; fail=1; }
else
  [[ $size == *"595 x 841.92"* || $size == *"594.96 x 841.92"* ]] || { echo "FAIL: not A4 portrait: $size"; fail=1; }
fi
((fail == 0)) && echo "ok: screenshot $out/$name.png, PDF $out/$name.pdf"
return $fail
}

rc=0
check_page report 10 portrait "ส่วนที่ ๑" "ส่วนที่ ๒" "ประเด็นยุทธศาสตร์ที่ ๔" "๔.๖๙" "๓.๙๙" "๓.๙๔" "W141" "W142" "W111" "๓.๘" || rc=1
check_page trend 3 landscape "ผลการประเมินรายรอบ" "คะแนนของแต่ละประเด็นยุทธศาสตร์ในแต่ละรอบ" \
  "ตัวชี้วัดที่ผลยังต่ำกว่าเป้าหมายในรอบล่าสุด" "ผลการดำเนินงานรายตัวชี้วัดในแต่ละรอบ" "ผลการเบิกจ่ายงบประมาณโครงการ" \
  "ยังไม่เริ่มประเมิน" "๔.๔๙" "๑,๑๘๐,๐๐๐.๐๐" "รอบ ๑๒ เดือน" || rc=1
exit $rc
