#include "cli/folder.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "emit/eval_json.hpp"
#include "emit/report.hpp"
#include "emit/text.hpp"
#include "support/json_writer.hpp"

namespace planc::cli {

namespace {

// The language of a folder's output: --lang, else the plan's (any round's
// compilation has the plan), else the locale.
Locale folder_locale(const driver::FolderCompilation& f, const Common& c) {
  if (f.plan_alone) return locale_of(f.plan_alone->program, c);
  if (!f.rounds.empty()) return locale_of(f.rounds.front().compilation->program, c);
  return locale_of(f.folder, c);
}

std::string counts(std::size_t e, std::size_t w, const Locale& l) {
  if (l.lang == Lang::Th) {
    if (!e && !w) return "ผ่าน";
    if (!e) return fmt::format("ผ่าน คำเตือน {} รายการ", w);
    return fmt::format("ไม่ผ่าน ข้อผิดพลาด {} รายการ คำเตือน {} รายการ", e, w);
  }
  if (!e && !w) return "ok";
  return fmt::format("{} error{}, {} warning{}", e, e == 1 ? "" : "s", w, w == 1 ? "" : "s");
}

std::string round_label(const driver::FolderRound& r, const Locale& l) {
  if (!r.year || !r.months) return l.lang == Lang::Th ? "(ไม่ทราบรอบ)" : "(round not known)";
  bool academic = r.compilation && r.compilation->model && r.compilation->model->header &&
                  r.compilation->model->header->academic;
  // A body's own assessment is told from the committee's of the same round.
  const bool self = r.assessment == "self";
  if (l.lang == Lang::Th)
    return fmt::format("{} {} รอบ {} เดือน{}", academic ? "ปีการศึกษา" : "ปีงบประมาณ", r.year, r.months,
                       self ? " (ประเมินตนเอง)" : "");
  if (academic) return fmt::format("academic year {}, {} months{}", r.year, r.months, self ? " (own assessment)" : "");
  return fmt::format("{}, {} months{}", r.year, r.months, self ? " (own assessment)" : "");
}

// One line per round and what its compilation found (the plan's own
// findings counted in each round that sees them), then the folder's verdict.
void print_rounds(const driver::FolderCompilation& f, const driver::Program& all, const Common& c, const Locale& l) {
  std::size_t width = 0;
  for (const auto& r : f.rounds) width = std::max(width, r.name.size() + 2);
  for (const auto& r : f.rounds) {
    const auto& d = r.compilation->program.diags;
    std::size_t e = d.errors(), w = d.warnings();
    for (const Diagnostic& fd : f.folder.diags.all())  // the folder's, on this round's header
      if (fd.span.valid() && f.folder.sources.get(fd.span.file).path == r.path)
        (fd.severity == Severity::Error ? e : w) += 1;
    std::cerr << in_digits(
        fmt::format("  {:<{}}  {}  {}\n", "`" + r.name + "`", width, round_label(r, l), counts(e, w, l)), l);
  }
  std::size_t e = all.diags.errors(), w = all.diags.warnings(), n = f.rounds.size();
  std::string what = f.plan_alone ? (l.lang == Lang::Th ? "แผนที่ยังไม่มีรอบ" : "a plan without rounds yet")
                     : l.lang == Lang::Th ? fmt::format("{} รอบ", n)
                                          : fmt::format("{} round{}", n, n == 1 ? "" : "s");
  if (l.lang == Lang::Th)
    std::cerr << in_digits(fmt::format("{}: `{}` {}{}\n", e ? "ไม่ผ่าน" : "ผ่าน", c.file, what,
                                       e || w ? fmt::format(" ข้อผิดพลาด {} รายการ คำเตือน {} รายการ", e, w)
                                              : " ไม่พบข้อผิดพลาดหรือคำเตือน"),
                           l);
  else
    std::cerr << fmt::format("{}: `{}`: {}; {}\n", e ? "failed" : "ok", c.file, what,
                             e || w ? counts(e, w, l) : "no errors or warnings");
}

int folder_exit(const driver::FolderCompilation& f, const driver::Program& all) {
  if (all.io_error) return 2;
  return f.has_errors() || all.diags.has_errors() ? 1 : 0;
}

}  // namespace

std::string default_path(const std::string& given) { return given.empty() ? "." : given; }

int run_folder(const Common& c, FolderCommand command, const std::string& format) {
  // Never destroyed, as main's compilation (the process ends right after;
  // destroying nine large plans' trees node by node would take longer than
  // checking one).
  static driver::FolderCompilation* leaked = new driver::FolderCompilation;
  driver::FolderCompilation& f = *leaked;
  driver::FolderOptions o;
  o.compile = options(c);
  o.compile.keep_rows = command == FolderCommand::Eval;
  o.compile.explain = false;
  driver::compile_folder(f, c.file, o);
  driver::Program all = f.diagnostics();
  if (c.strict) all.diags.promote_warnings();
  Locale l = folder_locale(f, c);
  int rc = folder_exit(f, all);
  if (c.strict && all.diags.has_errors()) rc = std::max(rc, 1);

  if (command == FolderCommand::Check) {
    bool rounds = !f.rounds.empty() || f.plan_alone;
    print_diagnostics(all, c, true, l, !rounds);  // no round to list: the usual count ends it
    if (c.diagnostics == "text" && rounds) print_rounds(f, all, c, l);
    return rc;
  }

  // eval DIR: each round's table (or one JSON document with every round's).
  if (format == "json") {
    // {"folder", "plan", "rounds": [{"file", "year", "months", "eval": <eval JSON with the round's
    // own diagnostics>}], "diagnostics": <the folder's own>} (docs/eval-json.md).
    std::string out = "{\"folder\": \"" + json_escape(c.file) + "\",\n \"plan\": \"" + json_escape(f.plan) +
                      "\",\n \"rounds\": [";
    for (std::size_t k = 0; k < f.rounds.size(); ++k) {
      const auto& r = f.rounds[k];
      const auto& p = r.compilation->program;
      std::string diags = render_json(p.sources, p.diags.all(), l);
      out += fmt::format("{}\n  {{\"file\": \"{}\", \"year\": {}, \"months\": {}, \"eval\": {}}}", k ? "," : "",
                         json_escape(r.name), r.year, r.months,
                         r.compilation->scored ? emit::eval_json(*r.compilation->scored, diags) : "null\n");
      if (out.back() == '\n') out.pop_back();
    }
    out += "],\n \"diagnostics\": " + render_json(f.folder.sources, f.folder.diags.all(), l) + "}\n";
    std::cout << out;
    if (c.diagnostics == "text") print_diagnostics(all, c, false, l);
    return rc;
  }
  for (const auto& r : f.rounds) {
    std::cout << in_digits(fmt::format("== `{}`: {} ==\n", r.name, round_label(r, l)), l);
    if (r.compilation->scored) std::cout << emit::eval_table(*r.compilation->scored, l);
    else std::cout << (l.lang == Lang::Th ? "(คำนวณคะแนนไม่ได้ ดูข้อผิดพลาด)\n" : "(cannot be scored: see the errors)\n");
    std::cout << "\n";
  }
  print_diagnostics(all, c, true, l);
  return rc;
}


void say(const Locale& l, const std::string& th, const std::string& en) {
  std::cerr << "planc: " << (l.lang == Lang::Th ? in_digits(th, l) : en) << "\n";
}

int round_file_wanted(const Common& c, const char* command, const std::string& rest) {
  std::vector<std::string> rounds, own;  // own: a body's own assessment (`assessment self`)
  std::optional<Lang> plan_lang;         // the plan's `language` (Thai unless it says `language en`)
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(c.file, ec)) {
    if (entry.path().extension() != ".plan" || !entry.is_regular_file(ec)) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    driver::FileHeader h = driver::scan_header(text);
    if (h.plan) plan_lang = text.find("language en") != std::string::npos ? Lang::En : Lang::Th;
    if (!h.round) continue;
    rounds.push_back(entry.path().filename().string());
    if (text.find("assessment self") != std::string::npos) own.push_back(rounds.back());
  }
  Locale l{parse_lang(c.lang).value_or(plan_lang.value_or(environment_lang())), false};
  std::sort(rounds.begin(), rounds.end());
  std::string dir = c.file == "." ? "" : (std::filesystem::path(c.file) / "").string();
  if (rounds.empty()) {
    say(l, fmt::format("`{}` เป็นโฟลเดอร์ที่ไม่มีไฟล์ของรอบการรายงาน: planc {} ต้องการไฟล์ของรอบหนึ่งรอบ (ไฟล์ที่มี `round`)", c.file, command),
        fmt::format("`{}` is a folder with no round file: planc {} takes one round's file (a file with a `round`)", c.file, command));
    return 2;
  }
  std::string list;
  for (auto& r : rounds) list += (list.empty() ? "" : ", ") + r;
  // The example: the committee's round rather than a body's own assessment.
  auto committee = std::find_if(rounds.begin(), rounds.end(),
                                [&](const std::string& r) { return std::find(own.begin(), own.end(), r) == own.end(); });
  std::string example = dir + (committee != rounds.end() ? *committee : rounds.front()) + (rest.empty() ? "" : " " + rest);
  say(l, fmt::format("`{}` เป็นโฟลเดอร์ แต่ planc {} ใช้กับไฟล์ของรอบการรายงานทีละไฟล์ ให้ระบุไฟล์ของรอบ เช่น `planc {} {}` (ไฟล์ของรอบในโฟลเดอร์นี้: {})",
                     c.file, command, command, example, list),
      fmt::format("`{}` is a folder; planc {} works on one round: give its file, such as `planc {} {}` (the folder's round files: {})",
                  c.file, command, command, example, list));
  return 2;
}

