// Runs independent jobs on threads: the front end checks and parses the parts
// of a large file with it (driver/loader.cpp), the checker and the evaluator
// work through runs of strategies (check/checker.cpp, eval/evaluator.cpp), and
// a report draft's strategies are built and laid out ahead of the writing
// (emit/strategies.hpp).
#pragma once
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace planc {

// Runs job(0) … job(n - 1) on `workers` threads (this one and workers - 1
// others; all n when not given), each taking the next job not yet taken, in
// order, until none is left: with more jobs than threads, a thread that
// finishes early takes more of them, so jobs of unequal length (or a thread
// the machine slows down) still end together. When the system will not start
// a thread, this one runs the jobs left. Returns when all are done. An
// exception a job throws is rethrown here (the first job's in order), never
// lost on its thread.
template <typename Job>
void run_jobs(std::size_t n, const Job& job, std::size_t workers = SIZE_MAX) {
  std::vector<std::exception_ptr> failed(n);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1, std::memory_order_relaxed)) < n;) {
      try {
        job(k);
      } catch (...) {
        failed[k] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> threads;
    try {
      for (std::size_t t = 1; t < std::min(n, workers); ++t) threads.emplace_back(work);
    } catch (const std::system_error&) {
      // out of threads: fewer of them take the jobs
    }
    work();
  }  // joined
  for (auto& e : failed)
    if (e) std::rethrow_exception(e);
}

// Calls consume(make(0)), consume(make(1)), … consume(make(n - 1)) in this
// order on this thread, while `workers` other threads make the items, at most
// `ahead` of them in front of the one consumed (memory stays bounded). Without
// workers (or when the system will not start a thread) this thread makes each
// item itself. An exception from make or consume stops the workers and is
// rethrown here, the first one in order of the items.
template <typename T, typename Make, typename Consume>
void pipeline(std::size_t n, std::size_t workers, std::size_t ahead, const Make& make, const Consume& consume) {
  if (workers == 0 || n < 2) {
    for (std::size_t k = 0; k < n; ++k) consume(make(k));
    return;
  }
  ahead = std::max(ahead, workers);
  std::vector<std::optional<T>> slot(ahead);  // item k in slot k % ahead
  std::vector<std::exception_ptr> failed(ahead);
  std::mutex mu;
  std::condition_variable cv;
  std::size_t next = 0, consumed = 0;
  bool stop = false;
  auto work = [&] {
    for (;;) {
      std::size_t k;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return stop || next >= n || next < consumed + ahead; });
        if (stop || next >= n) return;
        k = next++;
      }
      std::optional<T> item;
      std::exception_ptr error;
      try {
        item.emplace(make(k));
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard lock(mu);
        if (error) failed[k % ahead] = error;
        else slot[k % ahead] = std::move(item);
      }
      cv.notify_all();
      if (error) return;
    }
  };
  std::vector<std::jthread> threads;
  // Declared after the threads, so destroyed before them: the workers are told
  // to stop before they are joined, however this function is left.
  struct Stop {
    std::mutex& mu;
    std::condition_variable& cv;
    bool& stop;
    ~Stop() {
      {
        std::lock_guard lock(mu);
        stop = true;
      }
      cv.notify_all();
    }
  } stopper{mu, cv, stop};
  try {
    for (std::size_t w = 0; w < workers; ++w) threads.emplace_back(work);
  } catch (const std::system_error&) {
    // fewer threads: the ones started do the work
  }
  for (std::size_t k = 0; k < n; ++k) {
    std::optional<T> item;
    if (threads.empty()) {
      item.emplace(make(k));
    } else {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return slot[k % ahead].has_value() || failed[k % ahead]; });
      if (failed[k % ahead]) std::rethrow_exception(failed[k % ahead]);
      item = std::move(slot[k % ahead]);
      slot[k % ahead].reset();
      ++consumed;
    }
    cv.notify_all();
    consume(*item);
  }
}

// Work is cut into this many jobs per thread (the parts of a large file, the
// runs of strategies the checker and the evaluator take), for run_jobs to
// hand out as threads finish: one job per thread would leave a thread idle
// whenever its share happened to take longer (a part with more results than
// strategies, a core the virtual machine slowed). docs/performance.md.
inline constexpr std::size_t kJobsPerThread = 4;

// Where to cut a sequence of items into runs of about equal work, `work(i)`
// being item i's, kJobsPerThread runs per thread (at most as many as items):
// offsets from 0 to `count`, one more than the runs. Fewer than three offsets
// (one run) when `threads` < 2, there are fewer than two items, or the total
// work is below `min_total`. Run them with run_jobs(runs, job, threads).
template <typename Work>
std::vector<std::size_t> balanced_cuts(std::size_t count, std::size_t threads, std::size_t min_total, Work&& work) {
  if (threads < 2) return {};
  std::size_t n = std::min(std::min(threads, std::size_t{64}) * kJobsPerThread, count);
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
