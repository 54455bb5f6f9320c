// A ranking of bodies (`planc rank DIR`): the rounds of one year and months
// that score several bodies on one plan's indicators (each round's `body`),
// ordered by one figure — the overall score, or a strategy's or an
// indicator's score — with ties sharing a rank (1, 2, 2, 4), compared
// exactly. Bodies without the figure follow, unranked, with the reason.
#pragma once
#include <string>
#include <vector>

#include "eval/evaluator.hpp"

namespace planc::report {

struct RankInput {
  std::string body;  // the round's `body` ("" : the plan's own unit)
  std::string file;  // the round's file name
  const eval::ScoredPlan* scored = nullptr;
};

struct RankOptions {
  std::string by = "overall";  // "overall", a strategy's id ("2") or an indicator's ("2.3")
  std::string lang;            // "th", "en", or "" for the plan's language
  std::string digits;          // "thai", "arabic", or "" for the plan's choice
};

struct RankRow {
  std::string rank;     // "1", "๒" ("" : not ranked)
  std::string body, file;
  std::string score, percent;  // as shown ("-" : none)
  std::string reason;          // why a body has no figure
};

struct RankModel {
  std::string lang;
  std::string title;     // "ลำดับผลการประเมิน: <plan>"
  std::string subtitle;  // what is ranked, the year and round
  std::string col_rank, col_body, col_score, col_percent;
  bool show_percent = false;
  std::vector<RankRow> rows;
};

// What `by` can name in `plan` (for a message): "overall" (unless the plan
// has no overall figure), then the strategies' ids.
std::vector<std::string> rank_choices(const eval::ScoredPlan& plan);

// The ranking. Throws std::invalid_argument when `by` names nothing of the
// plan (or "overall" in a plan with `overall none`).
RankModel rank(const std::vector<RankInput>& in, int year, int months, const RankOptions& o);

}  // namespace planc::report
