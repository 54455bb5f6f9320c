// `planc freeze ROUND.plan`: the round's computed figures written into it as
// its published `reported` figures (each row's percent, score and weighted
// score, each strategy's Σ W and score, the overall score and percent), the
// round marked `frozen "DATE"`. From then on reconciliation flags any change
// that moves a published figure (W140/W141 with a note that the round is
// frozen); a deliberate change is a restatement: `--restate "reason"` writes
// the new figures and a `restated "DATE" "reason"` line the report shows.
//
// This phase edits the text; the command line formats the result (`planc
// fmt`'s canonical layout) and writes it atomically.
#pragma once
#include <string>
#include <vector>

#include "eval/evaluator.hpp"

namespace planc::review {

struct FreezeOptions {
  std::string date;     // "2568-04-30": the day of freezing (or of the restatement)
  std::string restate;  // the reason of a restatement ("" : none)
};

struct Frozen {
  std::string text;  // the round file's new text (not yet formatted)
  // Published figures already in the file that the new ones change: "3.8
  // score 4.00 -> 3.75". A freeze that changes any needs a restatement.
  std::vector<std::string> moved;
  bool was_frozen = false;  // the round was frozen before
  bool changed = false;     // the text differs from the file's
};

// The round file `round` (the main file of the scored plan `r`) with `r`'s
// figures as its published ones. Rows and totals in other files (the plan's)
// are not touched.
Frozen freeze(const SourceFile& round, FileId round_file, const eval::ScoredPlan& r, const FreezeOptions& o);

}  // namespace planc::review
