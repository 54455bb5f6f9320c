#include "driver/pipeline.hpp"

#include "check/checker.hpp"
#include "check/reconcile.hpp"

namespace planc::driver {

namespace {
void phases(Compilation& c) {
  if (c.program.modules.empty()) return;
  c.model = check::check(c.program);
  if (!c.model) return;
  c.report = eval::evaluate(*c.model, c.program.diags, c.eval_options);
  check::reconcile(*c.report, c.program.diags);
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
