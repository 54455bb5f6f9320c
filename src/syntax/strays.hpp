// Characters pasted from Word, a web page or a PDF (the grammar's Stray), and
// a `%` after a number: what the parser (syntax/parser.cpp) asks of
// syntax/strays.cpp, where they are reported once, with the fix, and read as
// what they stand for. Internal to the syntax phase.
//
// A file of its own on purpose: this code runs only on a `%` or on a byte
// that starts neither ASCII nor Thai. In parser.cpp, calling the parser's
// small functions (the name scanner, a value pushed) from one more place, or
// reaching its state through functions not local to that file, was enough
// for the compiler to call rules it had inlined: 3 to 5 % more instructions
// for `check`. So the parser keeps its state to itself and hands this file
// the part of it this file needs (Parsing), only where such a character is.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/plan_grammar.hpp"
#include "support/diagnostics.hpp"
#include "syntax/cst.hpp"

namespace planc::syntax::detail {

// The item being parsed, as far as it is (the parser's frame of it).
struct ItemSoFar {
  std::string_view& key;
  Span& key_span;
  Span& span;
  bool has_block;
  std::vector<Value>& values_so_far;
};

// The parser's state, the part of it read here.
struct Parsing {
  const char* base;
  std::size_t size;
  FileId file;
  Arena& derived;    // texts planc derives
  NameTable& names;  // where names are interned
  ItemSoFar* item;                    // none between items
  const std::vector<Item>* siblings;  // the items before it in its block, if it is in one
  // Reports an error: one after which the parser goes on as the fix would
  // have it (recovered), or one after which it skips the rest of the item.
  void* state;
  Diagnostic* (*report)(void* state, Code code, Span sp, Text message, bool recovered);

  std::uint32_t off(const char* p) const { return static_cast<std::uint32_t>(p - base); }
  Span span(std::uint32_t b, std::uint32_t e) const { return Span{file, b, e}; }
  Diagnostic* recovered(Code code, Span sp, Text message) { return report(state, code, sp, std::move(message), true); }
  Diagnostic* error(Code code, Span sp, Text message) { return report(state, code, sp, std::move(message), false); }
};

// A character pasted from Word, `ch` as written, by its code point and its
// name: "invisible character `U+200B` (zero-width space)", "`“` (`U+201C`,
// curly opening quote)".
Text stray_words(std::string_view ch, grammar::Stray kind, char32_t cp);
// The same for the character ch, if it is one of them.
std::optional<Text> stray_found(std::string_view ch);
// Where a value may be: reads the stray character at p (before e) as what it
// stands for (a space; nothing, joining the name or number it cut; `-`; a
// text in curly quotes; full-width digits, letters and signs as ASCII),
// reporting it (E015). The bytes it takes, or -1 when planc cannot tell what
// it stands for (the item's end is then expected there, and the parse error
// names the character: report_stray_error).
std::ptrdiff_t read_stray(Parsing& st, const char* p, const char* e);
// A `%` at [b, e) where a value may be (or `％`): after a number, reported
// once (E021) and read as the number (a weight or a tolerance as a share of
// 1); elsewhere a symbol. False when it is a symbol.
bool percent_sign(Parsing& st, const char* b, const char* e);
// A run of no-break spaces or zero-width characters at [b, e) where a space
// may be: between items, or after a block's `}` (after_block).
void stray_blanks(Parsing& st, const char* b, const char* e, bool after_block);
// Where a rule failed at p: at the start of an item, after a value, after a
// fraction's `/`. If p is a stray character, reports it (E015, with the fix)
// and says so.
enum class FailedAt { ItemStart, AfterValue, AfterSlash };
bool report_stray_error(Parsing& st, const char* p, FailedAt where);
// The curly quote in [b, e), if any (a text opened with `"` and closed with `”`).
std::optional<std::string_view> curly_quote_in(const char* b, const char* e);

}  // namespace planc::syntax::detail
