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
  // threads when parallel(); then, in order, appends each run's diagnostics
  // to `into` and calls join(k), which joins the run's other output (and may
  // report into `into` itself, after that run's diagnostics).
  template <typename Run, typename Join = void (*)(std::size_t)>
  void each(Diagnostics& into, const Run& run, const Join& join = [](std::size_t) {}) const {
    if (!parallel()) {
      run(std::size_t{0}, std::size_t{0}, count_, into);
      join(std::size_t{0});
      return;
    }
    std::vector<Diagnostics> diags(size());
    run_jobs(size(), [&](std::size_t k) { run(k, cuts_[k], cuts_[k + 1], diags[k]); }, threads_);
    for (std::size_t k = 0; k < size(); ++k) {
      into.append(std::move(diags[k]));
      join(k);
    }
  }

 private:
  std::size_t count_, threads_;
  std::vector<std::size_t> cuts_;
};

}  // namespace planc
