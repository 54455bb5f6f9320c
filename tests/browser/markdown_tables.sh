#!/usr/bin/env bash
# The Markdown drafts render in a common Markdown viewer with no broken table:
# cmark-gfm (GitHub's parser) must turn every table of the draft into a <table>
# with the same number of rows.
# usage: markdown_tables.sh PLANC SOURCE_DIR
set -euo pipefail
planc=$1; src=$2
command -v cmark-gfm >/dev/null || { echo "cmark-gfm is not installed (bash .ci/setup installs it)"; exit 1; }
status=0
for plan in plans/th-hor-2563/2563-h1.plan plans/examples/city-library/2567-12m.plan \
            plans/examples/district-health/2567-12m.plan tests/golden/render/hostile-text.plan; do
  for lang in th en; do
    md=$(cd "$src" && "$planc" render "$plan" --format md --lang "$lang" 2>/dev/null)
    # tables in the source: a header line followed by a |---| line
    want=$(printf '%s\n' "$md" | grep -cE '^\|( *:?-+:? *\|)+$' || true)
    # rows in the source: lines starting with | that are not delimiter rows
    want_rows=$(printf '%s\n' "$md" | grep '^|' | grep -vcE '^\|( *:?-+:? *\|)+$' || true)
    html=$(printf '%s\n' "$md" | cmark-gfm -e table -e footnotes)
    got=$(printf '%s\n' "$html" | grep -o '<table>' | wc -l)
    got_rows=$(printf '%s\n' "$html" | grep -o '<tr>' | wc -l)
    if [[ "$want" != "$got" || "$want_rows" != "$got_rows" ]]; then
      echo "FAIL $plan ($lang): $want tables / $want_rows rows written, cmark-gfm parsed $got / $got_rows"
      status=1
    else
      echo "ok   $plan ($lang): $got tables, $got_rows rows parse as tables"
    fi
    if printf '%s\n' "$html" | grep -q '<script'; then
      echo "FAIL $plan ($lang): a <script> element survived"; status=1
    fi
  done
done
exit $status
