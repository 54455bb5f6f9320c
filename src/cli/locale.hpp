// The language planc speaks in a run: --lang, else the plan's `language` (and
// its digits), else the environment's locale.
#pragma once
#include <string>

#include "driver/loader.hpp"
#include "support/lang.hpp"

namespace planc::cli {

// The plan header of a compiled program (null when it has none: a round whose
// plan did not load, a file that is not a plan).
const ast::PlanHeader* plan_header(const driver::Program& p);

// `lang` is --lang ("th", "en" or empty).
Locale locale_of(const driver::Program& p, const std::string& lang);

}  // namespace planc::cli
