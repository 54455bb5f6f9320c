// Builds the report model from the evaluated plan: chooses the labels and the
// digits, formats every figure, and attaches each diagnostic to the row or
// strategy it is about.
#pragma once
#include <string>

#include "eval/evaluator.hpp"
#include "report/model.hpp"
#include "support/diagnostics.hpp"

namespace planc::report {

struct Options {
  std::string lang;    // "th", "en", or "" for the plan's language
  std::string digits;  // "thai", "arabic", or "" for the plan's choice
};

Model build(const eval::Report& r, const SourceManager& sm, const Diagnostics& diags, const Options& o = {});

}  // namespace planc::report
