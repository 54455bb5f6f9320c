// Loads a plan and everything it imports: reads files through a source
// provider (driver/sources.hpp) with input limits, parses, lowers, and follows
// `use` with cycle and containment checks. Its product is an ast::Program.
#pragma once
#include <string>

#include "ast/program.hpp"
#include "driver/sources.hpp"
#include "support/jobs.hpp"
#include "support/timing.hpp"
#include "syntax/cst.hpp"

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

using ast::Program;

// Parses the file at `path` and its imports, all read from `sources`.
// Diagnostics are collected, never thrown. The phases it runs are timed into
// `timings` when one is given (`--timings`).
void load(Program& p, const std::string& path, const SourceProvider& sources, const Limits& limits = {},
          Timings* timings = nullptr);
// The same from the disk.
void load(Program& p, const std::string& path, const Limits& limits = {}, Timings* timings = nullptr);

// The main file given as text (an editor's unsaved buffer, a test), as if it
// were at `path`: its `use`s are resolved from there and read from `sources`.
void load_text(Program& p, const std::string& path, std::string text, const SourceProvider& sources,
               const Limits& limits = {}, Timings* timings = nullptr);

// An in-memory text as the main file, with no files beside it: it may use the
// standard library; other imports are reported as not found. For fuzzing and tests.
void load_source(Program& p, const std::string& name, std::string text, const Limits& limits = {},
                 Timings* timings = nullptr);

// Parses one in-memory text without imports (for tests and tools).
syntax::SyntaxFile parse_text(Program& p, const std::string& name, std::string text, const Limits& limits = {});

}  // namespace planc::driver
