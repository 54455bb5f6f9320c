// The C library's allocator, set for how planc allocates: a large plan's
// trees are built by two threads at once, grow to hundreds of megabytes, and
// are never freed (see main). Called once, first thing, by planc and by the
// benchmarks; a program that does not call it gets the same results.
#pragma once
#include <cstddef>

namespace planc {

// The settings (glibc; elsewhere nothing is changed):
//  - M_TOP_PAD 64 MiB: a heap grows 64 MiB at a time. By default glibc grows
//    the main heap (brk) 128 KiB at a time and a thread's heap exactly as far
//    as each allocation needs (mprotect): ~22 000 such calls at 1M
//    indicators, each taking the address-space lock that the other thread's
//    page faults wait for. Address space only: a page is resident when used.
//  - M_MMAP_THRESHOLD 32 MiB (glibc's maximum): a block of up to 32 MiB comes
//    from the heap, not from a mapping of its own made and unmade, page faults
//    again, each time a vector grows past 128 KiB.
// Measured at 1M indicators (docs/performance.md, eighth round).
void tune_allocator();

// Asks the kernel at once for the pages of the next `bytes` that this thread
// will allocate (glibc: a block taken from the top of the thread's heap, its
// pages populated with MADV_POPULATE_WRITE, and given back: the next blocks
// are cut from the same, now resident, memory). One call per few megabytes
// instead of a page fault per 4 KiB page: on this virtual machine a fault
// costs ~3 µs, populating ~40 % less per page. The loader calls it as it
// parses a large file (Limits::release_window). Elsewhere, or on a kernel
// without MADV_POPULATE_WRITE (before Linux 5.14), it does nothing.
void prefault_heap(std::size_t bytes);

inline constexpr long kAllocatorTopPad = 64L << 20;
inline constexpr long kAllocatorMmapThreshold = 32L << 20;

}  // namespace planc
