// How a figure was computed, one step at a time, as the evaluator records it:
// a kind and its figures, never a sentence (report/steps.hpp words them).
#pragma once
#include <string>
#include <vector>

#include "support/source.hpp"

namespace planc::eval {

// What one step of "how this figure was computed" did. The evaluator
// records the kind and its figures; the words are the report's, in the
// report's or the reader's language (report/steps.hpp): this phase writes no
// sentence. Each kind's comment lists its args in order.
enum class StepKind : unsigned char {
  // a row (indicator, sub-indicator)
  Cancelled,           // reason
  NotStarted,          // months of the round it starts with
  NoResult,            // -
  ResultNa,            // reason
  ResultCancelled,     // reason
  NaNoWeight,          // - (an NA row carries no weight)
  CancelledNoWeight,   // -
  RollUpNa,            // - (no weighted sub-indicator has a result)
  SubIndicators,       // terms, Σ w, score
  ResultSumCount,      // sum, count, value (as published)
  ResultAggregate,     // aggregate (mean, sum, min, max), the values, value
  Result,              // the value as written, value
  Given,               // score (basis given)
  LevelReached,        // value, the levels, level; "short" / "at" / "between" / "beyond", k, the levels' number
  OfValue,             // scale
  Direct,              // percent (basis direct)
  PercentAtMostZero,   // target; parts: [Compound]
  PercentAtMost,       // target, value, percent; parts: [Compound]
  Percent,             // value, target, percent; parts: [Compound]
  Compound,            // first part, last part, months (the part of a compound target)
  Score,               // scale, score, rounded score or ""; parts: [how the scale read it]
  WeightOnce,          // - (`overall rows`: each indicator once)
  SubUnweighted,       // -
  NoWeight,            // -
  Weight,              // weight as written; under `weights percent`, the fraction it stands for
  WeightOfRound,       // the same, the round's
  Weighted,            // W, SM, W × SM
  Deducted,            // score, amount, result, "floored" or "", reason
  Added,               // score, amount, result, "floored" or "", reason
  // how a scale read x (a Score's part)
  NoPoints,            // -
  BelowProportional,   // first x, first score, x
  BelowZero,           // first x, first score
  BelowFirst,          // first x, first score
  AtPoint,             // x, score
  AboveCapped,         // last x, last score
  AboveExtended,       // x, score, last x, last score (the last two points)
  Steps,               // x, score, next x, next score
  Linear,              // x, score, next x, next score, the x read
  Capped,              // -
  // a strategy
  StrategyNa,          // -
  StrategyOnce,        // the scores, their number, score, "rounded" or ""
  SumWeighted,         // terms, Σ (W × SM)
  SumWeights,          // Σ W, rows
  DroppedOut,          // Σ W; parts: [DroppedRow]
  DroppedRow,          // id, weight, "cancelled" / "not started" / "NA"
  StrategyScore,       // Σ (W × SM), Σ W, score, "rounded" or ""
  AsPercent,           // score, scale, percent, the scale's title ("" when none)
  StrategyWeighted,    // W, score, W × score
  Points,              // terms, points, full marks
  PointsPercent,       // points, full marks, percent (of the full marks)
  // a group
  GroupNa,             // -
  GroupPoints,         // terms, points
  GroupScore,          // terms, Σ W, score
  GroupWeighted,       // W, score, W × score
  // the plan
  OverallNone,         // -
  OverallWeighted,     // terms, Σ W, score
  OverallMean,         // strategies, terms, score
  OverallPoints,       // terms, points, full marks
  OverallPointsPercent,  // points, full marks, percent
  OverallWhole,        // terms, Σ W, score
  OverallEveryRow,     // rows, Σ SM by strategy, Σ SM, score
  OverallGroupPoints,  // terms, points
  OverallGroups,       // terms, Σ W, score
};

// One step of how a figure was computed (planc explain, a draft's
// "how it was computed"). Computed figures are decimals in ASCII digits; a
// result or a weight is as the plan wrote it (๒,๗๒๘, ๐.๓๔); reasons and
// names are the plan's text.
struct Step {
  StepKind kind;
  std::vector<std::string> args;  // its figures and names, in the order its kind lists them
  Span span;                      // the source it came from, if any
  std::vector<Step> parts;        // the steps within it: a scale's reading, the rows dropped out
};

}  // namespace planc::eval
