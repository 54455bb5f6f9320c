// A sequence that grows in fixed chunks: elements never move once added (the
// checker keeps pointers to them), no reallocation copies them, and the
// memory is the elements themselves plus one pointer per chunk. Used for the
// rows a plan has one of per indicator (its results). std::deque keeps its
// elements in place too, but libstdc++ gives a 300-byte element a block of
// its own: one allocation per result, where this makes one per 256.
#pragma once
#include <cstddef>
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
    if (size_ % ChunkSize == 0) chunks_.push_back(std::make_unique_for_overwrite<Storage[]>(ChunkSize));
    new (slot(size_)) T(std::move(v));
    ++size_;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) { return *std::launder(reinterpret_cast<T*>(slot(i))); }
  const T& operator[](std::size_t i) const {
    return *std::launder(reinterpret_cast<const T*>(const_cast<Chunked*>(this)->slot(i)));
  }
  const T& at(std::size_t i) const {
    if (i >= size_) throw std::out_of_range("Chunked::at");
    return (*this)[i];
  }
  T& back() { return (*this)[size_ - 1]; }
  void clear() {
    for (std::size_t i = 0; i < size_; ++i) (*this)[i].~T();
    chunks_.clear();
    size_ = 0;
  }

  template <typename C, typename V>
  struct Iter {
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = V*;
    using reference = V&;
    C* c;
    std::size_t i;
    V& operator*() const { return (*c)[i]; }
    V* operator->() const { return &(*c)[i]; }
    Iter& operator++() {
      ++i;
      return *this;
    }
    Iter operator++(int) {
      Iter t = *this;
      ++i;
      return t;
    }
    bool operator==(const Iter& o) const { return i == o.i; }
  };
  using iterator = Iter<Chunked, T>;
  using const_iterator = Iter<const Chunked, const T>;
  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  struct Storage {
    alignas(T) std::byte b[sizeof(T)];
  };
  std::vector<std::unique_ptr<Storage[]>> chunks_;
  std::size_t size_ = 0;

  void* slot(std::size_t i) { return chunks_[i / ChunkSize][i % ChunkSize].b; }
};

}  // namespace planc
