// The threading of the checker and the evaluator, in one object: a plan's
// strategies cut into runs of about equal work (kJobsPerThread per thread,
// taken by the threads as they finish one), each run reporting into
// diagnostics of its own, joined in the strategies' order. What a phase makes
// is the same whatever the number of threads. Below `min_work` work, or with
// one thread, there is one run, on this thread, reporting straight into the
// phase's diagnostics.
#pragma once
#include <cstddef>
#include <vector>

#include "support/diagnostics.hpp"
#include "support/jobs.hpp"

namespace planc {

class StrategyRuns {
 public:
  // `work(k)`: the work of item k (a strategy's indicators).
  template <typename Work>
  StrategyRuns(std::size_t count, std::size_t threads, std::size_t min_work, Work&& work)
      : count_(count), threads_(threads), cuts_(balanced_cuts(count, threads, min_work, work)) {}

  bool parallel() const { return cuts_.size() >= 3; }
  std::size_t size() const { return parallel() ? cuts_.size() - 1 : 1; }

  // Calls run(k, from, to, diags) for each run k of items [from, to), on the
  // threads when parallel(); then appends each run's diagnostics to `into`,
  // in order. A run's other output is the caller's to join (by k, in order).
  template <typename Run>
  void each(Diagnostics& into, const Run& run) const {
    if (!parallel()) {
      run(std::size_t{0}, std::size_t{0}, count_, into);
      return;
    }
    std::vector<Diagnostics> diags(size());
    run_jobs(size(), [&](std::size_t k) { run(k, cuts_[k], cuts_[k + 1], diags[k]); }, threads_);
    for (Diagnostics& d : diags) into.append(std::move(d));
  }

 private:
  std::size_t count_, threads_;
  std::vector<std::size_t> cuts_;
};

}  // namespace planc
