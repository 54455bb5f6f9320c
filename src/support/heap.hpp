// The process's heap policy for a batch compiler (called once by the CLI at
// start-up; the library never calls it). See docs/performance.md.
#pragma once
#include <cstddef>

namespace planc {

// Reserves `bytes` of heap address space up front and asks the kernel to back
// it with transparent huge pages (2 MiB) where it can: a large plan's trees
// then cost one page fault per 2 MiB instead of one per 4 KiB. Nothing is
// touched, so a small plan's memory does not grow. Harmless where huge pages
// are off or under a sanitizer (then it does nothing).
void reserve_heap_with_huge_pages(std::size_t bytes);

}  // namespace planc
