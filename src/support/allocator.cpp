#include "support/allocator.hpp"

#include <cstdlib>  // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace planc {

void tune_allocator() {
#if defined(__GLIBC__)
  mallopt(M_TOP_PAD, static_cast<int>(kAllocatorTopPad));
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(kAllocatorMmapThreshold));
#endif
}

}  // namespace planc
