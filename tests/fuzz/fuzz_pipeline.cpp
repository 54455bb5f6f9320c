// libFuzzer target: the whole pipeline (parse -> check -> evaluate ->
// reconcile -> render Markdown and HTML) on arbitrary bytes, and the
// formatter's invariants (its output parses and is a fixed point). Built with
// -DPLANC_FUZZ=ON and clang; see docs/testing.md.
#include <cstddef>
#include <cstdint>
#include <string>

#include "driver/pipeline.hpp"
#include "emit/eval_json.hpp"
#include "emit/report.hpp"
#include "emit/text.hpp"
#include "report/build.hpp"
#include "review/format.hpp"

// planc fmt's invariants: its output parses, and formatting it again changes nothing.
static void check_format(const std::string& text) {
  planc::driver::Program p;
  auto cst = planc::driver::parse_text(p, "fuzz.plan", text);
  if (p.diags.has_errors()) return;
  std::string once = planc::review::format(p.sources.get(cst.file), cst);
  planc::driver::Program q;
  auto cst2 = planc::driver::parse_text(q, "fuzz.plan", once);
  if (q.diags.has_errors()) __builtin_trap();  // the formatted text does not parse
  if (planc::review::format(q.sources.get(cst2.file), cst2) != once) __builtin_trap();  // not idempotent
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  check_format(std::string(reinterpret_cast<const char*>(data), size));
  planc::driver::Compilation c;
  planc::driver::Limits limits;
  limits.max_file_bytes = 1u << 20;
  planc::driver::compile_source(c, "fuzz.plan", std::string(reinterpret_cast<const char*>(data), size), limits);
  auto& p = c.program;
  p.diags.sort();
  for (const auto& d : p.diags.all()) (void)planc::render_text(p.sources, d, {});
  (void)planc::render_json(p.sources, p.diags.all());
  if (c.report) {
    (void)planc::emit::eval_table(*c.report);
    (void)planc::emit::eval_json(*c.report, "[]");
    (void)planc::emit::explain(*c.report, p.sources, "overall");
    for (auto& s : c.report->strategies) (void)planc::emit::explain(*c.report, p.sources, s.id);
    auto model = planc::report::build(*c.report, p.sources, p.diags, {});
    (void)planc::emit::markdown(model);
    (void)planc::emit::html(model);
    (void)planc::emit::csv(model);
    (void)planc::emit::report_json(model);
  }
  return 0;
}
