"""Drafts plan.plan and 2563-h1.plan from the reference report's text.

The bulk text (titles, accounts of work done, offices) is taken from the
report; every number (units, targets, results, weights, published figures) is
listed here by hand in ROWS below, checked by eye against the report. The
generated files are then committed and edited by hand where noted in them:
rerunning this script overwrites those edits, so it is a one-off tool kept for
the record of how the transcription was made.

    python3 plans/th-hor-2563/tools/extract.py   # writes plans/th-hor-2563/*.plan
"""
import re, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import rows

OUT = pathlib.Path(__file__).resolve().parents[1]
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
to_thai = str.maketrans("0123456789", THAI_DIGITS)

def clean(html):
    """Report cells carry HTML fragments; keep their text and paragraph breaks."""
    t = re.sub(r"</p>\s*<p>", "\n", html)
    t = re.sub(r"<li>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in t.split("\n")]
    return "\n\n".join(l for l in lines if l)  # a blank line between paragraphs

def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def block(s, indent):
    pad = " " * indent
    body = "\n".join(pad + l if l else "" for l in s.split("\n"))
    assert '"""' not in s
    return '"""\n' + body + "\n" + pad + '"""'

# ---- offices: declared once, referenced by a short name --------------------
OFFICES = [
    ("policy", "สำนักนโยบายและแผน", ["สำนักนโยบายและแผน"]),
    ("ict", "สำนักสารสนเทศ", ["สำนักสารสนเทศ"]),
    ("printing", "สำนักการพิมพ์", ["สำนักการพิมพ์", "สำนักงานการพิมพ์"]),
    ("foreign-relations", "สำนักความสัมพันธ์ระหว่างประเทศ", ["สำนักความสัมพันธ์ระหว่างประเทศ"]),
    ("inter-parliamentary", "สำนักองค์การรัฐสภาระหว่างประเทศ", ["สำนักองค์การรัฐสภาระหว่างประเทศ", "สำนักองค์การรัฐสภา ระหว่างประเทศ"]),
    ("foreign-languages", "สำนักภาษาต่างประเทศ", ["สำนักภาษาต่างประเทศ"]),
    ("asean-centre", "สำนักงานศูนย์ประชาคมอาเซียนของสำนักงานเลขาธิการสภาผู้แทนราษฎร", ["สำนักงานศูนย์ประชาคมอาเซียน"]),
    ("public-relations", "สำนักประชาสัมพันธ์", ["สำนักประชาสัมพันธ์"]),
    ("radio-tv", "สถานีวิทยุกระจายเสียงและวิทยุโทรทัศน์รัฐสภา", ["สถานีวิทยุกระจายเสียงและวิทยุโทรทัศน์รัฐสภา"]),
    ("personnel-development", "สำนักพัฒนาบุคลากร", ["สำนักพัฒนาบุคลากร"]),
    ("civil-service-commission", "สำนักงานเลขานุการ ก.ร.", ["สำนักงานเลขานุการ ก.ร.", "สำนักงานเลขาธิการ ก.ร."]),
    ("central-administration", "สำนักบริหารงานกลาง", ["สำนักบริหารงานกลาง"]),
    ("finance", "สำนักการคลังและงบประมาณ", ["สำนักการคลังและงบประมาณ"]),
    ("medical", "สำนักบริการทางการแพทย์ประจำรัฐสภา", ["สำนักบริการทางการแพทย์ประจำรัฐสภา"]),
    ("academic", "สำนักวิชาการ", ["สำนักวิชาการ"]),
    ("pmqa-committee", "คณะกรรมการฯ PMQA หมวด ๓", ["คณะกรรมการฯ PMQA"]),
    ("wellbeing-committee", "คณะกรรมการเสริมสร้างความผาสุกและการเสริมสร้างความผูกพัน", ["คณะกรรมการเสริมสร้างความผาสุก"]),
    ("csr-secretariat", "ฝ่ายเลขานุการ คณะอนุกรรมการส่งเสริมและสนับสนุนกิจกรรมเพื่อสังคมและกิจกรรมความรับผิดชอบต่อสังคม (Corporate Social Responsibility: CSR)", ["ฝ่ายเลขานุการ คณะอนุกรรมการส่งเสริม"]),
    ("manpower-subcommittee", "คณะอนุกรรมการจัดทำและปรับปรุงแผนกำลังคน (Manpower Planning) ของส่วนราชการสังกัดรัฐสภา", ["คณะอนุกรรมการจัดทำและปรับปรุงแผนกำลังคน"]),
    ("performance-subcommittee", "คณะอนุกรรมการบริหารผลการปฏิบัติราชการเพื่อดำเนินการติดตามการเชื่อมโยงกับการบริหารทรัพยากรบุคคลของส่วนราชการสังกัดรัฐสภา", ["คณะอนุกรรมการบริหาร"]),
    ("digital-skills-subcommittee", "คณะอนุกรรมการกำหนดทักษะและพัฒนาทักษะการใช้เทคโนโลยีดิจิทัลของส่วนราชการสังกัดรัฐสภา", ["คณะอนุกรรมการกำหนดทักษะ"]),
    ("km-committee", "คณะกรรมการบริหารจัดการความรู้ของสำนักงานฯ", ["คณะกรรมการบริหารจัดการความรู้"]),
    ("working-groups", "คณะทำงาน/ คณะกรรมการที่เกี่ยวข้อง", ["คณะทำงาน/ คณะกรรมการที่เกี่ยวข้อง"]),
    ("all-units", "ทุกหน่วยงาน", ["ทุกหน่วยงาน"]),
    ("project-owners", "หน่วยงานที่เกี่ยวข้อง/เจ้าของโครงการ", ["หน่วยงานที่เกี่ยวข้อง/เจ้าของโครงการ"]),
    ("related-units", "หน่วยงานที่เกี่ยวข้อง", ["หน่วยงานที่เกี่ยวข้อง"]),
]

def offices_of(cell):
    """Office names in the order the report lists them; (name, lead)."""
    text = clean(cell)
    found = []
    pos = 0
    while True:
        best = None
        for oid, _, pats in OFFICES:
            for p in pats:
                i = text.find(p, pos)
                if i >= 0 and (best is None or i < best[0] or (i == best[0] and len(p) > best[2])):
                    best = (i, oid, len(p))
        if best is None:
            break
        i, oid, n = best
        lead = text[i + n:i + n + 20].lstrip().startswith("(เจ้าภาพหลัก)")
        if oid not in [f[0] for f in found]:
            found.append((oid, lead))
        pos = i + n
    return found

# ---- the numbers, by hand: unit, comparator, target, result ---------------
# key: "strategy.number"; unit is a unit name from std/units;
# target: (comparator or None, value) | ("per-project", text) | ("compound", "6/12");
# result: a number, a list of per-project numbers, or None for NA.
ROWS = {
    "1.1": ("หมวด", (">=", "๑"), "๗"),
    "1.2": ("percent", (">=", "๘๐"), None),
    "1.3": ("percent", (">=", "๑๐๐"), "๗๐"),
    "1.4": ("กระบวนการ", (">=", "๑"), "๑"),
    "1.5": ("percent", (">=", "๗๕"), None),
    "1.6": ("percent", (">=", "๗๕"), None),
    "2.1": ("percent", (">=", "๘๐"), "๘๗.๕๐"),
    "2.2": ("percent", (">=", "๘๐"), "๑๐๐"),
    "2.2.1": ("ประเด็น", (">=", "๕"), "๒๕"),
    "2.2.2": ("percent", (">=", "๘๐"), "๑๐๐"),
    "2.3": ("percent", (">=", "๘๐"), "๑๐๐"),
    "2.4": ("percent", (">=", "๘๐"), "๑๐๐"),
    "2.4.1": ("ประเด็น", (">=", "๑๐"), "๑๐๐"),
    "2.4.2": ("percent", (">=", "๘๐"), "๑๐๐"),
    "2.5": ("percent", (">=", "๘๐"), None),
    "2.6": ("level", (">=", "๓"), "๕"),
    "2.7": ("level", (">=", "๓"), "๒"),
    "2.8": ("level", (">=", "๓"), "๒"),
    "2.9": ("level", (">=", "๓"), "๕"),
    "2.10": ("percent", (">=", "๘๐"), None),
    "3.1": ("percent", ("per-project", "ค่าเป้าหมายตามรายโครงการ/กิจกรรม"), ["๕๐", "๓๕", "๕๐", "๕๐"]),
    "3.2": ("รายการ", (None, "๓"), "๑๔"),
    "3.3": ("level", (None, "๕"), None),
    "3.4": ("ครั้ง", (None, "๒"), None),
    "3.5": ("score", (None, "๕"), None),
    "3.6": ("ข่าว", (None, "๔๘"), "๒,๗๒๘"),
    "3.7": ("percent", (">=", "๗๐"), "๑๐๐"),
    "3.8": ("ข่าว", (None, "๔๘"), "๒,๗๒๘"),
    "3.9": ("percent", (">=", "๗๐"), "๑๐๐"),
    "3.10": ("เล่ม", ("compound", "๖/๑๒"), "๑๔"),
    "3.11": ("percent", (">=", "๗๐"), "๑๐๐"),
    "3.12": ("percent", (">=", "๘๐"), None),
    "3.13": ("ช่องทาง", (">=", "๑"), "๓"),
    "3.14": ("percent", (None, "๑๐๐"), "๑๐๐"),
    "3.15": ("percent", (None, "๑๐๐"), "๑๐๐"),
    "3.16": ("แผนงาน", (None, "๑"), "๓"),
    "3.17": ("score", (None, "๕"), "๕"),
    "3.18": ("แผนงาน", (None, "๑"), "๑"),
    "3.19": ("แผนงาน", (None, "๑"), None),
    "3.20": ("หน่วยงาน", (None, "๑๐"), "๒๐"),
    "3.21": ("เครือข่าย", (None, "๕"), "๒๐"),
    "3.22": ("หน่วยงาน", (None, "๑๐"), "๘"),
    "3.23": ("percent", (">=", "๘๐"), "๑๐๐"),
    "3.24": ("percent", (">=", "๘๐"), "๑๐๐"),
    "3.25": ("percent", (">=", "๘๐"), "๑๐๐"),
}
# Strategy 4: every indicator is a level (ระดับคะแนน) indicator.
for n, t, r in [(1, 5, 5), (2, 3, 2), (3, 5, 3), (4, 5, 5), (5, 5, None), (6, 5, 5), (7, 5, None),
                (8, 5, 2), (9, 5, 3), (10, 5, 3), (11, 5, 5), (12, 5, 5), (13, 5, 5), (14, 5, 5),
                (15, 5, None), (16, 3, 3), (17, 5, 5), (18, 5, 3), (19, 5, 3), (20, 5, None),
                (21, 5, None), (22, 5, None), (23, 5, 3), (24, 5, 3), (25, 5, None)]:
    ROWS[f"4.{n}"] = ("ระดับคะแนน", (None, str(t).translate(to_thai)),
                      None if r is None else str(r).translate(to_thai))

# How a row's wording differs from the plain unit (kept for the report draft).
TARGET_TEXT = {
    "1.1": "ผ่านการประเมินระดับพื้นฐาน (Basic) ๑ หมวด",
    "3.4": "๒ ครั้ง/ กลุ่มเป้าหมาย",
    "3.10": "๖/๑๒ เล่ม/ปี",
    "3.13": "≥ ๑ ช่องทาง",
}
RESULT_TEXT = {"1.1": "๗ หมวด"}
BASIS_DIRECT = {"2.1", "3.1"}   # the report scores the result itself, not result ÷ target

def join_cells(cells):
    """Joins a cell split by page breaks: a paragraph cut by the break is one line."""
    out = ""
    for c in cells:
        c = c.strip()
        if not c:
            continue
        if out:
            out += "\n" if re.search(r"</(p|ul|li)>$", out) or c.startswith("<p>") else " "
        out += c
    return out

# Projects named in the accounts, as structured data: the plan declares each
# (name, title, budget); the round file reports its progress (status,
# disbursed, remaining, note). Figures copied from the accounts by hand.
# key -> [(name, title, budget, status, disbursed, remaining, note)]
PROJECTS = {
    "1.1": [("pmqa-seminar", "โครงการสัมมนาเชิงปฏิบัติการเรื่อง การพัฒนาคุณภาพการบริหารจัดการภาครัฐ (PMQA) ของสำนักงานเลขาธิการสภาผู้แทนราษฎร", "๓๐๐,๐๐๐", "in-progress", None, None, "ดำเนินการแต่งตั้งคณะกรรมการคณะอนุกรรมการ ๖ หมวด กำหนดจัดสัมมนาเดือนกันยายน ๒๕๖๓")],
    "1.4": [("digital-print-process", "โครงการพัฒนากระบวนการผลิตสื่อสิ่งพิมพ์ไปสู่ระบบดิจิทัล", None, "not-started", None, None, None),
            ("ebook-media", "การสร้างสื่อดิจิทัลสำหรับจัดทำ EBook เพื่อก้าวไปสู่การเป็น Digital Parliament & Smart Parliament", None, "not-started", None, None, None),
            ("editing-capacity", "โครงการพัฒนาศักยภาพการบรรณาธิกรณสื่อสิ่งพิมพ์และอิเล็กทรอนิกส์เพื่อก้าวไปสู่การเป็น Digital Parliament & Smart Parliament", None, "not-started", None, None, None),
            ("digital-services-seminar", "โครงการสัมมนาการเตรียมความพร้อมเพื่อขับเคลื่อนการให้บริการผลิตภัณฑ์ Digital", None, "not-started", None, None, None)],
    # the report lists these under 2.4.2 as "โครงการภายใต้ตัวชี้วัดที่ ๑-๔"
    "2.4": [("ipu-hosting-seminar", "โครงการสัมมนาในหัวข้อ “ถอดบทเรียนและเสริมสร้างเครือข่ายเพื่อการเป็นเจ้าภาพจัดการประชุมรัฐสภาระหว่างประเทศ”", None, "not-started", None, None, None),
            ("legislature-future-seminar", "โครงการสัมมนาวิชาการเพื่อสนับสนุนสถาบันนิติบัญญัติและทิศทางในอนาคต (ภายใต้โครงการเสริมสร้างขีดความสามารถและจัดทำเอกสารวิชาการเพื่อรองรับและสนับสนุนภารกิจด้านต่างประเทศของสมาชิกและบุคลากรในวงงานนิติบัญญัติ)", None, "not-started", None, None, None),
            ("interpreter-training", "โครงการเสริมสร้างศักยภาพและพัฒนาทักษะด้านภาษาต่างประเทศสำหรับงานล่ามและงานแปลระดับสูง", "๕๐๐,๐๐๐", "postponed", None, None, "เนื่องจากสถานการณ์การแพร่ระบาด Covid ๑๙ ส่งผลต่อการดำเนินงานจึงขอเลื่อนการดำเนินการออกไปพลางก่อน"),
            ("sdg-capacity", "โครงการเสริมสร้างขีดความสามารถให้แก่บุคลากรที่สนับสนุนภารกิจด้านต่างประเทศของสถาบันนิติบัญญัติ เพื่อเป้าหมายการพัฒนาที่ยั่งยืน", None, "not-started", None, None, None)],
    # the report lists these under 2.9 as "โครงการภายใต้ตัวชี้วัดที่ ๖ - ๙"
    "2.9": [("asean-law-centre", "โครงการพัฒนากฎหมายภายในเพื่อรองรับการทำงานด้านประชาคมอาเซียนปีงบประมาณ พ.ศ. ๒๕๖๓ : การจัดตั้งศูนย์ข้อมูลกฎหมายระหว่างประเทศของรัฐสภา", "๓๐๐,๐๐๐", "not-started", None, None, "ช่วงเดือนสิงหาคมและเดือนกันยายน ๒๕๖๓"),
            ("asean-research-innovation", "โครงการนวัตกรรมเพื่อขับเคลื่อนงานวิจัยด้านประชาคมอาเซียนไปสู่การปฏิบัติและการสร้างมูลค่าเพิ่มเชิงพาณิชย์", None, "not-started", None, None, None),
            ("asean-forum", "โครงการเสวนาประชาคมอาเซียน", "๓๐๐,๐๐๐", "not-started", None, None, "ช่วงเดือนสิงหาคม ๒๕๖๓"),
            ("asean-network-cooperation", "โครงการเสริมสร้างความสัมพันธ์ที่ดีและพัฒนาความร่วมมือทางวิชาการระหว่างส่วนราชการสังกัดรัฐสภากับเครือข่ายด้านประชาคมอาเซียนภายในประเทศ", None, "not-started", None, None, None),
            ("asean-personnel", "โครงการพัฒนาบุคลากรด้านประชาคมอาเซียน", None, "not-started", None, None, None),
            ("legislative-exchange", "โครงการแลกเปลี่ยนบุคลากรด้านนิติบัญญัติและด้านต่างประเทศในบริบทประชาคมอาเซียน", "๕๐๐,๐๐๐", "not-started", None, None, "ช่วงเดือนกรกฎาคม ๒๕๖๓")],
    "3.1": [("youth-democracy", "โครงการส่งเสริมและสนับสนุนความเป็นพลเมืองของเยาวชนในระบอบประชาธิปไตยเพื่อพัฒนาประชาธิปไตยที่ยั่งยืน: ๑.๑ กิจกรรมยุวชนประชาธิปไตย", "๑,๗๐๐,๐๐๐", "postponed", "๓๔,๙๔๓.๗๒", "๑,๖๖๕,๐๕๖.๒๘", "เลื่อนกำหนดการจัดกิจกรรม ทั้ง ๒ รุ่น เนื่องจากสถานการณ์การระบาดของโควิด ๑๙"),
            ("youth-campaign", "โครงการส่งเสริมและสนับสนุนความเป็นพลเมืองของเยาวชนในระบอบประชาธิปไตยเพื่อพัฒนาประชาธิปไตยที่ยั่งยืน: ๑.๒ กิจกรรมรณรงค์ยุวชนเพื่อการสร้างความเป็นพลเมือง/สร้างเครือข่ายยุวชนประชาธิปไตย", "๑,๐๐๐,๐๐๐", "in-progress", "๒๗๑,๙๖๐.๑๐", None, "ใช้จ่าย ๒๗๑,๙๖๐.๑๐ บาท เงินสนับสนุนจากมูลนิธิคอนราตอเดนาแวร์"),
            ("parliament-roadshow", "โครงการรัฐสภาสัญจรเพื่อเด็กและเยาวชน", "๖๐๐,๐๐๐", "in-progress", "๕๒๒,๔๑๕.๗๐", "๗๗,๕๘๔.๓๐", "เป้าหมาย ๔ ครั้ง จำนวน ๒๐๐ คน/ครั้ง"),
            ("democracy-innovation", "โครงการประกวดนวัตกรรมประชาธิปไตย เพื่อพัฒนาประชาธิปไตย", "๕๐,๐๐๐", "in-progress", None, None, "เป้าหมาย จัดกิจกรรม ๑ ครั้ง จำนวน ๒๐๐ คน/ครั้ง"),
            ("pan-waen-fa", "โครงการประกวดวรรณกรรมรางวัลพานแว่นฟ้า", "๑,๘๐๐,๐๐๐", "in-progress", "๔๔,๔๒๖.๒๐", "๑,๗๕๕,๕๗๓.๘๐", "เป้าหมาย จัดกิจกรรม ๑ ครั้ง จำนวน ๕๐๐ ผลงาน/ครั้ง")],
    "4.4": [("internal-auditor-course", "โครงการอบรมหลักสูตรประกาศนียบัตรของผู้ตรวจสอบภายใน", "๑๕๐,๐๐๐", "in-progress", None, None, "ดำเนินการส่งบุคลากรจำนวน ๑ คน (จากกลุ่มเป้าหมาย ๑๐ คน)")],
    "4.7": [("csr-training", "โครงการส่งเสริมและสนับสนุนให้บุคลากรมีความรู้ความเข้าใจด้านกิจกรรมเพื่อสังคม สิ่งแวดล้อมและกิจกรรมความรับผิดชอบต่อสังคม (CSR) ของส่วนราชการสังกัดรัฐสภา", None, "postponed", None, None, "เนื่องจากสถานการณ์การแพร่ระบาดของโรค COVID-๑๙ ส่งผลให้ไม่สามารถดำเนินการจัดอบรม")],
    "4.8": [("health-checkup", "โครงการตรวจสุขภาพทั่วไปประจำปี", None, "in-progress", None, None, None),
            ("cancer-screening", "โครงการตรวจคัดกรองมะเร็งเต้านมและมะเร็งปากมดลูกข้าราชการสตรี", None, "not-started", None, None, None),
            ("blood-donation", "โครงการรัฐสภาพร้อมใจบริจาคโลหิต", None, "not-started", None, None, "ครั้งที่ ๑ เดือนพฤษภาคม ๒๕๖๓ ครั้งที่ ๒ เดือน สิงหาคม ๒๕๖๓"),
            ("flu-vaccine", "โครงการฉีดวัคซีนป้องกันไข้หวัดใหญ่ตามฤดูกาล", None, "not-started", None, None, "เดือนมิถุนายน ๒๕๖๓"),
            ("healthy-organisation", "โครงการพัฒนาองค์กรสุขภาวะต้นแบบฯ", None, "in-progress", None, None, "งบประมาณสนับสนุนจากสำนักงานกองทุนสนับสนุนการเสริมสร้างสุขภาพ (สสส.)")],
    "4.15": [("legislative-lawyer-course", "โครงการหลักสูตรการพัฒนาข้าราชการรัฐสภาให้เป็นนักกฎหมายนิติบัญญัติ", None, "not-started", None, None, None)],
    "4.21": [("legislature-future-seminar-2", "โครงการสัมมนาวิชาการ เพื่อสนับสนุนสถาบันนิติบัญญัติและทิศทางในอนาคต ประจำปีงบประมาณ พ.ศ. ๒๕๖๓ – ๒๕๖๔", None, "postponed", None, None, "เนื่องจากสถานการณ์การแพร่ระบาดของโรคโควิด ๑๙")],
    "4.25": [("legislative-academic-course", "โครงการหลักสูตรการพัฒนาข้าราชการรัฐสภาให้เป็นนักวิชาการนิติบัญญัติ", None, "not-started", None, None, None)],
}

def thai_num(s):
    return s.translate(str.maketrans(THAI_DIGITS, "0123456789"))

def row_id(strategy, num, parent=None):
    n = thai_num(num).rstrip(".")
    return f"{strategy}.{n}"

def main():
    p1 = rows.part1()
    p2, totals, overall = rows.part2()
    L = rows.lines()
    assert [len(s["rows"]) for s in p1] == [6, 14, 25, 25]

    plan = []
    w = plan.append
    w("// แผนปฏิบัติการสำนักงานเลขาธิการสภาผู้แทนราษฎร พ.ศ. ๒๕๖๓ - ๒๕๖๕: the plan itself.")
    w("// Transcribed from the six-month evaluation report of fiscal year 2563 (see README.md).")
    w("// The results of each round live in a file of their own (2563-h1.plan, ...).")
    w('use "std/units"')
    w('use "std/scales"')
    w("")
    w('plan "แผนปฏิบัติการสำนักงานเลขาธิการสภาผู้แทนราษฎร พ.ศ. ๒๕๖๓ - ๒๕๖๕" {')
    w('  agency "สำนักงานเลขาธิการสภาผู้แทนราษฎร"')
    w('  by "กลุ่มงานติดตามและประเมินผล สำนักนโยบายและแผน"')
    w("  years ๒๕๖๓ - ๒๕๖๕")
    w("  language th")
    w("  digits thai")
    w("  scale five-band")
    w("}")
    w("")
    w("// หน่วยงานรับผิดชอบ (responsible offices)")
    width = max(len(o[0]) for o in OFFICES)
    for oid, title, _ in OFFICES:
        w(f"office {oid:<{width}} {q(title)}")
    w("")

    for s in p1:
        sn = s["n"]
        head = clean(s["head"])
        hl = [l for l in head.split("\n") if l]
        mission = hl[0].replace("พันธกิจ :", "").strip()
        goals = [g for g in hl[1:] if not g.startswith("เป้าหมายประสงค์") and not g.startswith("เป้าประสงค์")]
        w(f"strategy {sn} {q(clean(s['title']))} {{")
        w(f"  mission {q(mission)}")
        for g in goals:
            w(f"  goal {q(g)}")
        parent = None
        for r in s["rows"]:
            rid = row_id(sn, r["num"])
            is_sub = rid.count(".") == 2
            if not is_sub and parent is not None:
                w("  }")
                parent = None
            ind = "    " if is_sub else "  "
            local = thai_num(r["num"]).rstrip(".")
            key = rid if not is_sub else rid
            unit, target, _ = ROWS[key]
            w(f"{ind}indicator {local.translate(to_thai)} {q(clean(r['title']))} {{")
            w(f"{ind}  unit {unit}")
            cmp, tv = target
            tt = TARGET_TEXT.get(key)
            tail = f" {q(tt)}" if tt else ""
            if cmp == "per-project":
                w(f"{ind}  target per-project {q(tv)}")
            elif cmp == "compound":
                w(f"{ind}  target compound {tv}{tail}")
            elif cmp:
                w(f"{ind}  target {cmp} {tv}{tail}")
            else:
                w(f"{ind}  target {tv}{tail}")
            if key in BASIS_DIRECT:
                w(f"{ind}  basis direct")
            if isinstance(ROWS[key][2], list):
                w(f"{ind}  aggregate mean")
            offs = offices_of(" ".join(r["offices"]))
            if offs:
                w(f"{ind}  offices {', '.join(o for o, _ in offs)}")
                for o, lead in offs:
                    if lead:
                        w(f"{ind}  lead {o}")
            for pname, ptitle, budget, *_ in PROJECTS.get(key, []):
                if budget:
                    w(f"{ind}  project {pname} {q(ptitle)} {{ budget {budget} }}")
                else:
                    w(f"{ind}  project {pname} {q(ptitle)}")
            # indicators with sub-indicators stay open for them
            next_is_sub = False
            idx = s["rows"].index(r)
            if idx + 1 < len(s["rows"]):
                next_is_sub = row_id(sn, s["rows"][idx + 1]["num"]).count(".") == 2
            if not is_sub and next_is_sub:
                parent = rid
            else:
                w(f"{ind}}}")
        if parent is not None:
            w("  }")
        w("}")
        w("")
    (OUT / "plan.plan").write_text("\n".join(plan), encoding="utf-8")

    # ---- the six-month round ----
    rd = []
    w = rd.append
    def para(a, b):
        return "\n\n".join(L[i].strip() for i in range(a - 1, b) if L[i].strip())
    w("// รอบ ๖ เดือน, fiscal year 2563: results, weights and the figures the report published.")
    w('use "plan.plan"')
    w("")
    w('round "รอบ ๖ เดือน" {')
    w("  months ๖")
    w("  year ๒๕๖๓")
    w('  title "รายงานประเมินผลการดำเนินงานตามแผนปฏิบัติราชการสำนักงานเลขาธิการสภาผู้แทนราษฎร พ.ศ. ๒๕๖๓ - ๒๕๖๕ ประจำปีงบประมาณ พ.ศ. ๒๕๖๓ รอบ ๖ เดือน"')
    w('  date "มิถุนายน ๒๕๖๓"')
    w("  // The published report's strategy 1 weights sum to 1.01: accepted with a warning.")
    w("  tolerance ๐.๐๑")
    w("  preface " + block(para(19, 21), 4))
    w("  introduction " + block(para(63, 65), 4))
    for i in (69, 71, 73):
        w("  objective " + q(L[i - 1].strip()))
    w("  method " + block(para(526, 530), 4))
    w("}")
    w("")
    for s in p1:
        sn = s["n"]
        w(f"// ---- ประเด็นยุทธศาสตร์ที่ {str(sn).translate(to_thai)} ----")
        for r in s["rows"]:
            key = row_id(sn, r["num"])
            _, _, res = ROWS[key]
            local = key.split(".", 1)[1]
            p2row = p2[sn].get(thai_num(r["num"]).rstrip(".").translate(to_thai))
            w(f"result {key.translate(to_thai)} {{")
            if p2row and p2row["weight"].strip():
                w(f"  weight {p2row['weight'].strip()}")
            account = clean(join_cells(r["account"]))
            if res is None and not account:
                w('  na ""  // the report gives no reason and no account for this row')
            elif res is None:
                w("  na " + (q(account) if "\n" not in account and len(account) < 80 else block(account, 4)))
            else:
                if isinstance(res, list):
                    w(f"  values {', '.join(res)}")
                else:
                    w(f"  value {res}")
                if key in RESULT_TEXT:
                    w(f"  says {q(RESULT_TEXT[key])}")
                if account:
                    w("  account " + block(account, 4))
            for pname, _, _, status, disb, rem, note in PROJECTS.get(key, []):
                fields = [f"status {status}"]
                if disb:
                    fields.append(f"disbursed {disb}")
                if rem:
                    fields.append(f"remaining {rem}")
                if note:
                    fields.append(f"note {q(note)}")
                w(f"  project {pname} {{ " + "; ".join(fields) + " }")
            if p2row and p2row["score"].strip():
                band = [b for b in p2row["bands"] if b.strip() and b.strip() != "-"]
                parts = []
                if band:
                    parts.append(f"percent {band[0].strip()}")
                parts.append(f"score {p2row['score'].strip()}")
                if p2row["weighted"].strip():
                    parts.append(f"weighted {p2row['weighted'].strip()}")
                w("  reported { " + "; ".join(parts) + " }")
            w("}")
        w("")
    w("// ---- the totals the report published (ส่วนที่ ๒) ----")
    for sn in sorted(totals):
        w(f"reported {str(sn).translate(to_thai)} {{ weight-sum ๑; score {totals[sn].strip()} }}")
    w(f"reported overall {{ score {overall[1].strip()}; percent {overall[0].strip()} }}")
    w("")
    w("// ---- ข้อเสนอแนะ ----")
    for i in (570, 572, 574):
        w("recommendation " + block(L[i - 1].strip(), 2))
    (OUT / "2563-h1.plan").write_text("\n".join(rd) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
