// A sequence that grows in chunks: elements never move once added (the
// checker keeps pointers to them), no reallocation copies them, and the
// memory is the elements themselves plus a pointer and a count per chunk.
// Used for the rows a plan has one of per indicator (its results). std::deque
// keeps its elements in place too, but libstdc++ gives a 300-byte element a
// block of its own: one allocation per result, where this makes one per 256.
// Two sequences join in constant time per chunk (`append`), which is how the
// modules parsed by several threads become one (driver/loader.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <new>
#include <stdexcept>
#include <vector>

namespace planc {

template <typename T, std::size_t ChunkSize = 256>
class Chunked {
 public:
  Chunked() = default;
  Chunked(Chunked&& o) noexcept : chunks_(std::move(o.chunks_)), size_(o.size_) {
    o.chunks_.clear();
    o.size_ = 0;
  }
  Chunked& operator=(Chunked&& o) noexcept {
    if (this != &o) {
      clear();
      chunks_ = std::move(o.chunks_);
      size_ = o.size_;
      o.chunks_.clear();
      o.size_ = 0;
    }
    return *this;
  }
  Chunked(const Chunked&) = delete;
  Chunked& operator=(const Chunked&) = delete;
  ~Chunked() { clear(); }

  void push_back(T&& v) {
    if (chunks_.empty() || chunks_.back().count == ChunkSize)
      chunks_.push_back({std::make_unique_for_overwrite<Storage[]>(ChunkSize), 0});
    Chunk& c = chunks_.back();
    new (c.data[c.count].b) T(std::move(v));
    ++c.count;
    ++size_;
  }
  // Moves the chunks of `o` after these elements: no element moves or copies.
  void append(Chunked&& o) {
    for (Chunk& c : o.chunks_) chunks_.push_back(std::move(c));
    size_ += o.size_;
    o.chunks_.clear();
    o.size_ = 0;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // The i-th element, walking the chunks (for tests and the odd look-up;
  // iterate to visit them all).
  const T& at(std::size_t i) const {
    if (i >= size_) throw std::out_of_range("Chunked::at");
    for (const Chunk& c : chunks_) {
      if (i < c.count) return c.get(i);
      i -= c.count;
    }
    throw std::out_of_range("Chunked::at");
  }
  void clear() {
    for (Chunk& c : chunks_)
      for (std::uint32_t i = 0; i < c.count; ++i) c.get(i).~T();
    chunks_.clear();
    size_ = 0;
  }

 private:
  struct Storage {
    alignas(T) std::byte b[sizeof(T)];
  };
  struct Chunk {
    std::unique_ptr<Storage[]> data;
    std::uint32_t count;
    T& get(std::size_t i) { return *std::launder(reinterpret_cast<T*>(data[i].b)); }
    const T& get(std::size_t i) const { return *std::launder(reinterpret_cast<const T*>(data[i].b)); }
  };
  std::vector<Chunk> chunks_;
  std::size_t size_ = 0;

 public:
  template <typename C, typename V>
  struct Iter {
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = V*;
    using reference = V&;
    C* chunks;
    std::size_t chunk, i;  // chunk == chunks->size() at the end
    V& operator*() const { return (*chunks)[chunk].get(i); }
    V* operator->() const { return &**this; }
    Iter& operator++() {
      if (++i == (*chunks)[chunk].count) {
        ++chunk;
        i = 0;
      }
      return *this;
    }
    Iter operator++(int) {
      Iter t = *this;
      ++*this;
      return t;
    }
    bool operator==(const Iter& o) const { return chunk == o.chunk && i == o.i; }
  };
  using iterator = Iter<std::vector<Chunk>, T>;
  using const_iterator = Iter<const std::vector<Chunk>, const T>;
  // Chunks are never empty, so (chunk, 0) past the last one is the end.
  iterator begin() { return {&chunks_, 0, 0}; }
  iterator end() { return {&chunks_, chunks_.size(), 0}; }
  const_iterator begin() const { return {&chunks_, 0, 0}; }
  const_iterator end() const { return {&chunks_, chunks_.size(), 0}; }
};

}  // namespace planc
