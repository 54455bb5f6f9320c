#include "driver/pipeline.hpp"

#include "driver/neighbours.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "ast/ast.hpp"
#include "check/checker.hpp"
#include "emit/report.hpp"
#include "reconcile/reconcile.hpp"
#include "support/diagnostics.hpp"
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

std::string handed_in_refusal(const Compilation& c, const Neighbourhood* near, const Locale& l) {
  const bool th = l.lang == Lang::Th;
  // Each file with errors, by its own errors, named as the diagnostics name
  // it: an error in the plan file the rounds share is the plan file's, said
  // once, not each round's (as neighbourhood()'s W045 counts them).
  std::vector<std::pair<std::string, std::size_t>> files;
  auto add = [&](const std::string& file) {
    auto at = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.first == file; });
    if (at == files.end()) files.push_back({file, 1});
    else ++at->second;
  };
  const ast::Program& p = c.program;
  auto main_of = [](const ast::Program& q) -> const SourceFile* {
    return q.main < q.modules.size() ? &q.sources.get(q.modules[q.main].file) : nullptr;
  };
  const SourceFile* main = main_of(p);
  std::set<std::string> ours;  // this round's files (paths)
  for (std::size_t f = 0; f < p.sources.size(); ++f) ours.insert(p.sources.get(static_cast<FileId>(f)).path);
  // A neighbour's file, named beside this round's as the run names it ("dir/2566-12m-self.plan").
  auto beside = [&](const std::string& path) {
    if (!main) return path;
    return (std::filesystem::path(main->name).parent_path() / std::filesystem::path(path).filename()).string();
  };
  for (const Diagnostic& d : p.diags.all())
    if (d.severity == Severity::Error) add(d.span.valid() ? p.sources.get(d.span.file).name : main ? main->name : "");
  if (near) {
    for (const FolderRound& r : near->rounds) {
      const ast::Program& q = r.compilation->program;
      for (const Diagnostic& d : q.diags.all()) {
        if (d.severity != Severity::Error) continue;
        const SourceFile* f = d.span.valid() ? &q.sources.get(d.span.file) : main_of(q);
        if (f && ours.count(f->path)) continue;  // said with this round's
        add(beside(f ? f->path : r.path));
      }
    }
    for (const UnreadFile& u : near->unread) files.push_back({beside(u.path), u.errors});
  }
  std::string list;
  for (const auto& [file, n] : files) {
    if (!n) continue;
    const std::string count = in_digits(std::to_string(n), l);
    list += list.empty() ? "" : ", ";
    list += th ? fmt::format("{} มีข้อผิดพลาด {} รายการ", file, count)
               : fmt::format("{} has {} error{}", file, count, n == 1 ? "" : "s");
  }
  if (list.empty()) return "";
  return th ? fmt::format("ฉบับส่ง (--findings none) ทำได้เมื่อรอบนี้และรอบที่รายงานแสดงคู่กันไม่มีข้อผิดพลาด แต่ {} "
                          "ตรวจด้วย planc check แล้วแก้ก่อน หรือทำร่างฉบับตรวจทาน (ไม่ใส่ --findings none)",
                          list)
            : fmt::format("the copy to hand in (--findings none) is made only when this round and the rounds its "
                          "report shows beside it have no errors, and {}; find them with planc check and fix them "
                          "first, or render the reviewer's draft (without --findings none)",
                          list);
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
