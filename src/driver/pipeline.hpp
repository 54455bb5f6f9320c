// The whole pipeline on one file: load (parse + lower) -> check -> evaluate ->
// reconcile published figures. Each phase runs only as far as the previous
// one allows; every diagnostic is collected.
#pragma once
#include <optional>
#include <string>

#include "check/model.hpp"
#include "driver/loader.hpp"
#include "eval/evaluator.hpp"

namespace planc::driver {

struct Compilation {
  Program program;
  std::optional<check::PlanModel> model;
  std::optional<eval::Report> report;
  eval::Options eval_options;  // set before compiling

  Compilation() = default;
  Compilation(const Compilation&) = delete;  // the report points into the model
  Compilation& operator=(const Compilation&) = delete;
};

void compile(Compilation& c, const std::string& path, const Limits& limits = {});
// The same on an in-memory text (no imports but the standard library).
void compile_source(Compilation& c, const std::string& name, std::string text, const Limits& limits = {});

}  // namespace planc::driver
