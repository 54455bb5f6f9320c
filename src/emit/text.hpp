// Terminal output: the score table (`planc eval`) and the step-by-step
// explanation of one figure (`planc explain`).
#pragma once
#include <string>

#include "eval/evaluator.hpp"
#include "support/lang.hpp"

namespace planc::emit {

// In the locale's language and digits, with the plan's words for its levels.
std::string eval_table(const eval::ScoredPlan& r, const Locale& l);
// In the locale's language and digits, with the plan's words for its levels;
// an empty string when the id is unknown.
std::string explain(const eval::ScoredPlan& r, const SourceManager& sm, const std::string& id, const Locale& l);

}  // namespace planc::emit
