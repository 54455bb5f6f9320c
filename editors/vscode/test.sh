#!/usr/bin/env bash
# Tests and packages the VS Code extension: bash editors/vscode/test.sh OUTDIR
#
#   1. npm ci (skipped when node_modules was installed from this very lock)
#   2. the grammar tests (tests/grammar/*.plan) and snapshots (tests/snap/*.plan)
#   3. tests/grammar-covers-keywords.js: the grammar knows planc's literals
#   4. the JSON files parse, the client loads and starts `planc lsp` (tests/client.test.js)
#   5. OUTDIR/planc.vsix is packaged and holds what it must
#
# Writes only under editors/vscode/ (node_modules) and OUTDIR (the .vsix and
# npm's cache). Exits 0 when everything passes, else 1 with a message.
set -euo pipefail

fail() {
  echo "editors/vscode/test.sh: FAILED: $*" >&2
  exit 1
}
step() { echo "== $*"; }

[[ $# -eq 1 ]] || fail "usage: bash editors/vscode/test.sh OUTDIR"
command -v node >/dev/null || fail "node is not installed"
command -v npm >/dev/null || fail "npm is not installed"
command -v unzip >/dev/null || fail "unzip is not installed"
mkdir -p "$1"
out=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

# npm keeps its cache and logs in OUTDIR, not in ~/.npm.
export npm_config_cache="$out/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

step "npm ci"
stamp=node_modules/.planc-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
  echo "node_modules is up to date with package-lock.json"
else
  npm ci --quiet --prefer-offline --no-progress >"$out/npm-ci.log" 2>&1 ||
    { cat "$out/npm-ci.log" >&2; fail "npm ci (log: $out/npm-ci.log)"; }
  echo "$want" >"$stamp"
fi
bin=node_modules/.bin

step "grammar tests"
"$bin/vscode-tmgrammar-test" --compact 'tests/grammar/*.plan' </dev/null ||
  fail "grammar tests (tests/grammar/*.plan): see the failed assertions above"
"$bin/vscode-tmgrammar-snap" 'tests/snap/*.plan' </dev/null ||
  fail "grammar snapshots (tests/snap/*.plan) differ; if the change is meant, run: npx vscode-tmgrammar-snap --updateSnapshot 'tests/snap/*.plan'"

step "grammar covers planc's fields, words and symbols"
node tests/grammar-covers-keywords.js || fail "the TextMate grammar misses literals of the language (above)"

step "client and manifest"
for f in package.json language-configuration.json syntaxes/plan.tmLanguage.json; do
  node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$f" || fail "$f is not valid JSON"
done
node --check extension.js || fail "extension.js has a syntax error"
node -e '
  const e = require("./extension.js");
  for (const f of ["activate", "deactivate"])
    if (typeof e[f] !== "function") throw new Error("extension.js does not export " + f);
  if (e.resolveExecutable("no-such-planc-executable", undefined, { PATH: "/nonexistent" }) !== undefined)
    throw new Error("resolveExecutable found an executable that does not exist");
  if (!e.resolveExecutable("node")) throw new Error("resolveExecutable does not find node on PATH");
  const m = e.notFoundMessage("planc");
  if (!/ไม่พบ/.test(m) || !/not found/.test(m)) throw new Error("the not-found message is not in Thai and English");
  require.resolve("vscode-languageclient/node");
' || fail "extension.js does not load as expected"
# activate() with stand-ins for vscode (its temporary planc goes in OUTDIR).
TMPDIR="$out" node tests/client.test.js || fail "the client does not start planc lsp as expected (tests/client.test.js)"

step "package"
vsix="$out/planc.vsix"
rm -f "$vsix"
"$bin/vsce" package --skip-license --out "$vsix" </dev/null >"$out/vsce.log" 2>&1 ||
  { cat "$out/vsce.log" >&2; fail "vsce package (log: $out/vsce.log)"; }
listing=$(unzip -l "$vsix") || fail "$vsix is not a zip file"
for f in extension/package.json extension/extension.js extension/language-configuration.json \
  extension/syntaxes/plan.tmLanguage.json extension/readme.md \
  extension/node_modules/vscode-languageclient/package.json \
  extension/node_modules/vscode-languageclient/node.js \
  extension/node_modules/vscode-languageserver-protocol/package.json; do
  grep -qF " $f" <<<"$listing" || fail "$vsix lacks $f"
done
for f in extension/test.sh extension/tests/ extension/node_modules/@vscode/vsce/ extension/node_modules/vscode-tmgrammar-test/; do
  if grep -qF " $f" <<<"$listing"; then fail "$vsix holds $f, which it should leave out"; fi
done
echo "$vsix: $(stat -c %s "$vsix") bytes, $(tail -1 <<<"$listing" | awk '{print $2}') files"
echo "editors/vscode/test.sh: all passed"
