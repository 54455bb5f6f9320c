#!/usr/bin/env python3
"""Reads planc's drafts for a spreadsheet back as a person's tools would, and
checks the figures in them (used by xlsx_test.sh).

  xlsx_check.py workbook FILE.xlsx MODEL.json th|en   the workbook of a plan
  xlsx_check.py reference FILE.xlsx                  the Thai reference round's figures
  xlsx_check.py soffice FILE.csv                     LibreOffice's CSV of the reference workbook
  xlsx_check.py csv FILE.csv MODEL.json th|en        planc's CSV for Excel
  xlsx_check.py cell FILE.xlsx SHEET KEY             prints the value of the report sheet's KEY
"""
import csv
import json
import re
import sys
import zipfile

import openpyxl

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
KINDS = {"indicator", "sub-indicator", "strategy total", "strategy contribution", "group", "overall", "deduct",
         "add"}
ROW_HEADERS = {
    "th": ["ประเภทแถว", "ประเด็นยุทธศาสตร์ที่", "ตัวชี้วัดที่", "ตัวชี้วัด", "หน่วยนับ", "เป้าหมาย", "ผล",
           "น้ำหนัก (W)", "ร้อยละของเป้าหมาย", "คะแนนที่ได้ (SM)", "คะแนนถ่วงน้ำหนัก (W × SM)", "สถานะ",
           "หน่วยงานรับผิดชอบ", "หมายเหตุ", "เกณฑ์การให้คะแนน", "ค่าของผล (ตัวเลข)", "ค่าเป้าหมายตามที่แผนเขียน",
           "ฐานการให้คะแนน", "ผลรวมที่เผยแพร่", "จำนวนที่เผยแพร่"],
    "en": ["Kind", "Strategy", "No.", "Indicator", "Unit", "Target", "Result", "Weight (W)", "Percent of target",
           "Score (SM)", "Weighted (W × SM)", "Status", "Responsible offices", "Note", "Scale", "Result value",
           "Target as planned", "Basis", "Published sum", "Published count"],
}
PROJECT_HEADERS = {
    "th": ["ประเด็นยุทธศาสตร์ที่", "ตัวชี้วัดที่", "โครงการ", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "คงเหลือ (บาท)",
           "ร้อยละการเบิกจ่าย", "สถานะ", "หมายเหตุ"],
    "en": ["Strategy", "No.", "Project", "Budget (baht)", "Disbursed (baht)", "Remaining (baht)",
           "Disbursement rate (%)", "Status", "Note"],
}
CSV_HEADERS = {
    "th": ["ประเด็นยุทธศาสตร์ที่", "ตัวชี้วัดที่", "ตัวชี้วัด", "หน่วยนับ", "เป้าหมาย", "ผล", "น้ำหนัก (W)",
           "ร้อยละของเป้าหมาย", "คะแนนที่ได้ (SM)", "คะแนนถ่วงน้ำหนัก (W × SM)", "สถานะ"],
    "en": ["strategy", "id", "indicator", "unit", "target", "result", "weight", "percent", "score", "weighted",
           "status"],
}
failures = []


def fail(msg):
    failures.append(msg)


def figure(text):
    """A figure of the report model as a number (None for "", "-", NA)."""
    t = (text or "").translate(THAI_DIGITS).replace(",", "")
    return float(t) if re.fullmatch(r"-?\d+(\.\d+)?", t) else None


def places(text):
    t = (text or "").translate(THAI_DIGITS)
    return len(t.split(".")[1]) if "." in t else 0


def scored_on_value(row):
    # The step's label in the report's language (report/steps.cpp: OfValue).
    return any(s.startswith(("scored on: ", "ฐานการให้คะแนน: ")) for s in row.get("steps", []))


def expect_number(cell, want, what, decimals=None, exact_within=1e-9):
    if want is None:
        if cell.value is not None:
            fail(f"{what}: {cell.coordinate} holds {cell.value!r}, expected an empty cell")
        return
    if not isinstance(cell.value, (int, float)) or isinstance(cell.value, bool):
        fail(f"{what}: {cell.coordinate} holds {cell.value!r} ({type(cell.value).__name__}), not a number")
        return
    if abs(cell.value - want) > exact_within:
        fail(f"{what}: {cell.coordinate} = {cell.value}, the report says {want}")
    if decimals is not None:
        fmt = "0" + ("." + "0" * decimals if decimals else "")
        if cell.number_format.replace("#,##", "") != fmt:
            fail(f"{what}: {cell.coordinate} has number format {cell.number_format!r}, expected {fmt!r}")


def rows_of(ws):
    return list(ws.iter_rows(min_row=2))


