#!/usr/bin/python3
"""The workbooks tests/unit/import_read_test.cpp reads: made by the tools
agencies use (openpyxl, LibreOffice), by hand where a part must be exactly
so, and hostile ones. Usage: /usr/bin/python3 make_books.py OUTDIR [--big]
(--big also writes the 10,000-row workbook the reader is measured on)."""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

import openpyxl

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def path(name):
    return os.path.join(out, name)


# --- openpyxl: two sheets, merged header, Thai text and digits, numbers, a date,
# a boolean, a formula (openpyxl never stores a formula's value).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "ตัวชี้วัด"
ws["A1"] = "แผนปฏิบัติราชการ ๒๕๖๗"
ws.merge_cells("A1:C1")
ws["A2"], ws["B2"], ws["C2"] = "ตัวชี้วัด", "ค่าเป้าหมาย", "วันที่"
ws["A3"], ws["B3"], ws["C3"] = "ร้อยละ ๘๐", 131400, datetime.date(2020, 3, 31)
ws["A4"], ws["B4"], ws["C4"] = "ผ่าน", True, datetime.datetime(2020, 3, 31, 12, 30, 0)
ws["B5"] = 0.34
ws["B6"] = "=B3*2"
other = wb.create_sheet("Data 2024")
other["B2"] = "x"
other.merge_cells("A5:B6")
wb.save(path("openpyxl.xlsx"))

# --- by hand: what openpyxl does not write. Inline strings, formulas with and
# without cached values, rich text with a phonetic run, an error, cells and
# rows without r, absolute targets, a chart sheet, the 1904 system, custom
# date formats, and a shared string index out of range when asked.
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def hand_book(name, sheet_xml, shared=None, date1904=False, workbook_extra="", prolog=""):
    wbx = (f'<?xml version="1.0"?>{prolog}<workbook xmlns="{M}" xmlns:r="{R}">'
           f'<workbookPr date1904="{1 if date1904 else 0}"/><sheets>'
           '<sheet name="Chart" sheetId="2" r:id="rId9"/>'
           '<sheet name="My sheet" sheetId="1" r:id="rId1"/></sheets>' + workbook_extra + '</workbook>')
    wrels = (f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{R}/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
             f'<Relationship Id="rId9" Type="{R}/chartsheet" Target="chartsheets/sheet1.xml"/>'
             f'<Relationship Id="rId2" Type="{R}/sharedStrings" Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId3" Type="{R}/styles" Target="styles.xml"/></Relationships>')
    styles = (f'<?xml version="1.0"?><styleSheet xmlns="{M}"><numFmts count="3">'
              '<numFmt numFmtId="164" formatCode="[$-th-TH]d\\ mmmm\\ yyyy"/>'
              '<numFmt numFmtId="165" formatCode="[h]:mm"/>'
              '<numFmt numFmtId="166" formatCode="&quot;day&quot;\\ 0.00"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
              '<xf numFmtId="166"/></cellXfs></styleSheet>')
    if shared is None:
        shared = (f'<?xml version="1.0"?><sst xmlns="{M}"><si><t>plain</t></si>'
                  '<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text </t></r>'
                  '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si><si><t>ภาษาไทย</t></si></sst>')
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", wbx)
        z.writestr("xl/_rels/workbook.xml.rels", wrels)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/chartsheets/sheet1.xml", "<chartsheet/>")
        if callable(sheet_xml):
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
                sheet_xml(f)
        else:
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def sheet(rows, extra=""):
    return f'<?xml version="1.0"?><worksheet xmlns="{M}"><sheetData>{rows}</sheetData>{extra}</worksheet>'


hand_book("hand.xlsx", sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'
    '<row><c t="inlineStr"><is><t>inline</t></is></c><c t="str"><f>A1&amp;"!"</f><v>plain!</v></c>'
    '<c><f>1+1</f><v>2</v></c><c><f>SUM(A1:A9)</f></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
    '<row r="5"><c r="A5" s="1"><v>43921</v></c><c r="B5" s="1"><v>43921.5</v></c><c r="C5" s="2"><v>60</v></c>'
    '<c r="D5" s="2"><v>61</v></c><c r="E5" s="3"><v>1.5</v></c><c r="F5" s="4"><v>2.5</v></c>'
    '<c r="G5" t="b"><v>0</v></c><c r="H5"><v>-2.5E-3</v></c><c r="I5" s="1"><v>59</v></c><c r="J5" s="1"/></row>',
    '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>'))
