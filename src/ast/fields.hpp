// Field types that keep AST nodes small. A plan of a million indicators holds
// a million Indicator and Result nodes, so every byte of them is a megabyte:
// docs/performance.md has the sizes. They read like std::optional and
// std::vector, so the phases after the AST do not see the difference.
//
//   Opt<T>   an optional T (Text, Name, Number, Target: nodes with a span)
//            that is present unless its span says "absent": no separate flag
//            and its padding, 8 bytes less than std::optional<T>.
//   Box<T>   an optional T that is rarely present (a round's own weight, a
//            result's wording): one pointer, the T on the heap when present.
//   List<T>  a sequence of exactly its elements: pointer and 32-bit size
//            (16 bytes, std::vector is 24), never any spare capacity. Built
//            whole from a std::vector (it has no push_back).
//   Slice<T> the same, for the short lists nearly every indicator has (its
//            offices, a result's value): the elements live in the module's
//            Pool<T>, many lists to one allocation, no heap block each.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

#include "support/source.hpp"

namespace planc::ast {

// The file id an absent Opt<T> keeps in its value's span. Not kNoFile, so a
// present value with no span (made by a tool, not parsed) is still present.
inline constexpr FileId kAbsent = kNoFile - 1;

template <typename T>
class Opt {
 public:
  Opt() { v_.span.file = kAbsent; }
  Opt(std::nullopt_t) : Opt() {}
  Opt(const T& v) : v_(v) {}
  Opt(T&& v) : v_(std::move(v)) {}
  Opt(const std::optional<T>& o) : Opt() {
    if (o) v_ = *o;
  }
  Opt(std::optional<T>&& o) : Opt() {
    if (o) v_ = std::move(*o);
  }
  Opt& operator=(std::nullopt_t) {
    reset();
    return *this;
  }

  bool has_value() const { return v_.span.file != kAbsent; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return v_; }
  T& operator*() { return v_; }
  const T* operator->() const { return &v_; }
  T* operator->() { return &v_; }
  const T& value() const {
    if (!has_value()) throw std::bad_optional_access();
    return v_;
  }
  const T* get() const { return has_value() ? &v_ : nullptr; }  // nullptr when absent
  void reset() { *this = Opt(); }

 private:
  T v_;
};

template <typename T>
class Box {
 public:
  Box() = default;
  Box(std::nullopt_t) {}
  Box(const T& v) : p_(std::make_unique<T>(v)) {}
  Box(T&& v) : p_(std::make_unique<T>(std::move(v))) {}
  Box(const std::optional<T>& o) {
    if (o) p_ = std::make_unique<T>(*o);
  }
  Box(std::optional<T>&& o) {
    if (o) p_ = std::make_unique<T>(std::move(*o));
  }
  Box(const Box& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  Box& operator=(std::nullopt_t) {
    p_.reset();
    return *this;
  }

  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *p_; }
  T& operator*() { return *p_; }
  const T* operator->() const { return p_.get(); }
  T* operator->() { return p_.get(); }
  const T& value() const {
    if (!p_) throw std::bad_optional_access();
    return *p_;
  }
  const T* get() const { return p_.get(); }  // nullptr when absent
  void reset() { p_.reset(); }

 private:
  std::unique_ptr<T> p_;
};

template <typename T>
class List {
 public:
  List() = default;
  List(std::vector<T>&& v) { assign(std::move(v)); }
  List(const List& o) { copy_from(o); }
  List(List&& o) noexcept : p_(std::exchange(o.p_, nullptr)), n_(std::exchange(o.n_, 0)) {}
  List& operator=(const List& o) {
    if (this != &o) {
      List tmp(o);
      swap(tmp);
    }
    return *this;
  }
  List& operator=(List&& o) noexcept {
    List tmp(std::move(o));
    swap(tmp);
    return *this;
  }
  List& operator=(std::vector<T>&& v) {
    List tmp(std::move(v));
    swap(tmp);
    return *this;
  }
  ~List() { delete[] p_; }

  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const T* begin() const { return p_; }
  const T* end() const { return p_ + n_; }
  T* begin() { return p_; }
  T* end() { return p_ + n_; }
  const T& operator[](std::size_t i) const { return p_[i]; }
  T& operator[](std::size_t i) { return p_[i]; }
  const T& front() const { return p_[0]; }
  const T& back() const { return p_[n_ - 1]; }
  const T& at(std::size_t i) const {
    if (i >= n_) throw std::out_of_range("List::at");
    return p_[i];
  }
  void swap(List& o) noexcept {
    std::swap(p_, o.p_);
    std::swap(n_, o.n_);
  }

