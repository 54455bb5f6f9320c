#include "cli/trend.hpp"

#include <algorithm>
#include <filesystem>

#include "cli/folder.hpp"
#include "driver/folder.hpp"
#include "emit/trend.hpp"
#include "report/trend.hpp"

namespace planc::cli {

CLI::App* add_trend(CLI::App& app, TrendCommand& t) {
  auto* cmd = app.add_subcommand("trend", "a plan folder's rounds side by side: scores, indicators and budgets "
                                          "round by round (text, JSON, Markdown, HTML, PDF or CSV)");
  add_common(cmd, t.c);
  cmd->get_option("FILE")->required(false)->description("the plan folder (default: this folder)");
  cmd->add_option("--format", t.format, "text, json, md, html, pdf or csv (default text)")
      ->check(CLI::IsMember({"text", "json", "md", "html", "pdf", "csv"}));
  cmd->add_option("-o,--output", t.out, "write to this file instead of standard output");
  cmd->add_option("--digits", t.digits, "thai or arabic (default: the plan's `digits`)")
      ->check(CLI::IsMember({"thai", "arabic"}));
  cmd->add_option("--body", t.body, "the body whose rounds to show, as its rounds' `body` says (a folder that "
                                    "scores several bodies)");
  return cmd;
}

int run_trend(TrendCommand& t, const std::string& lang) {
  Common& c = t.c;
  if (c.lang.empty()) c.lang = lang;
  driver::FolderCompilation f;
  Locale l;
  if (int rc = compile_scored(f, c, l, "trend", "แนวโน้ม", "trend")) return rc;
  if (over_own_file(f, t.out, l, "แนวโน้ม", "trend")) return 2;

  // One body's rounds (a folder may score several: `body`), the committee's
  // assessment where the body's own (`assessment self`) stands beside it.
  std::vector<std::string> bodies;
  for (const auto& r : f.rounds)
    if (std::find(bodies.begin(), bodies.end(), r.body) == bodies.end()) bodies.push_back(r.body);
  if (t.body.empty() && bodies.size() > 1) {
    std::string list;
    for (const auto& b : bodies) list += (list.empty() ? "" : ", ") + (b.empty() ? std::string("\"\"") : "\"" + b + "\"");
    say(l, fmt::format("โฟลเดอร์นี้มีผลของหลายหน่วยงาน: เลือกหน่วยงานด้วย `--body` ({}) หรือจัดลำดับด้วย planc rank", list),
        fmt::format("this folder scores several bodies: choose one with `--body` ({}), or rank them with planc rank",
                    list));
    return 1;
  }
  std::string body = t.body.empty() ? (bodies.empty() ? "" : bodies.front()) : t.body;
  std::vector<report::TrendInput> in;
  for (const auto& r : f.rounds) {
    if (r.body != body) continue;
    if (f.superseded(r)) continue;
    in.push_back({r.name, r.year, r.months, &*r.compilation->scored});
  }
  if (in.empty()) {
    say(l, fmt::format("ไม่มีรอบของหน่วยงาน \"{}\" ในโฟลเดอร์นี้", body),
        fmt::format("the folder has no round of the body \"{}\"", body));
    return 1;
  }
  report::TrendModel m = report::trend(in, {c.lang, t.digits});
  if (pdf_to_terminal(t.format, t.out)) return 2;
  bool written = write_draft(t.out, [&](emit::Sink& out) {
    if (t.format == "pdf") return page_pdf([&](emit::Sink& s) { emit::trend_html(m, s); }, out);
    if (t.format == "json") emit::trend_json(m, out);
    else if (t.format == "md") emit::trend_markdown(m, out);
    else if (t.format == "html") emit::trend_html(m, out);
    else if (t.format == "csv") emit::trend_csv(m, out);
    else emit::trend_text(m, out);
    return true;
  });
  return written ? 0 : 2;
}

}  // namespace planc::cli
