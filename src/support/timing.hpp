// How long each phase of a run took (wall clock) and the resident memory after
// it, for `--timings`. A phase records itself only when given a list to record
// into: the phases below the driver take a `Timings*` that may be null.
#pragma once
#include <chrono>
#include <cstddef>
#include <vector>

namespace planc {

struct PhaseTime {
  const char* phase;  // "load", "validate", "check", ...
  double seconds;
  int depth = 0;             // 1 for a part of the phase before it at depth 0
  std::size_t resident = 0;  // the process's resident bytes when it ended (0: unknown)
};
using Timings = std::vector<PhaseTime>;

// The process's resident memory now, in bytes (Linux; 0 elsewhere).
std::size_t resident_bytes();

// Times what `f` does as `phase` into `out`; just runs it when `out` is null.
template <typename F>
void timed(Timings* out, const char* phase, int depth, F&& f) {
  if (!out) {
    f();
    return;
  }
  auto start = std::chrono::steady_clock::now();
  std::size_t at = out->size();
  out->push_back({phase, 0, depth});  // before its parts
  f();
  (*out)[at].seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  (*out)[at].resident = resident_bytes();
}

}  // namespace planc
