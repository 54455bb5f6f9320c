// Loads a plan and everything it imports: reads files (with input limits),
// parses, lowers, and follows `use` with cycle and containment checks.
#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "ast/ast.hpp"
#include "support/diagnostics.hpp"
#include "support/jobs.hpp"
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

// How long a phase took (wall clock), for `--timings`; depth 1 for a part of
// the phase before it at depth 0.
struct PhaseTime {
  const char* phase;  // "load", "validate", "check", ...
  double seconds;
  int depth = 0;
  std::size_t resident = 0;  // the process's resident bytes when it ended (0: unknown)
};

// The process's resident memory now, in bytes (Linux; 0 elsewhere).
std::size_t resident_bytes();

// Times what `f` does as `phase` into `out`.
template <typename F>
void timed(std::vector<PhaseTime>& out, const char* phase, int depth, F&& f) {
  auto start = std::chrono::steady_clock::now();
  std::size_t at = out.size();
  out.push_back({phase, 0, depth});  // before its parts
  f();
  out[at].seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out[at].resident = resident_bytes();
}

struct Program {
  SourceManager sources;
  Diagnostics diags;
  std::vector<ast::Module> modules;  // dependencies before the files that use them
  std::vector<bool> is_stdlib;       // per module
  std::size_t main = 0;              // index of the main module
  bool io_error = false;             // the main file could not be read (exit 2)
  std::size_t main_parts = 1;        // parts the main file was parsed in (Limits::threads × parts_per_thread)
  std::vector<PhaseTime> timings;    // the phases run, in order (`--timings`)
};

// Parses the file and its imports. Diagnostics are collected, never thrown.
void load(Program& p, const std::string& path, const Limits& limits = {});

// Loads an in-memory text as the main file: it may use the standard library;
// other imports are reported as not found. For fuzzing and tests.
void load_source(Program& p, const std::string& name, std::string text, const Limits& limits = {});

// Parses one in-memory text without imports (for tests and tools).
syntax::SyntaxFile parse_text(Program& p, const std::string& name, std::string text, const Limits& limits = {});

}  // namespace planc::driver
