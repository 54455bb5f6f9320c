// A monotonic arena for text: bytes are copied in once and stay where they
// are until the arena is destroyed, so trees can hold std::string_view into it.
// Used for the few texts planc derives from a source file (unescaped strings,
// dedented text blocks, numbers with Thai digits converted); everything else
// in the trees is a view into the source file itself.
#pragma once
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace planc {

class TextArena {
 public:
  TextArena() = default;
  TextArena(const TextArena&) = delete;
  TextArena& operator=(const TextArena&) = delete;

  // Copies s into the arena; the view stays valid as long as the arena.
  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    char* p = allocate(s.size());
    std::char_traits<char>::copy(p, s.data(), s.size());
    return {p, s.size()};
  }
  // Room for n bytes, to be filled by the caller.
  char* allocate(std::size_t n) {
    if (n > kBlock / 4) return new_block(n);  // a large text gets a block of its own
    if (n > left_) {
      next_ = new_block(kBlock);
      left_ = kBlock;
    }
    char* p = next_;
    next_ += n;
    left_ -= n;
    return p;
  }

 private:
  static constexpr std::size_t kBlock = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;

  char* new_block(std::size_t size) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    return blocks_.back().get();
  }
};

}  // namespace planc
