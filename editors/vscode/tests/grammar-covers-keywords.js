#!/usr/bin/env node
// Checks that the TextMate grammar knows every literal of the language, so
// that it cannot silently fall behind planc. Run from editors/vscode.
//
// The PEGTL grammar (grammar/plan_grammar.hpp) has no keywords: an item is
// `key values {block}`, and its only literals are the symbols and the text
// escapes. The field names and the words fields take are decided when the
// tree is lowered (src/ast/lower.cpp), in tables this script reads:
//   {"name", Given::Once, ...}          a field       -> a key scope
//   word_at(c, 0, {{"th", 0}, ...}, ...) a field's word -> a constant scope
//   {">=", Comparator::AtLeast}          a comparator  -> keyword.operator.comparison
//   v.text == "per-project"              a word a field looks for -> some scope
// Each literal is tokenized with the grammar itself (vscode-textmate, the
// engine VS Code uses), in the position it has in a plan.
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..', '..', '..');
const read = (rel) => fs.readFileSync(path.join(root, rel), 'utf8');
const grammarHpp = read('grammar/plan_grammar.hpp');
const lowerCpp = read('src/ast/lower.cpp');

// ---- the literals ----------------------------------------------------------
const unique = (xs) => [...new Set(xs)];
const all = (re, text) => [...text.matchAll(re)].map((m) => m[1]);

// The grammar's symbols: string<'>', '='>, one<'=', '<', ...>, utf8::one<0x2265, ...>.
function symbols() {
  const m = /struct symbol\s*:\s*sor<([\s\S]*?)>\s*\{\s*\};/.exec(grammarHpp);
  if (!m) throw new Error('plan_grammar.hpp: no `struct symbol : sor<...> {};`');
  const body = m[1];
  const out = [];
  const chars = /((?:\s*'(?:\\.|[^'\\])'\s*,?)+)>/.source; // a list of 'c' literals, then `>`
  for (const s of body.matchAll(new RegExp(/(?<![\w:])string</.source + chars, 'g'))) out.push(all(/'(.)'/g, s[1]).join(''));
  for (const s of body.matchAll(new RegExp(/(?<![\w:])one</.source + chars, 'g'))) out.push(...all(/'(.)'/g, s[1]));
  for (const s of body.matchAll(/utf8::one<([^>]*)>/g))
    out.push(...all(/(0x[0-9A-Fa-f]+)/g, s[1]).map((h) => String.fromCodePoint(parseInt(h, 16))));
  return unique(out);
}
// The escapes a text may hold: escape_code's one<...> (and `\u{...}`).
function escapes() {
  const m = /struct escape_code\s*:\s*sor<one<([^>]*)>/.exec(grammarHpp);
  if (!m) throw new Error('plan_grammar.hpp: no `struct escape_code : sor<one<...>`');
  const chars = all(/'((?:\\\\)|[^'\\]|\\.)'/g, m[1]).map((c) => (c === '\\\\' ? '\\' : c.replace(/^\\/, '')));
  return unique(chars).map((c) => '\\' + c);
}
const fields = unique(all(/\{"([^"]+)",\s*Given::/g, lowerCpp));
const words = unique(
  [...lowerCpp.matchAll(/word_at\([^{]*\{((?:\s*\{"[^"]+",\s*\d+\},?)+)\s*\}/g)].flatMap((m) =>
    all(/\{"([^"]+)",\s*\d+\}/g, m[1]),
  ),
);
const comparators = unique(all(/\{"([^"]+)",\s*Comparator::\w+\}/g, lowerCpp));
const looked = unique(all(/\.text == "([^"]+)"/g, lowerCpp));

const found = { symbols: symbols(), escapes: escapes(), fields, words, comparators, looked };
if (process.argv.includes('--list')) console.log(found);
// A table that reads as empty means this script no longer understands the sources.
const least = { symbols: 8, escapes: 5, fields: 40, words: 20, comparators: 8, looked: 4 };
for (const [k, n] of Object.entries(least))
  if (found[k].length < n)
    throw new Error(`found only ${found[k].length} ${k} (expected at least ${n}): has the source's layout changed?`);

// ---- the grammar -----------------------------------------------------------
async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      if (scope !== 'source.plan') return null;
      const file = path.join(__dirname, '..', 'syntaxes', 'plan.tmLanguage.json');
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  return registry.loadGrammar('source.plan');
}

// The scopes of `literal` (its first token) where it is put in `line` ($ marks it).
function scopesOf(grammar, line, literal) {
  const text = line.replace('$', literal);
  const at = line.indexOf('$');
  const { tokens } = grammar.tokenizeLine(text, vsctm.INITIAL);
  const t = tokens.find((x) => x.startIndex <= at && at < x.endIndex);
  const whole = t && t.startIndex === at && t.endIndex === at + literal.length;
  return { scopes: t ? t.scopes.slice(1) : [], whole };
}

async function main() {
  const grammar = await loadGrammar();
  const failures = [];
  let checked = 0;
  const check = (kind, literal, line, ok) => {
    checked++;
    const { scopes, whole } = scopesOf(grammar, line, literal);
    if (!whole || !scopes.some(ok))
      failures.push(`${kind} \`${literal}\` in \`${line.replace('$', literal)}\`: ${scopes.join(' ') || '(no scope)'}${whole ? '' : ' (not one token)'}`);
  };
  const key = (s) => /^(storage\.type|keyword\.other\.field)\./.test(s);
  const op = (s) => s.startsWith('keyword.operator.');
  for (const f of fields) {
    check('field', f, '$ 1', key); // at the start of a line
    check('field', f, '  $ 1', key); // indented
    check('field', f, 'x { $ 1 }', key); // after `{`
  }
  for (const w of words) check('word', w, 'x $', (s) => s.startsWith('constant.language.'));
  for (const c of comparators)
    check('comparator', c, 'target $ 80', /^[a-z]/i.test(c) || c.codePointAt(0) > 0x7f ? (s) => s === 'keyword.operator.comparison.plan' : op);
  for (const s of found.symbols) check('symbol', s, 'point 1 $ 2', op);
  for (const w of looked) check('word', w, 'x 1 $ 2', (s) => s !== 'source.plan');
  for (const e of found.escapes) check('escape', e, 'note "a $ b"', (s) => s === 'constant.character.escape.plan');
  check('escape', '\\u{0E01}', 'note "a $ b"', (s) => s === 'constant.character.escape.plan');

  const counts = Object.entries(found).map(([k, v]) => `${v.length} ${k}`).join(', ');
  if (failures.length) {
    console.error(`grammar-covers-keywords: ${failures.length} of ${checked} checks failed (${counts}):`);
    for (const f of failures) console.error('  ' + f);
    process.exit(1);
  }
  console.log(`grammar-covers-keywords: ${checked} checks passed (${counts})`);
}

main().catch((err) => {
  console.error(`grammar-covers-keywords: ${err.stack || err}`);
  process.exit(1);
});
