// A monotonic arena: what is put in stays where it is until the arena is
// reset or destroyed, so trees can hold views and spans into it. Two uses:
// the texts planc derives from a source file (unescaped strings, dedented text
// blocks, numbers with Thai digits converted: SourceFile::derived, never
// reset), and the items and values of concrete trees (syntax::Item, reset
// after each top-level item is lowered, its blocks reused for the next).
#pragma once
#include <algorithm>
#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace planc {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) noexcept = default;  // the blocks stay where they are
  Arena& operator=(Arena&&) noexcept = default;

  // Copies s into the arena.
  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    auto* p = static_cast<char*>(allocate(s.size(), 1));
    std::char_traits<char>::copy(p, s.data(), s.size());
    return {p, s.size()};
  }
  // Copies the elements of v (plain data) into the arena, contiguously.
  template <typename T>
  std::span<const T> copy(const std::vector<T>& v) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (v.empty()) return {};
    T* p = static_cast<T*>(allocate(v.size() * sizeof(T), alignof(T)));
    std::uninitialized_copy(v.begin(), v.end(), p);
    return {p, v.size()};
  }
  // Takes over the blocks of `o` (what was put in them stays where it is)
  // without filling them further: they go before the block being filled.
  void absorb(Arena&& o) {
    std::size_t n = o.blocks_.size();
    blocks_.insert(blocks_.begin() + static_cast<std::ptrdiff_t>(current_), std::make_move_iterator(o.blocks_.begin()),
                   std::make_move_iterator(o.blocks_.end()));
    current_ += n;
    o.blocks_.clear();
    o.current_ = o.used_ = 0;
  }
  // Forgets everything allocated; keeps the memory for what comes next.
  void reset() {
    current_ = 0;
    used_ = 0;
  }

 private:
  static constexpr std::size_t kBlock = 64 * 1024;
  struct Block {
    std::unique_ptr<std::byte[]> data;
    std::size_t size;
  };
  std::vector<Block> blocks_;
  std::size_t current_ = 0, used_ = 0;  // the block being filled, and how far

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
      std::size_t size = std::max(kBlock, n + align);  // a large piece gets a block of its own
      blocks_.push_back({std::make_unique_for_overwrite<std::byte[]>(size), size});
    }
  }
};

}  // namespace planc
