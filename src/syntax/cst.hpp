// The concrete syntax tree: items with values and nested blocks, exactly as
// written. Produced by the parser (syntax/parser.cpp), consumed by the lowering
// to the typed AST (ast/lower.cpp) and by the formatter.
//
// The tree holds no text of its own: every string is a view into the source
// file, or, for text planc had to decode (escapes, text-block indentation,
// Thai digits, thousands separators), into the file's arena
// (SourceFile::derived). Both live as long as the SourceManager.
#pragma once
#include <algorithm>
#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <type_traits>
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
// and children are contiguous arrays in a TreeArena, not vectors of their own.
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

// A monotonic arena for the items and values of concrete trees. The compiler
// resets it after each top-level item is lowered, so a whole file's tree never
// exists at once and its memory is reused from item to item.
class TreeArena {
 public:
  TreeArena() = default;
  TreeArena(const TreeArena&) = delete;
  TreeArena& operator=(const TreeArena&) = delete;

  template <typename T>
  std::span<const T> copy(const std::vector<T>& v) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (v.empty()) return {};
    T* p = static_cast<T*>(allocate(v.size() * sizeof(T), alignof(T)));
    std::uninitialized_copy(v.begin(), v.end(), p);
    return {p, v.size()};
  }
  // Forgets everything allocated; keeps the memory for what comes next.
  void reset() {
    current_ = 0;
    used_ = 0;
  }

 private:
  static constexpr std::size_t kBlock = 256 * 1024;
  struct Block {
    std::unique_ptr<std::byte[]> data;
    std::size_t size;
  };
  std::vector<Block> blocks_;
  std::size_t current_ = 0, used_ = 0;

  void* allocate(std::size_t n, std::size_t align) {
    for (;;) {
      if (current_ < blocks_.size()) {
        std::size_t at = (used_ + align - 1) & ~(align - 1);
        if (at + n <= blocks_[current_].size) {
          used_ = at + n;
          return blocks_[current_].data.get() + at;
        }
        ++current_;
        used_ = 0;
        continue;
      }
      std::size_t size = std::max(kBlock, n + align);
      blocks_.push_back({std::make_unique_for_overwrite<std::byte[]>(size), size});
    }
  }
};

struct Comment {
  Span span;
  std::string_view text;
};

struct SyntaxFile {
  FileId file = 0;
  std::vector<Item> items;
  std::vector<Comment> comments;
  std::unique_ptr<TreeArena> arena;  // owns the items' values and children
};

// Receives each top-level item as soon as it is parsed (see syntax::parse):
// the compiler lowers it at once, so the concrete tree of a whole file never
// exists in memory at the same time.
using ItemSink = std::function<void(Item&&)>;

const char* value_kind_name(ValueKind k);

}  // namespace planc::syntax