def check_workbook(path, model_path, lang):
    model = json.load(open(model_path, encoding="utf-8"))
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    want = (["ตัวชี้วัด", "โครงการ", "ข้อมูลรายงาน", "เกณฑ์การให้คะแนน"] if lang == "th"
            else ["Indicators", "Projects", "Report", "Scales"])
    if names != want:
        fail(f"sheets {names}, expected {want}")
        return
    ws, wp, wr, wsc = (wb[n] for n in names)
    # The scales sheet: each scale a row names, declared as the plan language writes it.
    declared = {r[0]: r[2] for r in wsc.iter_rows(min_row=2, values_only=True)}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[14] and not str(declared.get(row[14], "")).startswith(f"scale {row[14]}"):
            fail(f"scale {row[14]!r} of row {row[2]!r} is not declared on the scales sheet: {declared}")
    header = [c.value for c in ws[1]]
    if header != ROW_HEADERS[lang]:
        fail(f"row headers {header}, expected {ROW_HEADERS[lang]}")
    if [c.value for c in wp[1]] != PROJECT_HEADERS[lang]:
        fail(f"project headers {[c.value for c in wp[1]]}")
    for sheet in (ws, wp, wr):
        if sheet.freeze_panes != "A2":
            fail(f"{sheet.title}: the header row is not frozen ({sheet.freeze_panes})")
        for col in "ABC":
            if not sheet.column_dimensions[col].width or sheet.column_dimensions[col].width < 6:
                fail(f"{sheet.title}: column {col} has no width")
    font = ws["D2"].font.name
    if lang == "th" and font != "TH Sarabun New":
        fail(f"the Thai workbook's font is {font!r}")
    # Every row of the model, in order, with its figures as numbers of the report's places.
    body = rows_of(ws)
    want_rows = []
    for s in model["strategies"]:
        for r in s["rows"]:
            want_rows.append(("sub-indicator" if r["sub"] else "indicator", s["id"], r))
        want_rows.append(("strategy total", s["id"], s))
        if s.get("weighted"):  # strategies that weigh: the strategy's contribution
            want_rows.append(("strategy contribution", s["id"], s))
    for g in model.get("groups", []):
        want_rows.append(("group", None, g))
    want_rows.append(("overall", None, model))
    for a in model.get("adjustments", []):
        want_rows.append((a["kind"], None, a))
    if len(body) != len(want_rows):
        fail(f"{len(body)} rows, the model has {len(want_rows)}")
    for cells, (kind, sid, r) in zip(body, want_rows):
        c = {h: cell for h, cell in zip(ROW_HEADERS["en"], cells)}
        where = f"row {cells[0].row} ({kind} {r.get('id', '')})"
        if c["Kind"].value != kind:
            fail(f"{where}: kind {c['Kind'].value!r}")
        if c["Kind"].value not in KINDS:
            fail(f"{where}: unknown kind")
        for col in ("Strategy", "No."):
            if c[col].value is not None and not isinstance(c[col].value, str):
                fail(f"{where}: {col} {c[col].value!r} is not text")
        if kind in ("indicator", "sub-indicator"):
            if c["No."].value != r["id"] or c["Strategy"].value != sid:
                fail(f"{where}: id {c['No.'].value!r} / {c['Strategy'].value!r}")
            if c["Indicator"].value != r["title"]:
                fail(f"{where}: title {c['Indicator'].value!r}")
            if (c["Target"].value or "") != r["target"]:
                fail(f"{where}: target {c['Target'].value!r}, expected {r['target']!r}")
            res = figure(r["result"])
            if res is not None:
                expect_number(c["Result"], res, where + " result", places(r["result"]))
            elif (c["Result"].value or "") != r["result"]:
                fail(f"{where}: result {c['Result'].value!r}, expected {r['result']!r}")
            for col, key in (("Weight (W)", "weight"), ("Score (SM)", "score"), ("Weighted (W × SM)", "weighted")):
                # A weight's cell holds the exact weight (a third, shown 0.33): within half the last printed place.
                within = 0.5 * 10 ** -places(r[key]) + 1e-12 if key == "weight" else 1e-9
                expect_number(c[col], figure(r[key]), f"{where} {key}", places(r[key]), within)
            pct = None if scored_on_value(r) else figure(r["percent"])
            expect_number(c["Percent of target"], pct, where + " percent", places(r["percent"]))
            if (c["Status"].value or "") != r["status"]:
                fail(f"{where}: status {c['Status'].value!r}")
            if (c["Responsible offices"].value or "") != "\n".join(r["offices"]):
                fail(f"{where}: offices {c['Responsible offices'].value!r}")
        elif kind == "strategy total":
            if c["No."].value != r["id"] or c["Indicator"].value != r["title"]:
                fail(f"{where}: {c['No.'].value!r} {c['Indicator'].value!r}")
            for col, key in (("Weight (W)", "weight_sum"), ("Score (SM)", "score"),
                             ("Weighted (W × SM)", "weighted_sum"), ("Percent of target", "percent")):
                expect_number(c[col], figure(r[key]), f"{where} {key}", places(r[key]))
        elif kind == "strategy contribution":
            if c["No."].value != r["id"]:
                fail(f"{where}: {c['No.'].value!r}")
            for col, key in (("Weight (W)", "weight"), ("Score (SM)", "score"), ("Weighted (W × SM)", "weighted")):
                expect_number(c[col], figure(r[key]), f"{where} {key}", places(r[key]))
        elif kind == "group":
            ids = ", ".join(x.translate(THAI_DIGITS) for x in r["strategies"])
            if c["No."].value != r["id"] or c["Indicator"].value != r["title"] or c["Strategy"].value != ids:
                fail(f"{where}: {c['No.'].value!r} {c['Indicator'].value!r} {c['Strategy'].value!r}")
            for col, key in (("Weight (W)", "weight"), ("Score (SM)", "score"), ("Weighted (W × SM)", "weighted")):
                expect_number(c[col], figure(r[key]), f"{where} {key}", places(r[key]) if r[key] else None)
        elif kind in ("deduct", "add"):
            if c["No."].value != r["target"] or c["Note"].value != r["reason"]:
                fail(f"{where}: {c['No.'].value!r} {c['Note'].value!r}")
            expect_number(c["Score (SM)"], figure(r["amount"]), f"{where} amount", places(r["amount"]))
        else:
            expect_number(c["Score (SM)"], figure(model["score"]), "overall score", places(model["score"]))
            expect_number(c["Percent of target"], figure(model["percent"]), "overall percent",
                          places(model["percent"]))
    # The projects, in order, amounts as numbers with two decimals.
    want_projects = [(s["id"], r["id"], p) for s in model["strategies"] for r in s["rows"] for p in r["projects"]]
    got = rows_of(wp)
    if len(got) != len(want_projects):
        fail(f"{len(got)} projects, the model has {len(want_projects)}")
    for cells, (sid, rid, p) in zip(got, want_projects):
        c = {h: cell for h, cell in zip(PROJECT_HEADERS["en"], cells)}
        where = f"project row {cells[0].row} ({rid} {p['title'][:30]})"
        if c["Strategy"].value != sid or c["No."].value != rid or c["Project"].value != p["title"]:
            fail(f"{where}: {c['Strategy'].value!r} {c['No.'].value!r} {c['Project'].value!r}")
        for col, key in (("Budget (baht)", "budget"), ("Disbursed (baht)", "disbursed"),
                         ("Remaining (baht)", "remaining")):
            expect_number(c[col], figure(p[key]), f"{where} {key}", places(p[key]) if p[key] else None)
        b, d = figure(p["budget"]), figure(p["disbursed"])
        rate = round(d / b * 100 + 1e-9, 2) if b and d is not None and b > 0 else None
        expect_number(c["Disbursement rate (%)"], rate, where + " rate", 2 if rate is not None else None)
        if (c["Status"].value or "") != p["status"]:
            fail(f"{where}: status {c['Status'].value!r}")
    # The report sheet: what the workbook is of.
    about = {r[0].value: r[2].value for r in rows_of(wr)}
    if about.get("title") != model["title"]:
        fail(f"report sheet: title {about.get('title')!r}")
    expect_number(next(r[2] for r in rows_of(wr) if r[0].value == "score"), figure(model["score"]), "report score")
    with zipfile.ZipFile(path) as z:
        core = z.read("docProps/core.xml").decode()
        if "<dc:title>" in core and len(re.search(r"<dc:title>(.*?)</dc:title>", core, re.S).group(1)) > 2000:
            fail("the document title property was not cut")
    return wb


