// Builds the report model from the evaluated plan: chooses the labels and the
// digits, formats every figure, and attaches each diagnostic to the row or
// strategy it is about.
#pragma once
#include <cstddef>
#include <string>

#include "eval/evaluator.hpp"
#include "report/model.hpp"
#include "report/trend.hpp"
#include "support/diagnostics.hpp"

namespace planc::report {

struct Options {
  std::string lang;    // "th", "en", or "" for the plan's language
  std::string digits;  // "thai", "arabic", or "" for the plan's choice
  // stream(): threads that may build and emit strategies at once, the
  // emitter's own included (Model::threads), for a plan of at least
  // parallel_min_indicators indicators (below, starting threads costs more
  // than it saves: a draft costs some 10 µs per indicator). The draft is the
  // same whatever they are.
  std::size_t threads = 1;
  std::size_t parallel_min_indicators = 1000;
  // The earlier rounds of the year (report::neighbours), shown beside each
  // row's own result and score; null for none. It must outlive the model.
  const Neighbours* neighbours = nullptr;
  // Whether the draft is the reviewer's, with the checker's findings, or the
  // copy a unit hands in (planc render --findings none): then the model has
  // no findings (on rows, strategies or the plan), no published figures, no
  // places in the plan's files (the steps' sources, the appendix) and no
  // closing section; Model::handed_in says so to the emitters. Its figures
  // are planc's, the same as the draft's. (The driver refuses it for a round
  // with errors: driver::handed_in_refusal.)
  enum class Findings { Inline, None };
  Findings findings = Findings::Inline;
};

// The whole model, every strategy in full.
Model build(const eval::ScoredPlan& r, const SourceManager& sm, const Diagnostics& diags, const Options& o = {});

// The model a strategy at a time (planc render): strategies with their
// headings, totals and findings, and Model::full_strategy to build one in full
// from the scored plan's rows when an emitter takes it (the evaluator is never
// called again). The emitted drafts are the same as from build(). The model
// refers to `r`, `sm` and `diags`: they must outlive it.
//
// Both read the rows and steps of a plan scored with eval::Options::keep_rows
// and ::explain; without rows, the strategies have no rows, without steps no
// "how" lines.
Model stream(const eval::ScoredPlan& r, const SourceManager& sm, const Diagnostics& diags, const Options& o = {});

}  // namespace planc::report
