// Runs independent jobs on threads: the front end checks and parses the parts
// of a large file with it (driver/loader.cpp), the checker and the evaluator
// work through runs of strategies (check/checker.cpp, eval/evaluator.cpp).
#pragma once
#include <algorithm>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace planc {

// Runs job(0) … job(n - 1), job(0) on this thread and each other on a thread
// of its own; when the system will not start a thread, the jobs left run here,
// one after another. Returns when all are done. An exception a job throws is
// rethrown here (the first job's in order), never lost on its thread.
template <typename Job>
void run_jobs(std::size_t n, const Job& job) {
  std::vector<std::exception_ptr> failed(n);
  auto guarded = [&](std::size_t k) {
    try {
      job(k);
    } catch (...) {
      failed[k] = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;
    std::size_t started = 1;
    try {
      for (; started < n; ++started) threads.emplace_back(guarded, started);
    } catch (const std::system_error&) {
      // out of threads: the rest below
    }
    if (n > 0) guarded(0);
    for (std::size_t k = started; k < n; ++k) guarded(k);
  }  // joined
  for (auto& e : failed)
    if (e) std::rethrow_exception(e);
}

// Where to cut a sequence of items into at most `threads` runs of about equal
// work, `work(i)` being item i's: offsets from 0 to `count`, one more than the
// runs. Fewer than three offsets (one run) when `threads` < 2, there are
// fewer than two items, or the total work is below `min_total`.
template <typename Work>
std::vector<std::size_t> balanced_cuts(std::size_t count, std::size_t threads, std::size_t min_total, Work&& work) {
  std::size_t n = std::min({threads, std::size_t{64}, count});
  if (n < 2) return {};
  std::size_t total = 0;
  for (std::size_t i = 0; i < count; ++i) total += work(i);
  if (total < min_total) return {};
  std::vector<std::size_t> cuts{0};
  std::size_t acc = 0;
  for (std::size_t i = 0; i < count; ++i) {
    acc += work(i) + 1;  // + 1: an item costs something even without work of its own
    if (acc * n >= (total + count) * cuts.size() && cuts.size() < n) cuts.push_back(i + 1);
  }
  if (cuts.back() != count) cuts.push_back(count);
  return cuts;
}

}  // namespace planc
