"""Checks planc's SARIF output against the parts of SARIF 2.1.0 that code-review
systems read: version, tool.driver with rules, and results whose ruleId names a
rule, whose level is valid and whose regions are well-formed (1-based lines and
code-point columns, the end not before the start).
usage: check_sarif.py PLANC SOURCE_DIR"""
import json, subprocess, sys

planc, src = sys.argv[1], sys.argv[2]
cases = [("plans/th-hor-2563", "2563-h1.plan", 7), ("tests/golden/syntax", "ten-mistakes.plan", 10),
         ("tests/golden/syntax", "thai-caret.plan", 3)]
failed = False
for cwd, plan, expected in cases:
    out = subprocess.run([planc, "check", plan, "--diagnostics", "sarif"], cwd=f"{src}/{cwd}",
                         capture_output=True, text=True).stdout
    doc = json.loads(out)
    assert doc["version"] == "2.1.0", doc["version"]
    assert doc["$schema"].endswith("sarif-schema-2.1.0.json")
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert run["tool"]["driver"]["name"] == "planc"
    results = run["results"]
    for r in results:
        assert r["ruleId"] in rules, r["ruleId"]
        assert r["level"] in ("error", "warning", "note"), r["level"]
        assert r["message"]["text"]
        for loc in r.get("locations", []) + r.get("relatedLocations", []):
            reg = loc["physicalLocation"]["region"]
            assert loc["physicalLocation"]["artifactLocation"]["uri"]
            assert reg["startLine"] >= 1 and reg["startColumn"] >= 1, reg
            assert (reg["endLine"], reg["endColumn"]) >= (reg["startLine"], reg["startColumn"]), reg
    status = "ok  " if len(results) == expected else "FAIL"
    failed |= len(results) != expected
    print(f"{status} {plan}: {len(results)} results (expected {expected}), {len(rules)} rules")
sys.exit(1 if failed else 0)
