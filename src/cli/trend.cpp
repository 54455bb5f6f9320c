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
                                          "round by round (text, JSON, Markdown, HTML or CSV)");
  add_common(cmd, t.c);
  cmd->get_option("FILE")->required(false)->description("the plan folder (default: this folder)");
  cmd->add_option("--format", t.format, "text, json, md, html or csv (default text)")
      ->check(CLI::IsMember({"text", "json", "md", "html", "csv"}));
  cmd->add_option("-o,--output", t.out, "write to this file instead of standard output");
  cmd->add_option("--digits", t.digits, "thai or arabic (default: the plan's `digits`)")
      ->check(CLI::IsMember({"thai", "arabic"}));
  cmd->add_option("--body", t.body, "the body whose rounds to show, as its rounds' `body` says (a folder that "
                                    "scores several bodies)");
  return cmd;
}

namespace {

// A message of the command itself, in the run's language.
void say(const Locale& l, const std::string& th, const std::string& en) {
  std::cerr << "planc: " << (l.lang == Lang::Th ? in_digits(th, l) : en) << "\n";
}

}  // namespace

int run_trend(TrendCommand& t, const std::string& lang) {
  Common& c = t.c;
  if (c.lang.empty()) c.lang = lang;
  c.file = default_path(c.file);
  driver::FolderCompilation f;
  driver::FolderOptions o;
  o.compile = options(c);
  o.compile.keep_rows = true;
  o.compile.explain = false;
  if (!driver::is_folder(c.file)) {
    Locale l{parse_lang(c.lang).value_or(environment_lang()), false};
    say(l, fmt::format("`{}` ไม่ใช่โฟลเดอร์ของแผน: planc trend ต้องการโฟลเดอร์ที่มีแผนและรอบการรายงาน", c.file),
        fmt::format("`{}` is not a plan folder: planc trend takes a folder with a plan and its rounds", c.file));
    return 2;
  }
  driver::compile_folder(f, c.file, o);
  driver::Program all = f.diagnostics();
  if (c.strict) all.diags.promote_warnings();
  Locale l = !f.rounds.empty() ? locale_of(f.rounds.front().compilation->program, c)
             : f.plan_alone    ? locale_of(f.plan_alone->program, c)
                               : locale_of(f.folder, c);
  print_diagnostics(all, c, true, l);
  if (all.io_error) return 2;

  // Nothing is written unless every round was scored without an error.
  bool failed = all.diags.has_errors() || f.has_errors();
  for (const auto& r : f.rounds)
    if (r.compilation->program.diags.has_errors() || !r.compilation->scored) {
      say(l, fmt::format("รอบ `{}` มีข้อผิดพลาด", r.name), fmt::format("the round `{}` has errors", r.name));
      failed = true;
    }
  if (!failed && f.rounds.empty()) {
    say(l, fmt::format("`{}` ยังไม่มีรอบการรายงาน", c.file), fmt::format("`{}` has no round yet", c.file));
    failed = true;
  }
  if (failed) {
    say(l, "ไม่ได้เขียนแนวโน้ม: แก้ข้อผิดพลาดแล้วสั่งใหม่", "no trend written: fix the errors and run it again");
    return 1;
  }

  // A trend written over one of the folder's own files would lose it.
  std::error_code ec;
  for (const auto& r : f.rounds)
    for (const std::string& path : {r.path, f.plan})
      if (!t.out.empty() && std::filesystem::equivalent(t.out, path, ec)) {
        say(l, fmt::format("`-o {}` จะเขียนทับแฟ้มของแผน: เลือกชื่ออื่น", t.out),
            fmt::format("`-o {}` would write the trend over a file of the plan; choose another name", t.out));
        return 2;
      }

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
    bool verified = std::any_of(f.rounds.begin(), f.rounds.end(), [&](const driver::FolderRound& x) {
      return x.year == r.year && x.months == r.months && x.body == r.body && x.assessment != "self";
    });
    if (r.assessment == "self" && verified) continue;
    in.push_back({r.name, r.year, r.months, &*r.compilation->scored});
  }
  if (in.empty()) {
    say(l, fmt::format("ไม่มีรอบของหน่วยงาน \"{}\" ในโฟลเดอร์นี้", body),
        fmt::format("the folder has no round of the body \"{}\"", body));
    return 1;
  }
  report::TrendModel m = report::trend(in, {c.lang, t.digits});
  bool written = write_draft(t.out, [&](emit::Sink& out) {
    if (t.format == "json") emit::trend_json(m, out);
    else if (t.format == "md") emit::trend_markdown(m, out);
    else if (t.format == "html") emit::trend_html(m, out);
    else if (t.format == "csv") emit::trend_csv(m, out);
    else emit::trend_text(m, out);
  });
  return written ? 0 : 2;
}

}  // namespace planc::cli
