#include "driver/pipeline.hpp"

#include "check/checker.hpp"
#include "check/reconcile.hpp"

namespace planc::driver {

namespace {

void phases(Compilation& c, const Limits& limits) {
  if (c.program.modules.empty()) return;
  check::Options co;
  co.threads = limits.threads;
  co.parallel_min_indicators = limits.parallel_min_indicators;
  timed(c.program.timings, "check", 0, [&] { c.model = check::check(c.program, co); });
  if (!c.model) return;
  Diagnostics& diags = c.program.diags;
  // Each strategy is reconciled as soon as it is scored (on the thread that
  // scored it); without rows kept (`planc check`) its rows are let go then.
  eval::Options o = c.eval_options;
  o.threads = limits.threads;
  o.parallel_min_indicators = limits.parallel_min_indicators;
  o.strategy_done = [](const eval::Report& r, const eval::Node& s, Diagnostics& d) {
    check::reconcile_strategy(r, s, d);
  };
  timed(c.program.timings, "evaluate", 0, [&] {
    c.report = eval::evaluate(*c.model, diags, o);
    check::reconcile_overall(*c.report, diags);
  });
}
}  // namespace

void compile_source(Compilation& c, const std::string& name, std::string text, const Limits& limits) {
  timed(c.program.timings, "load", 0, [&] { load_source(c.program, name, std::move(text), limits); });
  phases(c, limits);
}

void compile(Compilation& c, const std::string& path, const Limits& limits) {
  timed(c.program.timings, "load", 0, [&] { load(c.program, path, limits); });
  phases(c, limits);
}

}  // namespace planc::driver
