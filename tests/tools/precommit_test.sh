#!/usr/bin/env bash
# The pre-commit hook of docs/ci.md (docs/ci/pre-commit), run for real by git
# in a temporary repository: a clean commit passes; a staged error blocks the
# commit and is shown; a fix left unstaged does not let it through, and an
# unstaged error does not block a clean staged version; a file not laid out
# by `planc fmt` blocks; an error in the plan file is found through its rounds;
# a mistake of the folder (two rounds of the same months) blocks.
# usage: precommit_test.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$(realpath "$1"); src=$(realpath "$2")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
repo=$work/repo
mkdir -p "$repo/plans/parks"
cd "$repo"
git init -q
git config user.email planner@example.org
git config user.name planner
cp "$src/docs/ci/pre-commit" .git/hooks/pre-commit
chmod +x .git/hooks/pre-commit
export PLANC=$planc
for f in plan.plan 2567-12.plan 2568-6.plan; do cp "$src/tests/golden/diff/en-new/$f" plans/parks/; done

commits() { git rev-list --count HEAD 2>/dev/null || echo 0; }
# commit NAME WANT(pass|block) [PATTERN...]: runs `git commit`, checks that it
# passed or was blocked and that its output has each pattern.
commit() {
  local name=$1 want=$2 before out rc; shift 2
  before=$(commits)
  set +e
  out=$(git commit -qm "$name" 2>&1); rc=$?
  set -e
  local got=pass; [[ $rc == 0 ]] || got=block
  if [[ $got != "$want" ]]; then echo "FAIL $name: the commit should $want, it did $got (exit $rc)"; echo "$out" | head -30; fail=1; fi
  if [[ $want == block && $(commits) != "$before" ]]; then echo "FAIL $name: a commit was made"; fail=1; fi
  for pat in "$@"; do
    grep -qF -- "$pat" <<<"$out" || { echo "FAIL $name: missing: $pat"; echo "$out" | head -30; fail=1; }
  done
}
# set_line FILE OLD NEW: replaces a line's text in the working tree.
set_line() { python3 -c 'import sys; p,a,b=sys.argv[1:]; s=open(p,encoding="utf-8").read(); assert a in s, a; open(p,"w",encoding="utf-8").write(s.replace(a,b,1))' "$@"; }

# 1. A clean plan folder (warnings only) commits.
git add -A
commit "clean" pass
[[ $(commits) == 1 ]] || { echo "FAIL clean: no commit"; fail=1; }

# 2. An error staged: blocked, with the error shown where it is.
set_line plans/parks/2568-6.plan "result 1.2 { value 90 }" "result 1.2 { valeu 90 }"
git add plans/parks/2568-6.plan
commit "error staged" block "plans/parks/2568-6.plan:11:14" "E020" "valeu" "plan folder(s) with errors"

# 3. The fix made in the working tree but not staged: still blocked (the
# index is what would be committed).
set_line plans/parks/2568-6.plan "result 1.2 { valeu 90 }" "result 1.2 { value 90 }"
commit "unstaged fix" block "E020"

# 4. The fix staged (with a new value), and a new error left unstaged:
# passes, and the unstaged edit is still in the working tree, untouched.
set_line plans/parks/2568-6.plan "result 1.2 { value 90 }" "result 1.2 { value 92 }"
git add plans/parks/2568-6.plan
set_line plans/parks/2568-6.plan "result 1.4 { value 85 }" "result 1.4 { valeu 85 }"
commit "staged fix, unstaged error" pass
grep -qF "valeu 85" plans/parks/2568-6.plan || { echo "FAIL staged fix: the unstaged edit was lost"; fail=1; }
[[ $(git show HEAD:plans/parks/2568-6.plan | grep -c valeu) == 0 ]] || { echo "FAIL staged fix: the error was committed"; fail=1; }
git checkout -q -- plans/parks/2568-6.plan

# 5. A file not laid out by planc fmt: blocked, with what fmt would change.
set_line plans/parks/2567-12.plan "result 1.1 { value 78 }" "result 1.1 {    value 78 }"
git add plans/parks/2567-12.plan
commit "not formatted" block "+result 1.1 { value 78 }" "planc fmt --write"
git checkout -q HEAD -- plans/parks/2567-12.plan

# 6. An error in the plan file: found through its rounds, the commit blocked.
set_line plans/parks/plan.plan "offices parks" "offices park"
git add plans/parks/plan.plan
commit "error in the plan file" block "plans/parks/plan.plan" "E101"
git checkout -q HEAD -- plans/parks/plan.plan

# 6b. A mistake of the folder itself: a copy of a round under another name
# (two rounds of the same year and months, E042), though each file checks alone.
cp plans/parks/2568-6.plan plans/parks/2568-6-copy.plan
git add plans/parks/2568-6-copy.plan
commit "two rounds of the same months" block "E042"
git rm -q --cached plans/parks/2568-6-copy.plan
rm plans/parks/2568-6-copy.plan

# 7. A commit without .plan files is not checked.
echo "notes" > README.md
git add README.md
commit "no plans" pass

((fail == 0)) && echo "ok: the pre-commit hook checks what is staged and blocks errors"
exit $fail
