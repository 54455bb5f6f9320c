// Interned names. Every name a plan writes (units, offices, scales, projects)
// is kept once: the trees hold views into this table, not into the source
// file, so the phases after parsing never need the source file's pages for a
// name (the loader lets those pages go once parsed: MappedText::release).
// Threads that parse parts of one file each intern into a table of their own,
// absorbed into the compilation's afterwards: a name is then kept once per
// part, and names are compared by their text, never by their address.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "support/arena.hpp"

namespace planc {

class NameTable {
 public:
  NameTable() : slots_(kInitial) {}
  NameTable(const NameTable&) = delete;
  NameTable& operator=(const NameTable&) = delete;
  NameTable(NameTable&&) noexcept = default;  // the names stay where they are
  NameTable& operator=(NameTable&&) noexcept = default;

  // The one stored copy of s (made on first sight).
  std::string_view intern(std::string_view s) {
    if (s.empty()) return {};
    ready();
    std::uint32_t h = hash(s);
    // The names a plan repeats (offices, units, scales) are a few dozen,
    // found in a small table of the names seen last before the whole one:
    // a plan's own names (a project each, a hundred thousand at 1M
    // indicators) made it megabytes, a cache miss at each look-up.
    Slot& recent = recent_[h & (kRecent - 1)];
    if (recent.hash == h && recent.data != nullptr && std::string_view(recent.data, recent.size) == s)
      return {recent.data, recent.size};
    Slot& slot = slots_[probe(s, h)];
    if (slot.data == nullptr) {
      const char* kept = arena_.keep(s).data();
      slot = Slot{kept, static_cast<std::uint32_t>(s.size()), h};
      recent = slot;
      if (++size_ * 4 > slots_.size() * 3) grow();
      return {kept, s.size()};
    }
    recent = slot;
    return {slot.data, slot.size};
  }
  std::size_t size() const { return size_; }
  // Keeps the names of `o` (and the views into them valid) in this table.
  void absorb(NameTable&& o) {
    ready();
    arena_.absorb(std::move(o.arena_));
    for (const Slot& s : o.slots_) {
      if (s.data == nullptr) continue;
      Slot& slot = slots_[probe({s.data, s.size}, s.hash)];
      if (slot.data != nullptr) continue;  // already here: its copy in o's arena stays for o's views
      slot = s;
      if (++size_ * 4 > slots_.size() * 3) grow();
    }
    o.slots_.clear();
    o.recent_ = {};
    o.size_ = 0;
  }

 private:
  struct Slot {
    const char* data = nullptr;
    std::uint32_t size = 0;
    std::uint32_t hash = 0;
  };
  static constexpr std::size_t kInitial = 256;  // a power of two
  static constexpr std::size_t kRecent = 256;   // a power of two: 4 KiB
  Arena arena_;
  std::vector<Slot> slots_;
  std::array<Slot, kRecent> recent_{};  // by hash: the last name seen with it (a copy of its slot)
  std::size_t size_ = 0;

  // Eight bytes at a time, each word mixed in with a multiply (FNV-1a's byte
  // at a time was a chain of dependent multiplies, one per byte of a Thai
  // name), folded to 32 bits. Only equality within one table depends on it.
  static std::uint32_t hash(std::string_view s) {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * k;
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * k;
      h ^= h >> 29;
    }
    if (n > 0) {
      std::uint64_t w = 0;
      std::memcpy(&w, p, n);
      h = (h ^ w) * k;
      h ^= h >> 29;
    }
    h *= k;
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }
  // A table moved from has no slots (its names went with the move): it starts
  // again empty, recent names included.
  void ready() {
    if (!slots_.empty()) return;
    slots_.resize(kInitial);
    recent_ = {};
  }
  // The slot that holds s, or the empty slot where it belongs.
  std::size_t probe(std::string_view s, std::uint32_t h) const {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    for (; slots_[i].data != nullptr; i = (i + 1) & mask)
      if (slots_[i].hash == h && std::string_view(slots_[i].data, slots_[i].size) == s) break;
    return i;
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.data == nullptr) continue;
      std::size_t i = s.hash & mask;
      while (slots_[i].data != nullptr) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
};

}  // namespace planc
