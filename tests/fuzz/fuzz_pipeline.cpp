// libFuzzer target: the whole pipeline (parse -> check -> evaluate ->
// reconcile -> render Markdown and HTML) on arbitrary bytes; the same output
// when the text is parsed in parts by 2 to 4 threads (driver/loader.cpp) and
// its strategies checked and scored by as many (check/, eval/); the same
// drafts when they are made as planc render makes them (no rows kept, the
// model streamed, strategies scored again and laid out on threads); and
// the formatter's invariants (its output parses and is a fixed point). Built with
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

// Everything planc prints for a text: diagnostics (text and JSON), the score
// table, the JSON, every explanation, and the four drafts (also in `drafts`).
static std::string everything(const std::string& text, const planc::driver::Limits& limits,
                              std::string* drafts = nullptr) {
  planc::driver::Compilation c;
  planc::driver::compile_text(c, "fuzz.plan", text, planc::driver::Options{.limits = limits});
  auto& p = c.program;
  p.diags.sort();
  std::string out;
  for (const auto& d : p.diags.all()) out += planc::render_text(p.sources, d, {});
  // And in Thai with Thai digits: every registry text with whatever arguments the input gave.
  for (const auto& d : p.diags.all())
    out += planc::render_text(p.sources, d, {.color = false, .locale = {planc::Lang::Th, true}});
  out += planc::render_json(p.sources, p.diags.all());
  if (c.scored) {
    // The table and every explanation in both languages: the Thai words of each
    // step (report/steps.cpp) with whatever figures and text the input gave.
    const planc::Locale en{}, th{planc::Lang::Th, true, "", ""};
    for (const planc::Locale* l : {&en, &th}) {
      out += planc::emit::eval_table(*c.scored, *l);
      out += planc::emit::explain(*c.scored, p.sources, "overall", *l);
      for (auto& s : c.scored->strategies) {
        out += planc::emit::explain(*c.scored, p.sources, s.id, *l);
        for (auto& i : s.children) out += planc::emit::explain(*c.scored, p.sources, i.id, *l);
      }
    }
    out += planc::emit::eval_json(*c.scored, "[]");
    auto model = planc::report::build(*c.scored, p.sources, p.diags, {});
    std::string d = planc::emit::markdown(model) + planc::emit::html(model) + planc::emit::csv(model) +
                    planc::emit::report_json(model);
    out += d;
    if (drafts) *drafts = std::move(d);
  }
  return out;
}

// The four drafts as planc render makes them: the evaluation keeps no rows or
// steps, the report is streamed (report::stream), `threads` lay it out.
static std::string streamed_drafts(const std::string& text, const planc::driver::Limits& limits, std::size_t threads) {
  planc::driver::Compilation c;
  planc::driver::compile_text(c, "fuzz.plan", text, planc::driver::Options{.limits = limits});
  if (!c.scored) return {};
  c.program.diags.sort();  // as planc prints them, before the drafts (and as everything() does)
  planc::report::Options o;
  o.threads = threads;
  o.parallel_min_indicators = 0;  // threads even for a small plan
  auto model = planc::report::stream(*c.scored, c.program.sources, c.program.diags, o);
  return planc::emit::markdown(model) + planc::emit::html(model) + planc::emit::csv(model) +
         planc::emit::report_json(model);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  check_format(text);
  planc::driver::Limits once;
  once.max_file_bytes = 1u << 20;
  once.threads = 1;
  std::string drafts;
  std::string expected = everything(text, once, &drafts);
  // The same text parsed in parts, one to four per thread (the path of files
  // of 8 MiB and more), checked and scored by threads: whatever the cuts,
  // planc must print exactly the same.
  planc::driver::Limits parts = once;
  parts.threads = 2 + size % 3;
  parts.parts_per_thread = 1 + (size / 3) % 4;
  parts.parallel_min_bytes = 0;
  parts.parallel_min_indicators = 0;  // threads check and score even a small plan
  if (everything(text, parts) != expected) __builtin_trap();
  if (streamed_drafts(text, once, 1 + size % 4) != drafts) __builtin_trap();
  return 0;
}
