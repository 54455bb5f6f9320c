// The concrete syntax tree: items with values and nested blocks, exactly as
// written. Produced by the parser (syntax/parser.cpp), consumed by the lowering
// to the typed AST (ast/lower.cpp) and by the formatter.
//
// The tree holds no text of its own: every string is a view into the source
// file, or, for text planc had to decode (escapes, text-block indentation,
// Thai digits, thousands separators), into the file's arena
// (SourceFile::derived). Both live as long as the SourceManager.
#pragma once
#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "support/source.hpp"

namespace planc::syntax {

enum class ValueKind { Name, String, Text, Number, Fraction, Symbol };

struct Value {
  ValueKind kind;
  Span span;
  std::string_view text;  // decoded text; for numbers: ASCII digits, commas removed
  std::string_view raw;   // as written
  std::string_view den;   // fraction: the denominator (ASCII)
  bool thai_digits = false;
  bool comma_before = false;
};

// Items and values are plain data (trivially destructible): an item's values
// and children are contiguous arrays in an Arena, not vectors of their own.
struct Item {
  std::string_view key;
  Span key_span;
  Span span;  // the whole item
  std::span<const Value> values;
  bool has_block = false;
  bool had_error = false;  // a syntax error was reported inside this item
  Span block_open;
  std::span<const Item> children;
};

struct Comment {
  Span span;
  std::string_view text;
};

struct SyntaxFile {
  FileId file = 0;
  std::vector<Item> items;
  std::vector<Comment> comments;
  std::unique_ptr<Arena> arena;  // owns the items' values and children
};

// Receives each top-level item as soon as it is parsed (see syntax::parse):
// the compiler lowers it at once, so the concrete tree of a whole file never
// exists in memory at the same time.
using ItemSink = std::function<void(Item&&)>;

const char* value_kind_name(ValueKind k);

}  // namespace planc::syntax
