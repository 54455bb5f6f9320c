#include "driver/pipeline.hpp"

#include "check/checker.hpp"
#include "check/reconcile.hpp"

namespace planc::driver {

namespace {
void phases(Compilation& c) {
  if (c.program.modules.empty()) return;
  c.model = check::check(c.program);
  if (!c.model) return;
  Diagnostics& diags = c.program.diags;
  if (c.eval_options.keep_rows) {
    c.report = eval::evaluate(*c.model, diags, c.eval_options);
    check::reconcile(*c.report, diags);
    return;
  }
  // Rows are not kept: each strategy is reconciled as soon as it is scored.
  eval::Options o = c.eval_options;
  o.strategy_done = [&](const eval::Report& r, const eval::Node& s) { check::reconcile_strategy(r, s, diags); };
  c.report = eval::evaluate(*c.model, diags, o);
  check::reconcile_overall(*c.report, diags);
}
}  // namespace

void compile_source(Compilation& c, const std::string& name, std::string text, const Limits& limits) {
  load_source(c.program, name, std::move(text), limits);
  phases(c);
}

void compile(Compilation& c, const std::string& path, const Limits& limits) {
  load(c.program, path, limits);
  phases(c);
}

}  // namespace planc::driver
