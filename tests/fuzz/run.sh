#!/usr/bin/env bash
# Runs a libFuzzer target on a seed corpus: every plan in the repo, or for the
# workbook readers (planc_fuzz_import) the files in tests/fuzz/import-seeds/.
# usage: tests/fuzz/run.sh PATH/TO/planc_fuzz SECONDS [CORPUS_DIR]
set -euo pipefail
fuzzer=$(realpath "$1"); seconds=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${3:-$(mktemp -d)}
seeds=$(mktemp -d)
dict=(-dict="$root/tests/fuzz/plan.dict")
if [[ $(basename "$fuzzer") == planc_fuzz_import ]]; then
  # The workbook readers' seeds: a few small workbooks, CSV files and parts,
  # each behind the byte that tells the target what it is (fuzz_import.cpp).
  cp "$root"/tests/fuzz/import-seeds/*.seed "$seeds/"
  dict=()
else
  find "$root/plans" "$root/tests/golden" "$root/stdlib" -name '*.plan' -exec cp {} "$seeds/" \;
fi
mkdir -p "$corpus"
cd "$corpus"
"$fuzzer" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="$corpus/crash-" "$corpus" "$seeds" 2>&1 | grep -E '^#[0-9]+ *(DONE|INITED)|stat::|ERROR|SUMMARY|crash-' || true
if ls "$corpus"/crash-* >/dev/null 2>&1; then
  echo "FAIL: the fuzzer found a crash: $(ls "$corpus"/crash-*)"; exit 1
fi
echo "fuzz: no crash in $seconds s; corpus $(ls "$corpus" | wc -l) inputs"