 private:
  T* p_ = nullptr;
  std::uint32_t n_ = 0;

  void assign(std::vector<T>&& v) {
    if (v.empty()) return;
    if (v.size() > UINT32_MAX) throw std::length_error("List: too many elements");
    p_ = new T[v.size()];
    std::move(v.begin(), v.end(), p_);
    n_ = static_cast<std::uint32_t>(v.size());
  }
  void copy_from(const List& o) {
    if (o.empty()) return;
    p_ = new T[o.n_];
    std::copy(o.begin(), o.end(), p_);
    n_ = o.n_;
  }
};

// A range of elements kept by a Pool (which outlives it): copying a Slice
// copies the view, not the elements.
template <typename T>
class Slice {
 public:
  Slice() = default;
  Slice(T* p, std::uint32_t n) : p_(p), n_(n) {}
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const T* begin() const { return p_; }
  const T* end() const { return p_ + n_; }
  const T& operator[](std::size_t i) const { return p_[i]; }
  const T& front() const { return p_[0]; }
  const T& back() const { return p_[n_ - 1]; }
  const T& at(std::size_t i) const {
    if (i >= n_) throw std::out_of_range("Slice::at");
    return p_[i];
  }

 private:
  T* p_ = nullptr;
  std::uint32_t n_ = 0;
};

// Where a module's Slices keep their elements: blocks of a few thousand, each
// list contiguous inside one block (a long list gets a block of its own).
// Elements never move; they are destroyed with the pool.
template <typename T>
class Pool {
 public:
  static constexpr std::size_t kBlock = 4096;  // elements
  Pool() = default;
  Pool(Pool&& o) noexcept : blocks_(std::move(o.blocks_)) { o.blocks_.clear(); }
  Pool& operator=(Pool&& o) noexcept {
    if (this != &o) {
      clear();
      blocks_ = std::move(o.blocks_);
      o.blocks_.clear();
    }
    return *this;
  }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;
  ~Pool() { clear(); }

  // Takes over the blocks of `o`: its Slices stay valid, kept by this pool.
  void append(Pool&& o) {
    blocks_.insert(blocks_.begin(), o.blocks_.begin(), o.blocks_.end());  // not the one being filled
    o.blocks_.clear();
  }
  Slice<T> put(std::vector<T>&& v) {
    if (v.empty()) return {};
    if (v.size() > UINT32_MAX) throw std::length_error("Pool: too many elements");
    if (blocks_.empty() || blocks_.back().cap - blocks_.back().used < v.size())
      blocks_.push_back(Block{std::allocator<T>().allocate(std::max(kBlock, v.size())), std::max(kBlock, v.size()), 0});
    Block& b = blocks_.back();
    T* at = b.p + b.used;
    std::uninitialized_move(v.begin(), v.end(), at);
    b.used += v.size();
    return Slice<T>(at, static_cast<std::uint32_t>(v.size()));
  }

 private:
  struct Block {
    T* p;
    std::size_t cap, used;
  };
  std::vector<Block> blocks_;
  void clear() {
    for (Block& b : blocks_) {
      std::destroy_n(b.p, b.used);
      std::allocator<T>().deallocate(b.p, b.cap);
    }
    blocks_.clear();
  }
};

}  // namespace planc::ast
