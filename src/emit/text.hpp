// Terminal output: the score table (`planc eval`) and the step-by-step
// explanation of one figure (`planc explain`).
#pragma once
#include <string>

#include "eval/evaluator.hpp"

namespace planc::emit {

std::string eval_table(const eval::ScoredPlan& r);
// nullopt-like empty string when the id is unknown.
std::string explain(const eval::ScoredPlan& r, const SourceManager& sm, const std::string& id);

}  // namespace planc::emit
