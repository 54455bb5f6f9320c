#!/usr/bin/env bash
# A plan folder of nine rounds for `planc trend` (docs/performance.md, "planc
# trend"): the reference plan (plans/th-hor-2563/plan.plan) and its six-month
# round copied for fiscal years 2563-2565 x 6, 9 and 12 months, each round's
# `months`, `year` and title changed and a few results moved (the later the
# round, the further), so that the trend has something to show. The figures
# the six-month report published (`reported`) are kept in 2563-06 only: the
# other rounds were never published.
# usage: bench/nine_rounds.sh OUTDIR
set -euo pipefail
out=${1:?usage: bench/nine_rounds.sh OUTDIR}
src="$(cd "$(dirname "$0")/.." && pwd)/plans/th-hor-2563"
mkdir -p "$out"
cp "$src/plan.plan" "$out/plan.plan"
thai() { echo "$1" | sed 'y/0123456789/๐๑๒๓๔๕๖๗๘๙/'; }
step=0
for year in 2563 2564 2565; do
  for months in 6 9 12; do
    y=$(thai "$year"); m=$(thai "$months"); k=$(thai "$step")
    published=()
    ((step == 0)) || published=(-e '/^ *reported .*}$/d')
    sed "${published[@]}" -e "s/^  months ๖$/  months $m/" \
        -e "s/^  year ๒๕๖๓$/  year $y/" \
        -e "/^  title /s/รอบ ๖ เดือน/รอบ $m เดือน/" \
        -e "/^  title /s/ประจำปีงบประมาณ พ.ศ. ๒๕๖๓/ประจำปีงบประมาณ พ.ศ. $y/" \
        -e "s/^round \"รอบ ๖ เดือน\"/round \"รอบ $m เดือน\"/" \
        -e "s/^  value ๗๐$/  value ๗$k/" \
        -e "s/^  value ๒๕$/  value ๓$k/" \
        -e "s/^  value ๒$/  value $(thai $(( 2 + step / 3 )))/" \
        "$src/2563-h1.plan" > "$out/$year-$(printf %02d "$months").plan"
    step=$((step + 1))
  done
done
echo "$out: plan.plan and $(ls "$out" | grep -c '^25') rounds"
