// `planc diff`: what a change to a plan does, in the plan's terms (indicators
// added, removed, renumbered; units, targets, weights, scales, results,
// offices, budgets changed) and in its scores (each changed indicator, each
// strategy, the overall score; indicators that crossed a band). Formatting and
// digit systems are not changes.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "eval/evaluator.hpp"

namespace planc::review {

struct FieldChange {
  std::string field, before, after;
};

struct IndicatorChange {
  std::string id, old_id;  // old_id differs when renumbered
  std::string title;
  std::string kind;        // "added", "removed", "renumbered", "changed", "score"
  std::vector<FieldChange> fields;
  std::optional<Rational> score_before, score_after, weighted_before, weighted_after;
  int band_before = -1, band_after = -1;  // the report's band column, 1..5 (report::band); -1: no score
};

struct ScoreChange {
  std::string id, title;
  std::optional<Rational> before, after;
};

struct PlanDiff {
  std::string name;  // the file compared
  std::vector<FieldChange> plan_fields;  // header, round, scales
  std::vector<IndicatorChange> indicators;
  std::vector<ScoreChange> strategies;
  ScoreChange overall, overall_percent;
  bool empty() const;
};

PlanDiff diff(const eval::ScoredPlan& before, const eval::ScoredPlan& after, const std::string& name);

std::string to_text(const std::vector<PlanDiff>& ds);
std::string to_markdown(const std::vector<PlanDiff>& ds);
std::string to_json(const std::vector<PlanDiff>& ds);

}  // namespace planc::review
