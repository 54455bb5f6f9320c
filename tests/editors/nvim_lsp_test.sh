#!/usr/bin/env bash
# A real LSP client: Neovim (headless) with its built-in client opens the
# reference plan through `planc lsp`, receives its diagnostics (and those of
# plan.plan, where the weights are), a hover and a definition, and the
# diagnostics of a line it edits. usage: nvim_lsp_test.sh PLANC ROOT
set -euo pipefail
planc=$(realpath "$1"); root=$(realpath "$2")
command -v nvim >/dev/null || { echo "nvim is not installed (Debian's neovim; .ci/setup installs it)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_STATE_HOME=$tmp XDG_CACHE_HOME=$tmp XDG_DATA_HOME=$tmp XDG_CONFIG_HOME=$tmp
PLANC=$planc PLANC_ROOT=$root OUT=$tmp/seen.json timeout 120 \
  nvim --headless -u NONE -i NONE -n -c "luafile $root/tests/editors/nvim_lsp.lua" </dev/null >/dev/null 2>&1 || true
[ -s "$tmp/seen.json" ] || { echo "FAIL: Neovim wrote nothing"; exit 1; }
python3 - "$tmp/seen.json" <<'PY'
import json, sys
seen = json.load(open(sys.argv[1], encoding="utf-8"))
fails = []
def want(cond, what):
    if not cond: fails.append(what)
steps = seen.get("steps", [])
want(steps == ["diagnostics", "hover", "definition", "diagnostics after the edit", "shutdown"], f"steps: {steps}")
round_codes = sorted(d["code"] for d in seen.get("round", []))
want("W142" in round_codes and round_codes.count("W141") >= 3, f"the round's diagnostics: {round_codes}")
want(any("๓.๘" in d["message"] for d in seen.get("round", [])), "Thai digits in the round's messages")
plan_codes = [d["code"] for d in seen.get("plan", [])]
want(plan_codes == ["W111"], f"plan.plan's diagnostics (the weights): {plan_codes}")
hover = seen.get("hover", "")
want("ระดับความสำเร็จ" in hover and "คะแนน" in hover and "๑.๗๐" in hover, f"hover: {hover!r}")
d = seen.get("definition") or {}
if isinstance(d, list): d = d[0] if d else {}
want(d.get("uri", "").endswith("/plans/th-hor-2563/plan.plan") and d["range"]["start"]["line"] == 48, f"definition: {d}")
after = [x["code"] for x in seen.get("after_edit", [])]
want("E103" in after, f"after the edit: {after}")
want(isinstance(seen.get("inlay"), list), "inlay hints answered")
if fails:
    print("FAIL:\n  " + "\n  ".join(fails)); sys.exit(1)
print(f"neovim: {len(seen['round'])} diagnostics in the round, {len(plan_codes)} in plan.plan, hover, definition, "
      f"E103 after the edit")
PY
