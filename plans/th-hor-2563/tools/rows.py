"""Reads the reference report's Part 1 table into rows (strategy, number, columns).

Used by extract.py; run alone it prints the short columns of every row so
they can be checked by eye against the report.
"""
import re, sys, pathlib

REPORT = pathlib.Path(__file__).resolve().parents[4] / "shared/reference/000_65403d44070bff27.txt"
THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

def lines():
    return REPORT.read_text(encoding="utf-8").split("\n")

def part1():
    L = lines()
    start = next(i for i, l in enumerate(L) if l.startswith("ลำดับ\tตัวชี้วัด"))
    end = next(i for i, l in enumerate(L) if l.strip() == "ส่วนที่ ๒")
    strategies = []
    cur = None
    for l in L[start:end]:
        if not l.strip() or l.startswith("ลำดับ\t") or l.startswith("\t\t\t\tผล\t"):
            continue
        cells = l.split("\t")
        if cells[0].startswith("ประเด็นยุทธศาสตร์ที่"):
            m = re.match(r"ประเด็นยุทธศาสตร์ที่ (\S+) : (.*)", cells[0])
            strategies.append({"n": int(m.group(1).translate(THAI)), "title": m.group(2).strip(),
                               "head": "", "rows": []})
            continue
        s = strategies[-1]
        if cells[0] == "" and not s["rows"] and "พันธกิจ" in l:
            s["head"] += " ".join(c for c in cells if c)
            continue
        m = re.match(r"^([๐-๙]+)(?:\.([๐-๙]+))?\.?$", cells[0].strip())
        if m:
            cells += [""] * (7 - len(cells))
            s["rows"].append({"num": cells[0].strip(), "title": cells[1], "unit": cells[2],
                              "target": cells[3], "result": cells[4], "account": [cells[5]],
                              "offices": [cells[6]] if len(cells) > 6 else [], "extra": cells[7:]})
            continue
        # continuation of the previous row (page break): account and offices columns
        row = s["rows"][-1]
        cells += [""] * (7 - len(cells))
        if cells[1].strip():
            row["title"] += " " + cells[1].strip()
        if cells[4].strip():
            row.setdefault("more_results", []).append(cells[4].strip())
        row["account"].append(cells[5])
        if len(cells) > 6 and cells[6]:
            row["offices"].append(cells[6])
    return strategies

if __name__ == "__main__":
    for s in part1():
        print(f"== strategy {s['n']}: {s['title']}  ({len(s['rows'])} rows)")
        for r in s["rows"]:
            print(f"{r['num']}\t{r['title'][:50]}\t|U {r['unit']}\t|T {r['target']}\t|R {r['result']}\t|O {' // '.join(r['offices'])[:200]}\t|acc {sum(len(a) for a in r['account'])} {'ODD' if 'odd' in r else ''}")

def part2():
    """Part 2 rows: {strategy: {num: {weight, bands, score, weighted}}} and totals."""
    L = lines()
    start = next(i for i, l in enumerate(L) if l.strip() == "ส่วนที่ ๒")
    end = next(i for i, l in enumerate(L) if l.startswith("วิธีดำเนินการติดตามและประเมินผล"))
    out, totals, overall = {}, {}, None
    s = None
    for l in L[start:end]:
        cells = l.split("\t")
        if cells[0].startswith("ประเด็นยุทธศาสตร์ที่"):
            s = int(re.match(r"ประเด็นยุทธศาสตร์ที่ (\S+)", cells[0]).group(1).translate(THAI))
            out[s] = {}
            continue
        if cells[0].startswith("เฉลี่ยน้ำหนักรวม"):
            vals = [c for c in cells[1:] if c.strip()]
            overall = vals
            continue
        if "น้ำหนักรวม" in l and s:
            vals = [c for c in cells if c.strip() and "W" not in c and "น้ำหนักรวม" not in c]
            totals[s] = vals[-1]
            continue
        m = re.match(r"^([๐-๙]+)(?:\.([๐-๙]+))?\.?$", cells[0].strip())
        if m and s:
            cells += [""] * (10 - len(cells))
            out[s][cells[0].strip().rstrip(".")] = {"title": cells[1], "weight": cells[2],
                                         "bands": cells[3:8], "score": cells[8], "weighted": cells[9]}
    return out, totals, overall
