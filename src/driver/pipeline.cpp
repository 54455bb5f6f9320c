#include "driver/pipeline.hpp"

#include <chrono>

#include "check/checker.hpp"
#include "check/reconcile.hpp"

namespace planc::driver {

namespace {

// Times what `f` does as `phase` in c.timings.
template <typename F>
void timed(Compilation& c, const char* phase, F&& f) {
  auto start = std::chrono::steady_clock::now();
  f();
  c.timings.push_back({phase, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()});
}

void phases(Compilation& c, const Limits& limits) {
  if (c.program.modules.empty()) return;
  timed(c, "check", [&] { c.model = check::check(c.program); });
  if (!c.model) return;
  Diagnostics& diags = c.program.diags;
  // Each strategy is reconciled as soon as it is scored (on the thread that
  // scored it); without rows kept (`planc check`) its rows are let go then.
  eval::Options o = c.eval_options;
  o.threads = limits.threads;
  o.strategy_done = [](const eval::Report& r, const eval::Node& s, Diagnostics& d) {
    check::reconcile_strategy(r, s, d);
  };
  timed(c, "evaluate", [&] {
    c.report = eval::evaluate(*c.model, diags, o);
    check::reconcile_overall(*c.report, diags);
  });
}
}  // namespace

void compile_source(Compilation& c, const std::string& name, std::string text, const Limits& limits) {
  timed(c, "load", [&] { load_source(c.program, name, std::move(text), limits); });
  phases(c, limits);
}

void compile(Compilation& c, const std::string& path, const Limits& limits) {
  timed(c, "load", [&] { load(c.program, path, limits); });
  phases(c, limits);
}

}  // namespace planc::driver
