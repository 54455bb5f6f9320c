// Reconciliation: the figures a published report printed (`reported`) against
// the recomputed ones, at the published precision. Runs after the evaluator;
// a mismatch says by how much and, where it can, why (a row left out, a sum
// not divided by Σ W, an overall figure inheriting a strategy's error).
#pragma once
#include "eval/evaluator.hpp"
#include "support/diagnostics.hpp"

namespace planc::reconcile {

void reconcile(const eval::ScoredPlan& report, Diagnostics& diags);

// The same in two parts, for an evaluation that does not keep its rows
// (eval::Options::keep_rows): each strategy as soon as it is scored, then the
// overall figures. Together they report exactly what reconcile() reports.
void reconcile_strategy(const eval::ScoredPlan& report, const eval::Node& strategy, Diagnostics& diags);
void reconcile_overall(const eval::ScoredPlan& report, Diagnostics& diags);

}  // namespace planc::reconcile
