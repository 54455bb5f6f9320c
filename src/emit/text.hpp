// Terminal output: the score table (`planc eval`) and the step-by-step
// explanation of one figure (`planc explain`).
#pragma once
#include <string>

#include "eval/evaluator.hpp"

namespace planc::emit {

std::string eval_table(const eval::Report& r);
// nullopt-like empty string when the id is unknown.
std::string explain(const eval::Report& r, const SourceManager& sm, const std::string& id);

}  // namespace planc::emit