hand_book("date1904.xlsx", sheet('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>42459</v></c></row>'),
          date1904=True)

# --- hostile and damaged workbooks.
hand_book("bad_shared.xlsx", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B7" t="s"><v>99</v></c></row>'))
hand_book("bad_ref.xlsx", sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))
hand_book("bad_xml.xlsx", sheet('<row r="1"><c r="A1"><v>1</v></c>\n<row></sheetData></worksheet>'))
hand_book("entity_bomb.xlsx", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
          shared='<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
                 + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
                 + f']><sst xmlns="{M}"><si><t>&j;</t></si></sst>')
hand_book("external_entity.xlsx", sheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
          prolog='<!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
hand_book("big_cell.xlsx", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>' + "ก" * (10 << 20) + '</t></is></c></row>'))


def million(f):
    f.write(f'<?xml version="1.0"?><worksheet xmlns="{M}"><sheetData>'.encode())
    for start in range(1, 1000001, 10000):
        f.write("".join(f'<row r="{n}"><c r="A{n}"><v>1</v></c></row>' for n in range(start, start + 10000)).encode())
    f.write(b"</sheetData></worksheet>")


hand_book("million_rows.xlsx", million)


def bomb(f):
    # Well-formed as far as it goes, so that only the count of inflated bytes stops it.
    f.write(f'<sst xmlns="{M}">'.encode())
    space = b" " * (1 << 20)
    for _ in range(2048):  # 2 GiB of spaces, 2 MiB packed: a ratio of 1000
        f.write(space)


with zipfile.ZipFile(path("zip_bomb.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("_rels/.rels", RELS)
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{M}"/>')
    with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
        bomb(f)

with zipfile.ZipFile(path("spreadsheet.ods"), "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("content.xml", "<office:document-content/>")
with zipfile.ZipFile(path("not_workbook.zip"), "w") as z:
    z.writestr("readme.txt", "hello")
with zipfile.ZipFile(path("binary.xlsb"), "w") as z:
    z.writestr("_rels/.rels", RELS.replace("workbook.xml", "workbook.bin"))
    z.writestr("xl/workbook.bin", b"\x83\x01\x00")

# --- LibreOffice, which writes shared strings and styles its own way.
with open(path("lo_csv.csv"), "w", encoding="utf-8") as f:
    f.write("ชื่อ,ค่า,หมายเหตุ\nหน่วยงาน ก,131400,\"มี, จุลภาค\"\nหน่วยงาน ข,0.5,๑๒๓\n")
fods = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="แผ่นที่ ๑">
<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>หัวเรื่อง</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="Second"><table:table-row><table:table-cell office:value-type="string"><text:p>two</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
"""
with open(path("lo_fods.fods"), "w", encoding="utf-8") as f:
    f.write(fods)
profile = tempfile.mkdtemp(prefix="planc-lo-")
try:
    # The CSV read as UTF-8 (76), comma-separated (44), quoted with " (34).
    for extra, source in ((["--infilter=CSV:44,34,76,1"], "lo_csv.csv"), ([], "lo_fods.fods")):
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *extra,
                        "--convert-to", "xlsx", "--outdir", out, path(source)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
finally:
    shutil.rmtree(profile, ignore_errors=True)

if "--big" in sys.argv:
    # Not write-only: that mode leaves out the used range (<dimension>), which Excel always writes.
    big = openpyxl.Workbook()
    s = big.active
    s.title = "Data"
    for r in range(10000):
        s.append([f"หน่วยงาน {r}", r, r * 1.5, "ข้อความ"] + [r + c for c in range(10)])
    big.save(path("big_10000x14.xlsx"))
