#!/usr/bin/env bash
# planc diff on edited copies of the reference plan: it reports exactly the
# edits and their effect on the scores; formatting and digits are no change;
# --git reads versions from a repository.
# usage: diff_test.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$(realpath "$1"); src=$2
# The reference plan is Thai: its diff is in Thai unless told (the English
# words are checked here, the Thai ones by the golden cases diff-th-*).
pdiff() { "$planc" diff --lang en "$@"; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
expect() {  # expect NAME OUTPUT PATTERN...
  local name=$1 out=$2; shift 2
  for pat in "$@"; do
    if ! grep -qF -- "$pat" <<<"$out"; then echo "FAIL $name: missing: $pat"; echo "$out" | head -40; fail=1; fi
  done
}
reject() {
  local name=$1 out=$2; shift 2
  for pat in "$@"; do
    if grep -qF -- "$pat" <<<"$out"; then echo "FAIL $name: unexpected: $pat"; fail=1; fi
  done
}
fresh() { rm -rf "$work/new"; cp -r "$src/plans/th-hor-2563" "$work/new"; }
cp -r "$src/plans/th-hor-2563" "$work/old"

# 1. Strategy 3's indicator 22 reaches its target: 8 -> 10 organisations.
fresh
python3 - "$work/new/2563-h1.plan" <<'PY'
import sys; p = sys.argv[1]; s = open(p, encoding='utf-8').read()
i = s.index('result ๓.๒๒ {'); j = s.index('value ๘', i)
open(p, 'w', encoding='utf-8').write(s[:j] + 'value ๑๐' + s[j + len('value ๘'):])
PY
out=$(pdiff "$work/old" "$work/new")
expect "3.22 reached" "$out" "indicator 3.22 changed" "result: 8 → 10" "score 3.00 → 5.00 (+2.00); weighted 0.15 → 0.25 (+0.10)" \
  "crossed from band 3 to band 5" "3    4.688542 → 4.788542 (+0.10)" "overall score 3.944869 → 3.969869 (+0.025)" \
  "1    3.990099 (unchanged)"
[[ $(grep -c '^indicator' <<<"$out") == 1 ]] || { echo "FAIL 3.22 reached: more than one indicator reported"; fail=1; }

# 2. A weight moved between two indicators of strategy 4, and a target raised in the plan.
fresh
python3 - "$work/new" <<'PY'
import sys; d = sys.argv[1]
p = d + '/2563-h1.plan'; s = open(p, encoding='utf-8').read()
for rid, old, new in [('๔.๑', 'weight ๐.๐๖', 'weight ๐.๐๕'), ('๔.๒', 'weight ๐.๐๖', 'weight ๐.๐๗')]:
    i = s.index('result ' + rid + ' {'); j = s.index(old, i); s = s[:j] + new + s[j + len(old):]
open(p, 'w', encoding='utf-8').write(s)
p = d + '/plan.plan'; s = open(p, encoding='utf-8').read()
i = s.index('indicator ๑๓ "จำนวนช่องทาง'); j = s.index('target >= ๑', i)
open(p, 'w', encoding='utf-8').write(s[:j] + 'target >= ๓' + s[j + len('target >= ๑'):])
PY
out=$(pdiff "$work/old" "$work/new")
expect "weights and target" "$out" "indicator 4.1 changed" "weight: 0.06 → 0.05" "indicator 4.2 changed" "weight: 0.06 → 0.07" \
  "indicator 3.13 changed" 'target: at-least 1 "≥ ๑ ช่องทาง" → at-least 3 "≥ ๑ ช่องทาง"' "4    3.063333 → 3.03"
reject "weights and target" "$out" "indicator 4.3"

# 3. Formatting only, and Thai digits written as Arabic: no change.
fresh
"$planc" fmt "$work/old/plan.plan" | sed 's/^  //' > "$work/new/plan.plan"
python3 - "$work/new/2563-h1.plan" <<'PY'
import sys; p = sys.argv[1]; s = open(p, encoding='utf-8').read()
s = s.replace('weight ๐.๓๔', 'weight 0.34').replace('value ๗๐', 'value 70')
open(p, 'w', encoding='utf-8').write(s)
PY
out=$(pdiff "$work/old" "$work/new")
expect "formatting only" "$out" "no change in what the plan says or scores"

# 4. Indicators added, removed and renumbered, in a small plan.
mkdir -p "$work/small/a" "$work/small/b"
cat > "$work/small/a/p.plan" <<'PLAN'
use "std/units"
use "std/scales"
plan "small" { scale five-band }
round "r" { months 12 }
strategy 1 "s" {
  indicator 1 "kept" { unit percent; target >= 80; weight 0.5 }
  indicator 2 "moved" { unit percent; target >= 80; weight 0.3 }
  indicator 3 "dropped" { unit percent; target >= 80; weight 0.2 }
}
result 1.1 { value 80 }
result 1.2 { value 90 }
result 1.3 { value 100 }
PLAN
cat > "$work/small/b/p.plan" <<'PLAN'
use "std/units"
use "std/scales"
plan "small" { scale five-band }
round "r" { months 12 }
strategy 1 "s" {
  indicator 1 "kept" { unit percent; target >= 80; weight 0.5 }
  indicator 2 "new" { unit level; target >= 3; weight 0.2 }
  indicator 3 "moved" { unit percent; target >= 80; weight 0.3 }
}
result 1.1 { value 80 }
result 1.2 { value 3 }
result 1.3 { value 90 }
PLAN
out=$(pdiff "$work/small/a/p.plan" "$work/small/b/p.plan")
expect "added, removed, renumbered" "$out" "indicator 1.3 (was 1.2) renumbered: moved" "indicator 1.2 added: new" \
  "indicator 1.3 removed: dropped"
reject "added, removed, renumbered" "$out" "indicator 1.1"
json=$(pdiff "$work/small/a/p.plan" "$work/small/b/p.plan" --format json)
python3 -c 'import json,sys; d=json.load(sys.stdin); kinds=sorted(c["change"] for c in d["plans"][0]["indicators"]); assert kinds==["added","removed","renumbered"], kinds' <<<"$json" \
  || { echo "FAIL json: $json"; fail=1; }

# 4b. Bands are the report's five columns (report::band): a score below 1
# (below 60 % of the target) is in column 1 like one from 60 %, not in a "band 0".
sed -e 's/result 1.1 { value 80 }/result 1.1 { value 40 }/' "$work/small/a/p.plan" > "$work/small/low.plan"
sed -e 's/result 1.1 { value 80 }/result 1.1 { value 52 }/' "$work/small/a/p.plan" > "$work/small/higher.plan"
sed -e 's/result 1.1 { value 80 }/result 1.1 { value 58 }/' "$work/small/a/p.plan" > "$work/small/band2.plan"
out=$(pdiff "$work/small/low.plan" "$work/small/higher.plan")
expect "within column 1" "$out" "indicator 1.1 changed" "result: 40 → 52" "score 0.833333 → 1.50 (+0.666667)"
reject "within column 1" "$out" "crossed" "band 0"
out=$(pdiff "$work/small/low.plan" "$work/small/band2.plan")
expect "column 1 to 2" "$out" "crossed from band 1 to band 2"
json=$(pdiff "$work/small/low.plan" "$work/small/higher.plan" --format json)
python3 -c 'import json,sys; d=json.load(sys.stdin); b=d["plans"][0]["indicators"][0]["band"]; assert b=={"before":1,"after":1}, b' <<<"$json" \
  || { echo "FAIL json band: $json"; fail=1; }

# 5. --git: a temporary repository with two commits.
repo="$work/repo"; mkdir -p "$repo/plans"
cp -r "$src/plans/th-hor-2563" "$repo/plans/"
git -C "$repo" init -q && git -C "$repo" -c user.email=t@t -c user.name=t add -A && git -C "$repo" -c user.email=t@t -c user.name=t commit -qm one
python3 - "$repo/plans/th-hor-2563/2563-h1.plan" <<'PY'
import sys; p = sys.argv[1]; s = open(p, encoding='utf-8').read()
i = s.index('result ๔.๘ {'); j = s.index('value ๒', i)
open(p, 'w', encoding='utf-8').write(s[:j] + 'value ๔' + s[j + len('value ๒'):])
PY
out=$(cd "$repo" && pdiff --git HEAD plans/th-hor-2563)
expect "--git HEAD (working tree)" "$out" "indicator 4.8 changed" "result: 2 → 4"
git -C "$repo" -c user.email=t@t -c user.name=t commit -qam two
out=$(cd "$repo" && pdiff --git HEAD~1..HEAD plans/th-hor-2563/2563-h1.plan --format md)
expect "--git REV..REV" "$out" "### planc diff" "4.8" "result: 2 → 4"
out=$(cd "$repo" && pdiff --git HEAD plans/th-hor-2563)
expect "--git HEAD, clean" "$out" "no change in what the plan says or scores"

# 6. --git with a plan folder added since REV: its files are "added", its
# errors introduced (exit 1); an unknown revision is exit 2.
mkdir -p "$repo/plans/new-plan"
cp "$src/tests/golden/diff/en-new/plan.plan" "$src/tests/golden/diff/en-new/2567-6.plan" "$repo/plans/new-plan/"
set +e
out=$(cd "$repo" && pdiff --git HEAD plans/new-plan); rc=$?
set -e
expect "--git, a folder added" "$out" "added: 2567-6.plan" "added: plan.plan" "2567-6.plan:13:14: error[E020]"
[[ $rc == 1 ]] || { echo "FAIL --git, a folder added: exit $rc, not 1"; fail=1; }
set +e
(cd "$repo" && pdiff --git no-such-rev plans/new-plan >/dev/null 2>&1); rc=$?
pdiff "$work/no-such-folder" "$work/old" >/dev/null 2>&1; rc2=$?
pdiff "$work/old" "$work/old/2563-h1.plan" >/dev/null 2>&1; rc3=$?
set -e
[[ "$rc $rc2 $rc3" == "2 2 2" ]] || { echo "FAIL usage and I/O: exits $rc $rc2 $rc3, not 2 2 2"; fail=1; }

# 7. A large change stays a short comment: more than 15 diagnostics, or
# indicators changed in a round, are folded under <details>.
mkdir -p "$work/big/a" "$work/big/b"
python3 - "$work/big" <<'PY'
import sys
d = sys.argv[1]
head = 'use "std/units"\nuse "std/scales"\nplan "big" { language en; scale five-band }\nround "r" { months 12 }\nstrategy 1 "s" {\n'
head += ''.join(f'  indicator {i} "i{i}" {{ unit percent; target >= 80; weight 1/20 }}\n' for i in range(1, 21)) + '}\n'
open(d + '/a/p.plan', 'w').write(head + ''.join(f'result 1.{i} {{ value 70 }}\n' for i in range(1, 21)))
open(d + '/b/p.plan', 'w').write(head + ''.join(f'result 1.{i} {{ value 0.9 }}\n' for i in range(1, 21)))
PY
set +e
out=$(pdiff "$work/big/a" "$work/big/b" --format md); rc=$?
set -e
expect "large change folded" "$out" "## planc diff" "✅ no new errors (20 new warnings)" \
  "<details><summary>Introduced (20)</summary>" "<details><summary>20 indicators changed</summary>"
[[ $(grep -c '^| p.plan:' <<<"$out") == 20 && $rc == 0 ]] || { echo "FAIL large change folded: rows or exit ($rc)"; fail=1; }

((fail == 0)) && echo "ok: diff reports the edits and their score effects"
exit $fail
