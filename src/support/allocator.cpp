#include "support/allocator.hpp"

#include <cstdlib>  // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

#include <cstdint>

namespace planc {

void tune_allocator() {
#if defined(__GLIBC__)
  mallopt(M_TOP_PAD, static_cast<int>(kAllocatorTopPad));
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(kAllocatorMmapThreshold));
#endif
}

void prefault_heap(std::size_t bytes) {
#if defined(__GLIBC__) && defined(__linux__)
  constexpr int kPopulateWrite = 23;  // MADV_POPULATE_WRITE (Linux 5.14), not in every libc's headers
  if (bytes == 0 || bytes >= static_cast<std::size_t>(kAllocatorMmapThreshold)) return;  // a block of its own: no use
  auto* block = static_cast<char*>(std::malloc(bytes));
  if (block == nullptr) return;
  constexpr std::uintptr_t kPage = 4096;
  std::uintptr_t from = (reinterpret_cast<std::uintptr_t>(block) + kPage - 1) & ~(kPage - 1);
  std::uintptr_t to = (reinterpret_cast<std::uintptr_t>(block) + bytes) & ~(kPage - 1);
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, kPopulateWrite);  // failing, it changes nothing
  std::free(block);
#else
  (void)bytes;
#endif
}

}  // namespace planc
