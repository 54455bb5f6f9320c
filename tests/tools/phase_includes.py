#!/usr/bin/env python3
"""The phases flow one way: no file includes a later phase.

Reads the build's table of what each phase may see (build/phase-views.txt,
written by CMakeLists.txt's planc_phase from the same lists that link the
phase libraries), then
  1. checks every `#include "folder/..."` of every file under src/ and
     grammar/ against its phase's folders, naming each wrong one; and
  2. proves the build refuses a wrong include: a file that includes a later
     phase's header, compiled with a phase's view of the tree, must fail, and
     one that includes a phase below must compile.
Exit 1 on any wrong include or when the build would not have caught one.

usage: phase_includes.py SOURCE_DIR BUILD_DIR CXX [VIEW_DIR]   (VIEW_DIR: BUILD_DIR/phase-view)
"""
import os
import re
import subprocess
import sys
import tempfile

src_dir, build_dir, cxx = sys.argv[1:4]
view_dir = sys.argv[4] if len(sys.argv) > 4 else os.path.join(build_dir, "phase-view")

views = {}
with open(os.path.join(build_dir, "phase-views.txt"), encoding="utf-8") as f:
    for line in f:
        name, folders = line.rstrip("\n").split(": ")
        views[name] = folders.split(";")

# Which phase owns a folder: the phase that lists it first as its own.
owner = {}
for name, folders in views.items():
    owner.setdefault(folders[0], name)
    for extra in folders[1:]:
        if extra not in owner and extra not in [v[0] for v in views.values()]:
            owner[extra] = name  # a phase's second own folder (num, grammar)
top = {"cli"}  # on top of everything: may include any phase

include = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"', re.M)
errors = []
checked = 0
for root in ("src", "grammar"):
    for dirpath, _, files in os.walk(os.path.join(src_dir, root)):
        for fn in sorted(files):
            if not fn.endswith((".hpp", ".cpp", ".def")):
                continue
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, src_dir)
            parts = rel.split(os.sep)
            folder = parts[1] if parts[0] == "src" else parts[0]
            if folder in top:
                continue
            phase = owner.get(folder)
            if phase is None:
                errors.append(f"{rel}: the folder `{folder}` belongs to no phase (add it to a planc_phase in CMakeLists.txt)")
                continue
            text = open(path, encoding="utf-8").read()
            for m in include.finditer(text):
                checked += 1
                inc = m.group(1)
                if inc not in views[phase]:
                    line = text.count("\n", 0, m.start()) + 1
                    errors.append(
                        f"{rel}:{line}: `{inc}/` is not below the phase `{phase}` (it sees {', '.join(views[phase])})")

# The build's own refusal, for every phase: including the first folder of a
# phase it does not see fails to compile; including one it sees compiles.
with tempfile.TemporaryDirectory() as tmp:
    probe = os.path.join(tmp, "probe.cpp")
    for name, folders in views.items():
        hidden = [v[0] for n, v in views.items() if v[0] not in folders]
        if not hidden:
            continue
        view = os.path.join(view_dir, name)
        for inc, should_compile in ((folders[-1], True), (hidden[0], False)):
            header = next(
                (os.path.join(inc, h) for h in sorted(os.listdir(os.path.join(view if should_compile else src_dir + "/src", inc)))
                 if h.endswith(".hpp")), None)
            if header is None:
                continue
            with open(probe, "w") as f:
                f.write(f'#include "{header}"\n')
            r = subprocess.run([cxx, "-std=c++20", "-fsyntax-only", "-I", view, probe],
                               capture_output=True, text=True)
            refused = r.returncode != 0 and "No such file" in r.stderr and header in r.stderr
            if (r.returncode == 0) != should_compile or (not should_compile and not refused):
                errors.append(f"the phase `{name}` {'cannot' if should_compile else 'can'} include `{header}` "
                              f"through its view {view}: the build does not enforce the phases")

for e in errors:
    print(e)
print(f"{checked} includes checked in {len(owner)} folders, {len(views)} phases: "
      f"{'ok' if not errors else str(len(errors)) + ' wrong'}")
sys.exit(1 if errors else 0)
