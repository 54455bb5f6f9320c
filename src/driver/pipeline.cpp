#include "driver/pipeline.hpp"

#include "driver/neighbours.hpp"

#include <utility>

#include "ast/ast.hpp"
#include "check/checker.hpp"
#include "emit/report.hpp"
#include "reconcile/reconcile.hpp"
#include "support/lang.hpp"

namespace planc::driver {

namespace {

// check -> eval -> reconcile, after the load; then the diagnostics made final.
void phases(Compilation& c, const Options& opts) {
  Timings* t = c.recording();
  Program& p = c.program;
  if (!p.modules.empty()) {
    check::Options co;
    co.threads = opts.limits.threads;
    co.parallel_min_indicators = opts.limits.parallel_min_indicators;
    co.timings = t;
    co.record_uses = opts.record_uses;
    timed(t, "check", 0, [&] { c.model = check::check(p, co); });
  }
  if (c.model) {
    // Each strategy is reconciled as soon as it is scored (on the thread that
    // scored it); without rows kept (`planc check`) its rows are let go then.
    eval::Options eo;
    eo.explain = opts.explain;
    eo.keep_rows = opts.keep_rows;
    eo.threads = opts.limits.threads;
    eo.parallel_min_indicators = opts.limits.parallel_min_indicators;
    eo.strategy_done = [](const eval::ScoredPlan& r, const eval::Node& s, Diagnostics& d) {
      reconcile::reconcile_strategy(r, s, d);
    };
    timed(t, "evaluate", 0, [&] {
      c.scored = eval::evaluate(*c.model, p.diags, eo);
      reconcile::reconcile_overall(*c.scored, p.diags);
    });
  }
  if (opts.strict) p.diags.promote_warnings();
  p.diags.sort();
}

}  // namespace

void compile(Compilation& c, const std::string& path, const Options& o) {
  DiskSources disk;
  const SourceProvider& sources = o.sources ? *o.sources : static_cast<const SourceProvider&>(disk);
  c.timed = o.timings;
  timed(c.recording(), "load", 0, [&] { load(c.program, path, sources, o.limits, c.recording()); });
  phases(c, o);
}

void compile_text(Compilation& c, const std::string& path, std::string text, const Options& o) {
  MemorySources none;
  const SourceProvider& sources = o.sources ? *o.sources : static_cast<const SourceProvider&>(none);
  c.timed = o.timings;
  timed(c.recording(), "load", 0,
        [&] { load_text(c.program, path, std::move(text), sources, o.limits, c.recording()); });
  phases(c, o);
}

bool draft(Compilation& c, const DraftOptions& o, emit::Sink& out, std::string* why) {
  // A report shows every row and how each figure was computed: a plan scored
  // without them (Options::keep_rows, ::explain) has no draft.
  if (!c.scored || !c.scored->rows || !c.scored->explained) return false;
  if (o.report.findings == report::Options::Findings::None) {
    const Locale l = ast::plan_locale(c.scored->model->header, parse_lang(o.report.lang));
    std::string no = handed_in_refusal(c, o.neighbours, l);
    if (!no.empty()) {
      if (why) *why = std::move(no);
      return false;
    }
  }
  Timings* t = c.recording();
  // The model a strategy at a time, emitted straight into the sink: each
  // strategy's rows are built from the scored plan, laid out and let go
  // (report::stream), so that a draft never holds a large plan's report whole.
  report::Model model;
  report::Options ro = o.report;
  if (o.neighbours && !o.neighbours->figures.rounds.empty()) ro.neighbours = &o.neighbours->figures;
  timed(t, "report", 0, [&] { model = report::stream(*c.scored, c.program.sources, c.program.diags, ro); });
  bool made = true;
  timed(t, "emit", 0, [&] {
    try {
      switch (o.format) {
        case DraftFormat::Markdown: emit::markdown(model, out); break;
        case DraftFormat::Json: emit::report_json(model, out); break;
        case DraftFormat::Csv: emit::csv(model, out); break;
        case DraftFormat::Html: emit::html(model, out); break;
        case DraftFormat::Xlsx: emit::xlsx(model, out); break;
        case DraftFormat::Docx: emit::docx(model, out); break;
        case DraftFormat::Pdf: emit::pdf(model, out); break;
      }
    } catch (const emit::EmitError& e) {
      made = false;
      if (why) *why = e.what();
    }
  });
  return made;
}

}  // namespace planc::driver
