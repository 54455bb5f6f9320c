#!/usr/bin/env python3
"""A unit's workbook of N indicator rows for timing `planc import`
(docs/performance.md): a title row, a header, strategies of 1,000 rows each
with a heading row, Thai titles, targets in words with Thai digits, weights
summing to 1 per strategy, results, offices; written by openpyxl (Debian's
python3-openpyxl) in write-only mode, or as CSV.
usage: import_workbook.py ROWS OUT.xlsx|OUT.csv"""
import csv
import sys

rows, out = int(sys.argv[1]), sys.argv[2]
per = 1000
thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def table():
    yield ["แผนปฏิบัติราชการ หน่วยงานทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน"]
    yield ["ลำดับ", "ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมาย", "น้ำหนัก", "ผลการดำเนินงาน", "หน่วยงานรับผิดชอบ", "หมายเหตุ"]
    n = 0
    s = 0
    while n < rows:
        s += 1
        k = min(per, rows - n)
        yield [f"ยุทธศาสตร์ที่ {s}".translate(thai) + f" : ยุทธศาสตร์ทดสอบที่ {s}"]
        for i in range(1, k + 1):
            w = f"{1 / k:.10f}" if k & (k - 1) == 0 or 1000 % k == 0 else None
            weight = (1 / k) if w is None else float(w)
            yield [f"{s}.{i}".translate(thai), f"ร้อยละความสำเร็จของงานที่ {i} ของยุทธศาสตร์ที่ {s}", "ร้อยละ",
                   f"ไม่น้อยกว่า {70 + i % 30}".translate(thai), f"1/{k}", 50 + (i * 37) % 60,
                   f"สำนักที่ {i % 40}", ""]
        n += k


if out.endswith(".csv"):
    with open(out, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(table())
else:
    import openpyxl
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("ตัวชี้วัด")
    for r in table():
        ws.append(r)
    wb.save(out)
