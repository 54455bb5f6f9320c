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
#include "review/diag_diff.hpp"

namespace planc::json {
class Writer;
}

namespace planc::review {

// Lists of more rows than this are folded (<details>) in a pull-request comment.
inline constexpr std::size_t kOpenRows = 15;

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

// In the locale's language and digits (field names, values and titles as the
// plan writes them); JSON is the same in every language.
std::string to_text(const std::vector<PlanDiff>& ds, const Locale& l = {});
std::string to_markdown(const std::vector<PlanDiff>& ds, const Locale& l = {});
std::string to_json(const std::vector<PlanDiff>& ds);
// The same array into a writer (a piece of a larger document).
void write_json(json::Writer& w, const std::vector<PlanDiff>& ds);

// A file compared whose old or new version cannot be scored (its errors are
// among the diagnostics).
struct Unscored {
  std::string file;
  bool before = false, after = false;
};

// All `planc diff` says about a change: the diagnostics it introduces and
// resolves, the round files added and removed, then what it does to each
// round's scores.
struct Review {
  std::string path;  // what was compared, as given (NEW, or the PATH of --git)
  DiagnosticChanges diagnostics;
  std::vector<std::string> added, removed;  // files of only the new, only the old version
  std::vector<Unscored> unscored;
  std::vector<PlanDiff> plans;
};

// In the locale's language; Markdown is the
// pull-request comment: a verdict, the diagnostics, then the scores.
std::string to_text(const Review& r, const Locale& l);
std::string to_markdown(const Review& r, const Locale& l);
std::string to_json(const Review& r, const Locale& l);

}  // namespace planc::review