def check_reference(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rows = {(r[0].value, r[2].value): r for r in ws.iter_rows(min_row=2)}
    overall = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "overall")
    expect_number(overall[9], 3.94, "overall score", 2)
    expect_number(overall[8], 89.45, "overall percent", 2)
    expect_number(rows[("strategy total", "1")][9], 3.99, "strategy 1 score", 2)
    expect_number(rows[("strategy total", "3")][9], 4.69, "strategy 3 score", 2)
    expect_number(rows[("indicator", "1.1")][7], 0.34, "1.1 weight", 2)
    expect_number(rows[("indicator", "1.1")][9], 5, "1.1 score", 2)
    expect_number(rows[("indicator", "3.8")][10], 0.25, "3.8 weighted", 2)
    expect_number(rows[("indicator", "2.1")][8], 87.5, "2.1 percent", 2)
    if rows[("indicator", "3.8")][2].data_type != "s":
        fail("id 3.8 is not a text cell")
    if ws["J1"].value != "คะแนนที่ได้ (SM)":
        fail(f"J1 is {ws['J1'].value!r}")


def check_soffice(path):
    """LibreOffice's CSV of the reference workbook's first sheet (figures as shown)."""
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if rows[0][:3] != ROW_HEADERS["th"][:3]:
        fail(f"LibreOffice: header {rows[0][:3]}")
    by = {(r[0], r[2]): r for r in rows[1:]}
    overall = next(r for r in rows if r[0] == "overall")
    checks = [(overall[9], "3.94"), (overall[8], "89.45"), (by[("strategy total", "1")][9], "3.99"),
              (by[("indicator", "1.1")][7], "0.34"), (by[("indicator", "1.1")][9], "5.00"),
              (by[("indicator", "2.1")][8], "87.50"), (by[("indicator", "3.8")][10], "0.25")]
    for got, want in checks:
        if got != want:
            fail(f"LibreOffice shows {got!r}, expected {want!r}")


