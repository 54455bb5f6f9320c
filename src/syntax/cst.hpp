// The concrete syntax tree: items with values and nested blocks, exactly as
// written. Produced by the parser (syntax/parser.cpp), consumed by the lowering
// to the typed AST (ast/lower.cpp) and by the formatter.
#pragma once
#include <string>
#include <vector>

#include "support/source.hpp"

namespace planc::syntax {

enum class ValueKind { Name, String, Text, Number, Fraction, Symbol };

struct Value {
  ValueKind kind;
  Span span;
  std::string text;    // decoded text; for numbers: ASCII digits, commas removed
  std::string raw;     // as written
  std::string den;     // fraction: the denominator (ASCII)
  bool thai_digits = false;
  bool comma_before = false;
};

struct Item {
  std::string key;
  Span key_span;
  Span span;  // the whole item
  std::vector<Value> values;
  bool has_block = false;
  bool had_error = false;  // a syntax error was reported inside this item
  Span block_open;
  std::vector<Item> children;
};

struct Comment {
  Span span;
  std::string text;
};

struct SyntaxFile {
  FileId file = 0;
  std::vector<Item> items;
  std::vector<Comment> comments;
};

const char* value_kind_name(ValueKind k);

}  // namespace planc::syntax
