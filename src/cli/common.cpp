#include "cli/common.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "report/steps.hpp"
#include "review/format.hpp"

namespace planc::cli {

void add_lang(CLI::App* cmd, Common& c) {
  cmd->add_option("--lang", c.lang,
                  "th or en: the language of messages (and of a draft's labels); default: the plan's `language`, "
                  "then the environment's locale (LC_ALL, LC_MESSAGES, LANG)")
      // A plain check: an IsMember validator on every subcommand cost ~10 % of a small check's start-up.
      ->check([](const std::string& v) { return v == "th" || v == "en" ? std::string() : "--lang is th or en"; },
              "th|en");
}

void add_common(CLI::App* cmd, Common& c) {
  cmd->add_option("FILE", c.file, "the .plan file")->required();
  cmd->add_option("--diagnostics", c.diagnostics,
                  "how to print diagnostics: text (with the source line), short (one line each), json or sarif")
      ->check(CLI::IsMember({"text", "short", "json", "sarif"}));
  cmd->add_option("--color", c.color, "colour diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_flag("--strict", c.strict, "treat warnings as errors (exit 1 on any warning)");
  cmd->add_option("--max-depth", c.max_depth, "deepest nesting of blocks accepted (default 64)");
  cmd->add_option("--max-imports", c.max_imports, "most files a plan may import, the standard library's included (default 256)");
  cmd->add_option("--max-file-size", c.max_file_size, "largest file accepted, in bytes (default 1 GiB, at most 4 GiB)");
  cmd->add_option("-j,--jobs", c.jobs,
                  "threads that parse a large file (8 MiB or more) in parts, and check and score a large plan "
                  "(16 384 indicators or more) in runs of strategies, each thread taking the next part or run when "
                  "done; default: the cores, at most 8. "
                  "The output is the same whatever the number")
      ->check(CLI::Range(1, 64));
  cmd->add_flag("--timings", c.timings,
                "print how long each phase took (wall clock) and the resident memory after it, to standard error");
  add_lang(cmd, c);
}

// The language planc speaks in this run: --lang, else the plan's `language`
// (and its digits), else the environment's locale.
Locale locale_of(const driver::Program& p, const Common& c) {
  const ast::PlanHeader* plan = nullptr;
  for (std::size_t i = 0; i < p.modules.size() && !plan; ++i)
    if (p.modules[i].plan) plan = &*p.modules[i].plan;
  return ast::plan_locale(plan, parse_lang(c.lang));
}

// Prints the diagnostics: text and short to stderr; JSON and SARIF to stdout
// (unless the command's own output is on stdout: then they are embedded or left out).
void print_diagnostics(driver::Program& p, const Common& c, bool json_to_stdout, std::optional<Locale> given,
                       bool summary) {
  Locale l = given ? *given : locale_of(p, c);
  if (c.diagnostics == "json" || c.diagnostics == "sarif") {
    if (json_to_stdout)
      std::cout << (c.diagnostics == "json" ? render_json(p.sources, p.diags.all(), l) + "\n"
                                             : render_sarif(p.sources, p.diags.all(), l));
    return;
  }
  if (c.diagnostics == "short") {
    for (const auto& d : p.diags.all()) std::cerr << render_short(p.sources, d, l);
    return;
  }
  RenderOptions ro;
  ro.color = c.color == "always" || (c.color == "auto" && isatty(STDERR_FILENO) && !std::getenv("NO_COLOR"));
  ro.locale = l;
  for (const auto& d : p.diags.all()) std::cerr << render_text(p.sources, d, ro);
  std::size_t e = p.diags.errors(), w = p.diags.warnings();
  if (!summary || (!e && !w)) return;
  if (l.lang == Lang::Th)
    std::cerr << in_digits(fmt::format("{}: ข้อผิดพลาด {} รายการ คำเตือน {} รายการ\n", e ? "ไม่ผ่าน" : "ผ่าน", e, w), l);
  else
    std::cerr << fmt::format("{}: {} error{}, {} warning{}\n", e ? "failed" : "ok", e, e == 1 ? "" : "s", w,
                             w == 1 ? "" : "s");
}

// `check` of a clean plan: one line that says what was checked.
void print_clean(const driver::Compilation& comp, const Common& c) {
  Locale l = locale_of(comp.program, c);
  std::size_t strategies = 0, indicators = 0;
  if (comp.model) {
    strategies = comp.model->strategies.size();
    for (const auto& s : comp.model->strategies) indicators += s.indicators.size();
  }
  if (l.lang == Lang::Th)
    // Counts with their classifiers ("ประเด็นยุทธศาสตร์ ๒ ประเด็น ตัวชี้วัด ๕ ตัว"):
    // "ยุทธศาสตร์ ๒ ตัวชี้วัด ๕" read as an indicator's number.
    std::cerr << in_digits(fmt::format("ผ่าน: `{}` {} {} {} {} {} {} ไม่พบข้อผิดพลาดหรือคำเตือน\n", c.file,
                                       report::strategy_word(l), strategies, report::strategies_classifier(l),
                                       report::indicator_word(l), indicators, report::indicators_classifier(l)),
                           l);
  else
    std::cerr << fmt::format("ok: `{}`: {} {}, {} {}; no errors or warnings\n", c.file, strategies,
                             report::plural(report::strategy_word(l), strategies), indicators,
                             report::plural(report::indicator_word(l), indicators));
}

int exit_code(const driver::Program& p) {
  if (p.io_error) return 2;
  return p.diags.has_errors() ? 1 : 0;
}

driver::Limits limits(const Common& c) {
  driver::Limits l;
  l.max_depth = c.max_depth;
  l.max_imports = c.max_imports;
  l.max_file_bytes = c.max_file_size;
  l.threads = c.jobs;
  return l;
}

driver::Options options(const Common& c) {
  driver::Options o;
  o.limits = limits(c);
  o.strict = c.strict;
  o.timings = c.timings;
  return o;
}


std::optional<std::string> canonical(driver::Program& p, const std::string& path, const std::string& text) {
  auto cst = driver::parse_text(p, path, text);
  if (p.diags.has_errors()) return std::nullopt;
  return review::format(p.sources.get(cst.file), cst);
}

bool replace_file(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  std::string tmp = path + ".planc.tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << text;
    f.flush();
    if (!f) {
      std::cerr << fmt::format("planc: cannot write `{}`\n", tmp);
      fs::remove(tmp);
      return false;
    }
  }
  std::error_code ec;
  // An existing file keeps its permissions; a new one has the ones the
  // temporary file was made with (0666 less the umask). A missing file's
  // status has "unknown" permissions (all bits set): never copied.
  auto old = fs::status(path, ec);
  if (!ec && fs::exists(old)) fs::permissions(tmp, old.permissions(), ec);
  ec.clear();
  fs::rename(tmp, path, ec);  // atomic on one file system
  if (ec) {
    std::cerr << fmt::format("planc: cannot replace `{}`: {}\n", path, ec.message());
    fs::remove(tmp);
    return false;
  }
  return true;
}

}  // namespace planc::cli