def check_csv(path, model_path, lang):
    data = open(path, "rb").read()
    if not data.startswith(b"\xef\xbb\xbf"):
        fail("the CSV has no byte-order mark")
    model = json.load(open(model_path, encoding="utf-8"))
    rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))
    n = len(CSV_HEADERS[lang])
    if rows[0][:n] != CSV_HEADERS[lang]:
        fail(f"CSV header {rows[0]}")
    body = rows[1:]
    want = []
    for s in model["strategies"]:
        want += [(s, r) for r in s["rows"] + [None]]
        if s.get("weighted"):
            want.append((s, "contribution"))
    want += [(g, "group") for g in model.get("groups", [])] + [(None, None)]
    want += [(a, a["kind"]) for a in model.get("adjustments", [])]
    if len(body) != len(want):
        fail(f"the CSV has {len(body)} rows, the model {len(want)}")
    for row, (s, r) in zip(body, want):
        for k in (6, 7, 8, 9):
            if not re.fullmatch(r"-?[0-9]*(\.[0-9]+)?", row[k]):
                fail(f"CSV row {row[:2]}: {rows[0][k]} {row[k]!r} is not in Arabic digits")
        if isinstance(r, str):  # a strategy's contribution, a group, an adjustment: the last column says which
            if row[10] != r:
                fail(f"CSV {r} row {row}")
            key = "amount" if r in ("deduct", "add") else "score"
            if row[8] != s[key].translate(THAI_DIGITS):
                fail(f"CSV {r} row {row[:3]}: {row[8]!r}, expected {s[key]!r}")
        elif r is not None:
            if row[1] != r["id"] or row[4] != r["target"] or row[5] != r["result"]:
                fail(f"CSV row {row[:2]}: texts {row[4:6]} changed from the model")
            pct = "" if scored_on_value(r) or not r["percent"] else r["percent"].translate(THAI_DIGITS)
            if row[7] != pct:
                fail(f"CSV row {row[1]}: percent {row[7]!r}, expected {pct!r}")
            if row[8] != r["score"].translate(THAI_DIGITS):
                fail(f"CSV row {row[1]}: score {row[8]!r}")
        elif s is not None:
            if row[10] != "total" or row[8] != (s["score"] if s["score"] != "-" else "").translate(THAI_DIGITS):
                fail(f"CSV total row {row}")
        else:
            pct = "" if model["percent"] == "-" else model["percent"].translate(THAI_DIGITS)
            if row[10] != "overall" or row[8] != model["score"].translate(THAI_DIGITS) or row[7] != pct:
                fail(f"CSV overall row {row}")


def main():
    what = sys.argv[1]
    if what == "workbook":
        check_workbook(sys.argv[2], sys.argv[3], sys.argv[4])
    elif what == "reference":
        check_reference(sys.argv[2])
    elif what == "soffice":
        check_soffice(sys.argv[2])
    elif what == "csv":
        check_csv(sys.argv[2], sys.argv[3], sys.argv[4])
    elif what == "cell":
        wb = openpyxl.load_workbook(sys.argv[2])
        ws = wb[sys.argv[3]] if sys.argv[3] in wb.sheetnames else wb.worksheets[int(sys.argv[3])]
        for r in ws.iter_rows(min_row=2):
            if r[0].value == sys.argv[4]:
                print(r[2].value if ws is wb.worksheets[2] else "\t".join(str(c.value) for c in r))
    for f in failures[:40]:
        print("FAIL:", f)
    if failures:
        print(f"{len(failures)} failures in {sys.argv[1:]}")
        sys.exit(1)


if __name__ == "__main__":
    main()
