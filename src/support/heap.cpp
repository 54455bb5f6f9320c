#include "support/heap.hpp"

#include <cstdint>
#include <cstdlib>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLANC_NO_HEAP_POLICY 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PLANC_NO_HEAP_POLICY 1
#endif

namespace planc {

void reserve_heap_with_huge_pages(std::size_t bytes) {
#ifndef PLANC_NO_HEAP_POLICY
  constexpr std::uintptr_t kHuge = 2u << 20;
  // Allocations up to 32 MiB come from the heap (not one mmap each), the heap
  // grows by `bytes` at a time, and freed memory at its top is kept.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TOP_PAD, static_cast<int>(bytes));
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(bytes));
  auto start = reinterpret_cast<std::uintptr_t>(sbrk(0));
  // One allocation larger than the heap's free top makes it grow (by `bytes`
  // more, the pad); freeing it keeps the space for what comes.
  void* volatile p = std::malloc(1 << 20);  // volatile: the compiler may not drop the pair
  std::free(p);
  auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  std::uintptr_t from = (start + kHuge - 1) & ~(kHuge - 1);
  if (end > from + kHuge) madvise(reinterpret_cast<void*>(from), (end - from) & ~(kHuge - 1), MADV_HUGEPAGE);
#else
  (void)bytes;
#endif
}

}  // namespace planc
