// The checker: resolves names across modules, checks numbering, units and
// targets, weights (exactly, in rational arithmetic) and budgets, and builds
// the PlanModel the evaluator reads. Collects every diagnostic; never stops at
// the first.
#pragma once
#include <optional>

#include "check/model.hpp"
#include "driver/loader.hpp"

namespace planc::check {

struct Options {
  // A plan of at least parallel_min_indicators indicators has its strategies
  // checked by this many threads, in runs of strategies (kJobsPerThread per
  // thread) each taken by the next thread free. The model and the
  // diagnostics are the same whatever the number.
  std::size_t threads = 1;
  std::size_t parallel_min_indicators = 16384;
};

// Returns the model when the plan is complete enough to evaluate (it may still
// carry errors in Diagnostics; the evaluator skips what cannot be computed).
std::optional<PlanModel> check(driver::Program& program, const Options& o = {});

// The target that applies in a round of `months` (compound targets ๖/๑๒ give
// one part per round: 6 and 12 months; 3 parts: 6, 9, 12; 4 parts: 3, 6, 9, 12).
std::optional<Rational> target_for_round(const ast::Target& t, std::optional<int> months);

}  // namespace planc::check
