// The checker: resolves names across modules, checks numbering, units and
// targets, weights (exactly, in rational arithmetic) and budgets, and builds
// the PlanModel the evaluator reads. Collects every diagnostic; never stops at
// the first.
#pragma once
#include <optional>

#include "check/model.hpp"
#include "ast/program.hpp"
#include "support/timing.hpp"

namespace planc::check {

struct Options {
  // A plan of at least parallel_min_indicators indicators has its strategies
  // checked by this many threads, in runs of strategies (kJobsPerThread per
  // thread) each taken by the next thread free. The model and the
  // diagnostics are the same whatever the number.
  std::size_t threads = 1;
  std::size_t parallel_min_indicators = 16384;
  Timings* timings = nullptr;  // its parts are timed into this, when given (`--timings`)
  // Every name's use is recorded with its declaration (PlanModel::uses(): an
  // editor's go-to-definition, find-references, rename). Off for `planc
  // check`, `eval` and `render`, which never ask.
  bool record_uses = false;
};

// Returns the model when the plan is complete enough to evaluate (it may still
// carry errors in Diagnostics; the evaluator skips what cannot be computed).
std::optional<PlanModel> check(ast::Program& program, const Options& o = {});


}  // namespace planc::check
