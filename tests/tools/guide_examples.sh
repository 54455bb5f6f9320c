#!/usr/bin/env bash
# The Thai guide (docs/th/) is true.
#
# usage: guide_examples.sh [--update] PLANC SOURCE_DIR
#        PLANC_UPDATE_GUIDE=1 guide_examples.sh PLANC SOURCE_DIR   (same as --update)
#        cmake --build build --target update-guide                  (the same, through the build)
#
# 1. Every example under docs/th/examples/ is a real plan:
#    - a file whose first line is `// คาดว่า: CODE CODE ...` is a mistake: `planc check FILE
#      --diagnostics json` gives exactly those codes (as many times as listed, in any
#      order), and exits 1 when one of them is an error, else 0. `// คาดว่า: -` means
#      planc gives no diagnostic at all (a mistake planc does not catch);
#    - every other file is clean: `planc check --strict FILE --diagnostics json` exits 0
#      with no diagnostic (JSON, so that the test does not depend on the messages' wording).
# 2. In docs/th/*.md, every fenced block whose info string is `plan` comes right after a
#    line `<!-- file: PATH -->` (the whole file) or `<!-- file: PATH lines A-B -->`
#    (lines A to B, from 1), PATH relative to docs/th/, and equals that text.
# 3. Every fenced block right after a line `<!-- output: planc ARGS -->` holds the
#    line `$ planc ARGS` and then what planc prints: standard output, then standard
#    error. planc is run from docs/th/ (or from docs/th/DIR, for a marker
#    `<!-- output in DIR: planc ARGS -->`) with NO_COLOR=1 and LANG=th_TH.UTF-8 (a Thai
#    planner's terminal; LC_ALL and LC_MESSAGES unset). ARGS are split at spaces.
#    With --update these blocks are rewritten from the current planc instead of
#    compared (plan blocks and examples are never rewritten: fix those by hand).
# 4. Every example file is shown or used by at least one of those blocks.
set -euo pipefail
update=${PLANC_UPDATE_GUIDE:-0}
if [[ ${1:-} == --update ]]; then update=1; shift; fi
if [[ $# -ne 2 ]]; then
  echo "usage: $0 [--update] PLANC SOURCE_DIR" >&2
  exit 2
fi
planc=$(realpath "$1")
guide=$(realpath "$2")/docs/th
[[ -x $planc ]] || { echo "no planc at $planc" >&2; exit 2; }
[[ -d $guide/examples ]] || { echo "no guide at $guide" >&2; exit 2; }

exec python3 - "$planc" "$guide" "$update" <<'PY'
import json, os, re, subprocess, sys

planc, guide, update = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
os.chdir(guide)
env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
env.update(NO_COLOR="1", LANG="th_TH.UTF-8")
failures = []

def fail(where, what):
    failures.append(f"{where}: {what}")

def run(args, cwd="."):
    p = subprocess.run([planc, *args], capture_output=True, env=env, timeout=60, cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

def codes(path, *flags):
    rc, out, err = run(["check", *flags, path, "--diagnostics", "json"])
    try:
        got = [d["code"] for d in json.loads(out)]
    except (ValueError, KeyError, TypeError) as e:
        fail(path, f"planc's JSON diagnostics do not parse ({e}):\n{out}{err}")
        got = None
    return rc, got, out + err
EXPECT = re.compile(r"^// คาดว่า:(.*)$")

# --- 1. the examples ---------------------------------------------------------------
examples = sorted(os.path.join(d, f) for d, _, fs in os.walk("examples") for f in fs if f.endswith(".plan"))
if not examples:
    fail("examples", "no example files")
for path in examples:
    with open(path, encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    m = EXPECT.match(first)
    if m:
        declared = m.group(1).replace(",", " ").split()
        if declared == ["-"]:
            declared = []
        if not declared and m.group(1).strip() != "-":
            fail(path, "`// คาดว่า:` lists no codes (write `-` for none)")
        rc, got, printed = codes(path)
        if got is not None and sorted(got) != sorted(declared):
            fail(path, f"declares {' '.join(declared) or '-'}, planc gives {' '.join(got) or '-'}\n{printed}")
        want_rc = 1 if any(c.startswith("E") for c in declared) else 0
        if rc != want_rc:
            fail(path, f"exit {rc}, expected {want_rc}\n{printed}")
    else:
        rc, got, printed = codes(path, "--strict")
        if rc != 0 or got:
            fail(path, f"a clean example must check with --strict without diagnostics, exit 0; got exit {rc}\n{printed}")

# --- 2-4. the pages -------------------------------------------------------------------
FILE = re.compile(r"^<!-- file: (\S+)(?: lines (\d+)-(\d+))? -->$")
OUTPUT = re.compile(r"^<!-- output(?: in (\S+))?: planc (.+?) -->$")
FENCE = re.compile(r"^(`{3,})(\S*)\s*$")
used = set()

def norm(p):
    return os.path.normpath(p)

pages = sorted(f for f in os.listdir(".") if f.endswith(".md"))
for page in pages:
    with open(page, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out_lines, i, changed = [], 0, False
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if not fence:
            out_lines.append(line)
            i += 1
            continue
        ticks, info = fence.group(1), fence.group(2)
        j = i + 1
        while j < len(lines) and lines[j] != ticks:
            j += 1
        if j == len(lines):
            fail(f"{page}:{i + 1}", "fenced block not closed")
            out_lines.extend(lines[i:])
            break
        body = lines[i + 1:j]
        before = lines[i - 1] if i > 0 else ""
        where = f"{page}:{i + 1}"
        fm, om = FILE.match(before), OUTPUT.match(before)
        if info == "plan" and not fm:
            fail(where, "a `plan` block must follow `<!-- file: PATH -->` or `<!-- file: PATH lines A-B -->`")
        if fm:
            path = fm.group(1)
            used.add(norm(path))
            if info != "plan":
                fail(where, "a `<!-- file: -->` marker must be followed by a ```plan block")
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except OSError as e:
                fail(where, f"cannot read {path}: {e}")
                text = None
            if text is not None:
                flines = text.split("\n")
                if flines and flines[-1] == "":
                    flines.pop()
                if fm.group(2):
                    a, b = int(fm.group(2)), int(fm.group(3))
                    if not (1 <= a <= b <= len(flines)):
                        fail(where, f"{path} has {len(flines)} lines, not {a}-{b}")
                    want = flines[a - 1:b]
                else:
                    want = flines
                if body != want:
                    import difflib
                    diff = "\n".join(difflib.unified_diff(want, body, f"{path} {fm.group(2) or ''}", page, lineterm=""))
                    fail(where, f"the block differs from {path}:\n{diff}")
        if om:
            cwd, command = om.group(1) or ".", om.group(2)
            args = command.split()
            for a in args:
                if a.endswith(".plan"):
                    used.add(norm(os.path.join(cwd, a)))
            if not os.path.isdir(cwd):
                fail(where, f"no folder {cwd}")
                cwd = "."
            rc, out, err = run(args, cwd)
            text = f"$ planc {command}\n" + out + err
            want = text.split("\n")
            if want and want[-1] == "":
                want.pop()
            if body != want:
                if update:
                    # a fence longer than any run of backticks in the output
                    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
                    ticks = "`" * max(3, longest + 1)
                    out_lines += [ticks + info, *want, ticks]
                    changed = True
                    i = j + 1
                    continue
                import difflib
                diff = "\n".join(difflib.unified_diff(body, want, page, "planc now", lineterm=""))
                fail(where, f"the output of `planc {command}` differs (run with --update to refresh):\n{diff}")
        out_lines += lines[i:j + 1]
        i = j + 1
    if changed:
        with open(page, "w", encoding="utf-8") as f:
            f.write("\n".join(out_lines))
        print(f"updated {page}")

for path in examples:
    if norm(path) not in used:
        fail(path, "shown or used by no block in docs/th/*.md")

if failures:
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print(f"{len(failures)} failures in the Thai guide", file=sys.stderr)
    sys.exit(1)
print(f"ok: {len(examples)} examples, {len(pages)} pages")
PY