int compile_scored(driver::FolderCompilation& f, Common& c, Locale& l, const char* command, const char* what_th,
                   const char* what_en) {
  c.file = default_path(c.file);
  if (!driver::is_folder(c.file)) {
    l = Locale{parse_lang(c.lang).value_or(environment_lang()), false};
    say(l, fmt::format("`{}` ไม่ใช่โฟลเดอร์ของแผน: planc {} ต้องการโฟลเดอร์ที่มีแผนและรอบการรายงาน", c.file, command),
        fmt::format("`{}` is not a plan folder: planc {} takes a folder with a plan and its rounds", c.file, command));
    return 2;
  }
  driver::FolderOptions o;
  o.compile = options(c);
  o.compile.keep_rows = true;
  o.compile.explain = false;
  driver::compile_folder(f, c.file, o);
  driver::Program all = f.diagnostics();
  if (c.strict) all.diags.promote_warnings();
  l = !f.rounds.empty() ? locale_of(f.rounds.front().compilation->program, c)
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
    say(l, fmt::format("ไม่ได้เขียน{}: แก้ข้อผิดพลาดแล้วสั่งใหม่", what_th),
        fmt::format("no {} written: fix the errors and run it again", what_en));
    return 1;
  }
  return 0;
}

bool over_own_file(const driver::FolderCompilation& f, const std::string& out, const Locale& l, const char* what_th,
                   const char* what_en) {
  std::error_code ec;
  for (const auto& r : f.rounds)
    for (const std::string& path : {r.path, f.plan})
      if (!out.empty() && std::filesystem::equivalent(out, path, ec)) {
        say(l, fmt::format("`-o {}` จะเขียน{}ทับแฟ้มของแผน: เลือกชื่ออื่น", out, what_th),
            fmt::format("`-o {}` would write the {} over a file of the plan; choose another name", out, what_en));
        return true;
      }
  return false;
}

bool page_pdf(const std::function<void(emit::Sink&)>& page, emit::Sink& out) {
  try {
    emit::pdf_of_html(emit::collect(page), out);
    return true;
  } catch (const emit::EmitError& e) {
    std::cerr << fmt::format("planc: {}\n", e.what());
    return false;
  }
}

bool pdf_to_terminal(const std::string& format, const std::string& out_path) {
  if (format != "pdf" || !out_path.empty() || !isatty(STDOUT_FILENO)) return false;
  std::cerr << "planc: a pdf file is not for the terminal; write it with `-o FILE.pdf`\n";
  return true;
}

}  // namespace planc::cli
