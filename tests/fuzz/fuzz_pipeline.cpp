// libFuzzer target: the whole pipeline (parse -> check -> evaluate ->
// reconcile -> render Markdown and HTML) on arbitrary bytes. Built with
// -DPLANC_FUZZ=ON and clang; see docs/testing.md.
#include <cstddef>
#include <cstdint>
#include <string>

#include "driver/pipeline.hpp"
#include "emit/eval_json.hpp"
#include "emit/report.hpp"
#include "emit/text.hpp"
#include "report/build.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
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
