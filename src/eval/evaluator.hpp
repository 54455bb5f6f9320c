// The evaluator: percent of target, score through the scale, weighted score,
// strategy score Σ(W×SM)/ΣW, overall score and percent. Exact arithmetic;
// rounding only where the round's policy says (`rounding rows N`).
#pragma once
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "check/model.hpp"
#include "eval/step.hpp"
#include "support/diagnostics.hpp"

namespace planc::eval {

enum class Status { Scored, Na, Unweighted, Missing, Error };
// Why a row is NA (Status::Na): NA with a reason in the round, cancelled (in
// the plan or in the round), or not yet started (`starts` a later round); a
// strategy, a group or an indicator of weighted sub-indicators: nothing of it
// is scored in this round (its na_reason says so in English; the report
// words it in its language, report/steps.hpp).
enum class NaKind : unsigned char { Na, Cancelled, NotStarted, NothingScored };
const char* to_string(Status s);

struct Node {
  std::string id;
  std::string_view kind;  // "group", "strategy", "indicator", "sub-indicator" (a literal)
  std::string_view title;  // a view into the source (see ast::Text)
  Span span;
  Status status = Status::Missing;
  NaKind na_kind = NaKind::Na;
  std::string_view na_reason;  // a view into the source, or a fixed text
  std::optional<Rational> value, target, weight, percent, score, weighted;
  // A row scored against a target: whether it reached it. A percent of
  // target of 100 or more; a result that is itself the percent (`basis
  // direct`) against its target's value (`>= 80`: 87.5 reached it). None
  // when nothing says (levels, a given score, a target in words).
  std::optional<bool> met;
  std::optional<Rational> weight_sum, weighted_sum;  // strategies
  std::optional<Rational> score_sum;  // strategies: Σ SM of the rows in Σ W (`overall rows`)
  std::size_t rows_scored = 0;       // strategies: those rows
  // Strategies of `overall rows` whose scored rows have no weight of their own
  // (a QA table): each counts once, and the score is their mean (Σ SM ÷ n).
  bool once = false;
  // A row the round adjusts (`deduct 1.2 0.2 "..."`): the score its scale gave
  // before the adjustments, which places it in a band (none otherwise).
  std::optional<Rational> scaled;
  std::vector<Step> steps;
  std::vector<Node> children;
  // A strategy's rows (indicators and their sub-indicators) by Status, counted
  // as they are scored: the counts stay when the rows are let go (keep_rows).
  std::array<int, 5> rows_by_status{};
  // Of the Missing ones, the sub-indicators without a result under an NA
  // indicator: not assessed either (a strategy of only these and NA rows has
  // nothing to compare a printed figure with, W145), yet not NA rows of their own.
  int missing_under_na = 0;
  // A strategy's rows in error that would have entered its sums (a row of
  // non-zero weight, or counted once under `overall rows`; a weighted
  // sub-indicator, whose indicator's score they make): its figures and those
  // above it are then short by them (reconcile: follow-ons not said).
  int errors_in_sums = 0;
  std::string first_error_in_sums;  // the first such row's id
  const check::IndicatorModel* indicator = nullptr;
  const check::StrategyModel* strategy = nullptr;
};

struct ScoredPlan {
  std::string title;
  std::optional<Rational> score, percent;
  std::vector<Step> steps;
  std::vector<Node> strategies;
  std::vector<Node> groups;  // the plan's groups above strategies (check::PlanModel::groups), if any
  const check::PlanModel* model = nullptr;
  int places = 2;  // display places
  bool rows = true, explained = true;  // Options::keep_rows and ::explain of the evaluation
};

struct Options {
  // Record how each figure was computed (Node::steps, for `planc explain` and
  // the report drafts). Off for `planc check` and `planc eval`: the figures
  // and diagnostics are the same either way. The overall score's one step
  // (ScoredPlan::steps) is recorded either way.
  bool explain = true;
  // Keep each strategy's indicator rows in the ScoredPlan. `planc check` shows no
  // rows: it reconciles each strategy as soon as it is scored (strategy_done)
  // and lets its rows go, so a large plan's scores are never all in memory.
  bool keep_rows = true;
  // Called with each strategy as soon as it is scored, and the diagnostics to
  // report into: the seam through which the driver reconciles each strategy
  // (reconcile/) before its rows are let go, without this phase knowing of it. With several threads it is called from each of them at once
  // (for different strategies, each run of them with diagnostics of its own,
  // added to the plan's in the order of the strategies when all are done).
  std::function<void(const ScoredPlan&, const Node& strategy, Diagnostics&)> strategy_done;
  // A plan of at least parallel_min_indicators indicators is scored by this
  // many threads, in runs of consecutive strategies (kJobsPerThread per
  // thread) each taken by the next thread free (strategies are independent
  // once the checker has matched results). The report and the diagnostics
  // are the same whatever the number.
  std::size_t threads = 1;
  std::size_t parallel_min_indicators = 16384;
};

ScoredPlan evaluate(const check::PlanModel& m, Diagnostics& diags, const Options& o = {});

// Finds a node by id ("3", "3.8", "2.2.1"), or nullptr.
const Node* find(const ScoredPlan& r, const std::string& id);

}  // namespace planc::eval
