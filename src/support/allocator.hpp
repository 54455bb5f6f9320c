// The C library's allocator, set for how planc allocates: a large plan's
// trees are built by two threads at once, grow to hundreds of megabytes, and
// are never freed (see main). Called once, first thing, by planc and by the
// benchmarks; a program that does not call it gets the same results.
#pragma once

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

inline constexpr long kAllocatorTopPad = 64L << 20;
inline constexpr long kAllocatorMmapThreshold = 32L << 20;

}  // namespace planc
