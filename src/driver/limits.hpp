// What the loader accepts (file sizes, nesting, imports) and how it shares
// work between threads: parsing a large file in parts, checking and scoring
// a large plan in runs of strategies (check::Options, eval::Options).
#pragma once
#include <cstddef>

#include "support/jobs.hpp"

namespace planc::driver {

struct Limits {
  // 1 GiB: a consolidated plan of some 2.5 million indicators. Never more
  // than kMaxFileBytes, whatever is asked: spans hold 32-bit byte offsets.
  std::size_t max_file_bytes = std::size_t{1} << 30;
  static constexpr std::size_t kMaxFileBytes = 0xFFFFFFFEu;
  std::size_t max_depth = 64;              // nested blocks
  std::size_t max_imports = 256;
  // Parsed source leaves resident memory this many bytes at a time (whole
  // pages; 0: never). See SourceFile::release and docs/performance.md.
  std::size_t release_window = std::size_t{4} << 20;
  // A file of at least parallel_min_bytes is parsed by this many threads, in
  // parts (1: one thread, at once). The output is the same whatever the number.
  std::size_t threads = default_threads();
  std::size_t parallel_min_bytes = std::size_t{8} << 20;
  // Parts per thread: each thread takes the next part when it finishes one,
  // so parts that take unequal time (strategies and results cost differently
  // per byte; a virtual machine slows one core now and then) still end
  // together. More parts cost a name table and a join each (docs/performance.md).
  std::size_t parts_per_thread = kJobsPerThread;
  // A plan of at least this many indicators is checked and scored by
  // `threads` threads, in runs of strategies (check::Options, eval::Options).
  std::size_t parallel_min_indicators = 16384;
  static std::size_t default_threads();
};

}  // namespace planc::driver
