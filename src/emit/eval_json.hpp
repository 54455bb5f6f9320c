// `planc eval --format json`: the evaluated plan as one JSON object (schema in
// docs/eval-json.md). Emitters only format; they never compute.
#pragma once
#include <string>

#include "eval/evaluator.hpp"

namespace planc::emit {

std::string eval_json(const eval::ScoredPlan& r, const std::string& diagnostics_json);
std::string number_json(const std::optional<Rational>& r);

}  // namespace planc::emit
