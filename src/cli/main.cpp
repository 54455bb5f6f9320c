// planc: the command line. Each subcommand is a thin shell over the phases
// (driver -> checker -> evaluator -> emitters).
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <iostream>

#include "ast/dump.hpp"
#include "cli/args.hpp"
#include "cli/diff.hpp"
#include "cli/folder.hpp"
#include "cli/freeze.hpp"
#include "cli/import.hpp"
#include "cli/rank.hpp"
#include "cli/trend.hpp"
#include "cli/init.hpp"
#include "cli/lsp.hpp"
#include "driver/neighbours.hpp"
#include "driver/pipeline.hpp"
#include "emit/eval_json.hpp"
#include "emit/report.hpp"
#include "emit/text.hpp"
#include "review/format.hpp"
#include "review/textdiff.hpp"
#include "support/diag_explanations.hpp"
#include "support/allocator.hpp"
#include "report/steps.hpp"
#include "support/lang.hpp"
#include "support/utf8.hpp"
#include "syntax/parser.hpp"

#include <filesystem>

#include <fstream>

// The compilation of this run, deliberately never destroyed (see main). It has
// external linkage so that the store to it is kept and leak checkers find the
// compilation reachable from it.
planc::driver::Compilation* planc_compilation_of_this_run = nullptr;

#include "cli/common.hpp"

namespace {

using namespace planc::cli;

// planc fmt: 0 all formatted (or written), 1 a file not formatted (--check) or
// not parseable, 2 a file that cannot be read or written.
int run_fmt(const std::vector<std::string>& files, bool check, bool write, const Common& c) {
  namespace fs = std::filesystem;
  int rc = 0;
  for (const std::string& path : files) {
    planc::driver::Program p;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << fmt::format("planc: cannot read `{}`\n", path);
      rc = 2;
      continue;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::optional<std::string> formatted = canonical(p, path, text);
    if (!formatted) {
      print_diagnostics(p, c, true);
      std::cerr << fmt::format("planc: `{}` has syntax errors; not formatting it\n", path);
      rc = std::max(rc, 1);
      continue;
    }
    std::string& out = *formatted;
    // Safety net: the formatted text must parse, or nothing is written.
    planc::driver::Program again;
    planc::driver::parse_text(again, path, out);
    if (again.diags.has_errors()) {
      std::cerr << fmt::format("planc: internal error: formatting `{}` would break it; file left as it is\n", path);
      return 2;
    }
    if (check) {
      if (out != text) {
        std::cout << planc::review::unified_diff(text, out, path, path + " (formatted)");
        rc = std::max(rc, 1);
      }
    } else if (write) {
      if (out == text) continue;
      if (!replace_file(path, out)) return 2;
    } else {
      std::cout << out;
    }
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  planc::tune_allocator();  // before the first allocation that matters (support/allocator.hpp)
  CLI::App app{"planc: a compiler for evaluation plans. It checks plans and their rounds' results,\n"
               "scores them by the official method and drafts the reports.\n\n"
               "Exit codes: 0 clean or warnings only, 1 errors, 2 usage or I/O problems."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "planc 0.1.0");

  // Only the subcommand asked for is set up (each option of each subcommand
  // costs CLI11 a few thousand instructions, a good part of a small check's
  // start-up); all of them when none is named (`planc --help`, a misspelt one).
  static constexpr std::string_view kSubcommands[] = {"init", "check", "eval", "explain", "render", "fmt", "diff",
                                                      "freeze", "import", "explain-code", "dump", "trend", "rank",
                                                      "lsp"};
  std::string_view sub;
  for (int i = 1; i < argc && sub.empty(); ++i)
    for (std::string_view k : kSubcommands)
      if (k == argv[i]) sub = k;
  auto want = [&](std::string_view name) { return sub.empty() || sub == name; };
  auto is = [](const CLI::App* cmd) { return cmd && cmd->parsed(); };

  planc::cli::InitOptions init_opts;
  CLI::App* initcmd = want("init") ? planc::cli::add_init(app, init_opts) : nullptr;  // src/cli/init.cpp

  Common c;
  add_lang(&app, c);  // also before the subcommand: `planc --lang th check FILE`
  CLI::App* check = nullptr;
  if (want("check")) {
    check = app.add_subcommand("check", "parse, check and evaluate a plan, or every round of a plan folder; print "
                                        "the diagnostics");
    add_common(check, c);
    check->get_option("FILE")->required(false)->description("a .plan file, or a plan folder (default: this folder)");
  }

  std::string format = "text";
  CLI::App* eval = nullptr;
  if (want("eval")) {
    eval = app.add_subcommand("eval", "score a plan's round, or every round of a plan folder, and print the "
                                      "scores (a table, or JSON)");
    add_common(eval, c);
    eval->get_option("FILE")->required(false)->description("a .plan file, or a plan folder (default: this folder)");
    eval->add_option("--format", format, "text (a table) or json")->check(CLI::IsMember({"text", "json"}));
  }

  std::string id;
  CLI::App* explain = nullptr;
  if (want("explain")) {
    explain = app.add_subcommand("explain", "show how one figure was computed, step by step");
    add_common(explain, c);
    explain->add_option("ID", id, "a strategy (3), an indicator (3.8), a sub-indicator (2.2.1), or `overall`")
        ->required();
  }

  std::string render_format = "html", out_path, digits, findings = "inline";
  CLI::App* render = nullptr;
  if (want("render")) {
    render = app.add_subcommand("render", "draft the evaluation report: HTML, PDF, Word, Excel, Markdown, JSON "
                                          "or CSV");
    add_common(render, c);
    render->add_option("--format", render_format,
                       "html, pdf (printed by Chromium), docx (Word), xlsx (Excel), md, json or csv (default html)")
        ->check(CLI::IsMember({"md", "html", "json", "csv", "xlsx", "docx", "pdf"}));
    render->add_option("-o,--output", out_path, "write to this file instead of standard output");
    render->add_option("--digits", digits, "thai or arabic (default: the plan's `digits`)")
        ->check(CLI::IsMember({"thai", "arabic"}));
    render->add_option("--findings", findings,
                       "inline: the reviewer's draft, the checker's findings and the published figures where they "
                       "apply; none: the copy to hand in, without them (refused while the round, or one the report shows "
                       "beside it, has errors)")
        ->check(CLI::IsMember({"inline", "none"}));
  }

  std::vector<std::string> fmt_files;
  bool fmt_check = false, fmt_write = false;
  CLI::App* fmtcmd = nullptr;
  if (want("fmt")) {
    fmtcmd = app.add_subcommand("fmt", "lay plan files out the canonical way (comments and values kept as written)");
    fmtcmd->add_option("FILE", fmt_files, "the .plan files")->required();
    fmtcmd->add_flag("--check", fmt_check, "change nothing: print a diff and exit 1 when a file is not formatted");
    fmtcmd->add_flag("--write", fmt_write, "replace each file by its formatted text (atomically)");
    fmtcmd->add_option("--color", c.color, "colour diagnostics: auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    add_lang(fmtcmd, c);
  }

  planc::cli::DiffOptions diff_opts;
  CLI::App* diffcmd = nullptr;
  if (want("diff")) {
    diffcmd = planc::cli::add_diff(app, diff_opts);  // src/cli/diff.cpp
    add_lang(diffcmd, c);
  }

  planc::cli::FreezeOptions freeze_opts;
  CLI::App* freeze = want("freeze") ? planc::cli::add_freeze(app, c, freeze_opts) : nullptr;  // src/cli/freeze.cpp

  planc::cli::ImportOptions import_opts;
  CLI::App* importcmd = want("import") ? planc::cli::add_import(app, c, import_opts) : nullptr;  // src/cli/import.cpp

  std::string code;
  CLI::App* explain_code = nullptr;
  if (want("explain-code")) {
    explain_code = app.add_subcommand("explain-code", "explain a diagnostic code, with an example and its fix");
    explain_code->add_option("CODE", code, "a code such as E110 or W141")->required();
    add_lang(explain_code, c);
  }

  bool full = false, with_std = false, as_ast = true;
  CLI::App* dump = nullptr;
  if (want("dump")) {
    dump = app.add_subcommand("dump", "print the typed AST of a plan and its imports (for debugging)");
    add_common(dump, c);
    dump->add_flag("--ast", as_ast, "print the typed AST (the default and only form)");
    dump->add_flag("--full", full, "print texts in full");
    dump->add_flag("--stdlib", with_std, "include the standard library's modules");
  }

  planc::cli::TrendCommand trend_cmd;
  CLI::App* trendcmd = want("trend") ? planc::cli::add_trend(app, trend_cmd) : nullptr;  // src/cli/trend.cpp
  planc::cli::RankCommand rank_cmd;
  CLI::App* rankcmd = want("rank") ? planc::cli::add_rank(app, rank_cmd) : nullptr;  // src/cli/rank.cpp

  planc::cli::LspOptions lsp_opts;
  CLI::App* lspcmd = want("lsp") ? planc::cli::add_lsp(app, lsp_opts) : nullptr;  // src/cli/lsp.cpp

  // Ids and numbers in Thai digits (and `ภาพรวม`) too (src/cli/args.cpp):
  // set up only when an argument has Thai in it (E0 B8 or E0 B9), as setting
  // it up walks every option of every subcommand.
  bool thai = false;
  for (int i = 1; i < argc && !thai; ++i)
    thai = std::strstr(argv[i], "\xE0\xB8") != nullptr || std::strstr(argv[i], "\xE0\xB9") != nullptr;
  if (thai) planc::cli::accept_thai_digits(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return planc::cli::usage_error(app, e, argc, argv);  // did you mean ...? (src/cli/args.cpp)
  }

  if (is(initcmd)) return planc::cli::run_init(init_opts);
  if (is(lspcmd)) return planc::cli::run_lsp(lsp_opts);
  if (is(trendcmd)) return planc::cli::run_trend(trend_cmd, c.lang);
  if (is(rankcmd)) return planc::cli::run_rank(rank_cmd, c.lang);

  if (is(fmtcmd)) return run_fmt(fmt_files, fmt_check, fmt_write, c);
  if (is(diffcmd)) return planc::cli::run_diff(diff_opts, c);
  if (is(explain_code)) {
    for (char& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    planc::Lang lang = planc::parse_lang(c.lang).value_or(planc::environment_lang());
    bool th = lang == planc::Lang::Th;
    for (const auto& ci : planc::all_codes()) {
      if (ci.code != code) continue;
      const auto* ex = planc::explanation(ci.code);
      std::cout << fmt::format("{}[{}]: {}\n\n", planc::severity_word(ci.severity, lang), ci.code,
                               planc::title(ci, lang));
      if (ex) {
        std::cout << (th ? ex->text_th : ex->text) << (th ? "\n\nตัวอย่าง:\n\n" : "\n\nfor example:\n\n");
        std::string indented = "    " + std::string(ex->example);
        for (std::size_t i = 0; (i = indented.find('\n', i)) != std::string::npos; i += 5) indented.insert(i + 1, "    ");
        std::cout << indented << (th ? "\n\nวิธีแก้:\n\n    " : "\n\nfix:\n\n    ") << (th ? ex->fix_th : ex->fix)
                  << "\n";
      }
      return 0;
    }
    std::vector<std::string> codes;
    for (const auto& ci : planc::all_codes()) codes.emplace_back(ci.code);
    std::string best = planc::closest(code, codes);
    std::cerr << fmt::format("planc: there is no diagnostic code `{}`{}\n", code,
                             best.empty() ? "" : fmt::format("; did you mean `{}`?", best));
    return 2;
  }

  if (is(freeze)) return planc::cli::run_freeze(c, freeze_opts);
  if (is(importcmd)) return planc::cli::run_import(c, import_opts);

  // A folder given to a command of one round: which files are its rounds.
  if ((is(explain) || is(render)) && planc::driver::is_folder(c.file))
    return planc::cli::round_file_wanted(c, is(explain) ? "explain" : "render", is(explain) ? (id.empty() ? "ID" : id) : "");

  // A plan folder: every round (src/cli/folder.cpp).
  if (is(check) || is(eval)) {
    c.file = planc::cli::default_path(c.file);
    if (planc::driver::is_folder(c.file))
      return planc::cli::run_folder(c, is(check) ? planc::cli::FolderCommand::Check : planc::cli::FolderCommand::Eval,
                                    format);
  }

  // The compilation is never destroyed: the process ends right after, and the
  // operating system takes its memory back at once, where destroying a large
  // plan's trees node by node would take a noticeable part of the run (the
  // trick compilers such as clang use, -disable-free). The global pointer keeps
  // it reachable, so leak checkers do not report it.
  planc_compilation_of_this_run = new planc::driver::Compilation;
  planc::driver::Compilation& comp = *planc_compilation_of_this_run;
  auto& p = comp.program;
  PrintTimings timings{c, comp.timings};
  if (is(dump)) {
    comp.timed = c.timings;
    planc::timed(comp.recording(), "load", 0, [&] { planc::driver::load(p, c.file, limits(c), comp.recording()); });
    if (c.strict) p.diags.promote_warnings();
    p.diags.sort();
    planc::ast::DumpOptions o;
    o.full_text = full;
    for (std::size_t i = 0; i < p.modules.size(); ++i)
      if (with_std || !p.is_stdlib[i]) std::cout << planc::ast::dump(p.modules[i], p.sources, o);
    print_diagnostics(p, c, true);
    return exit_code(p);
  }

  // Rows are kept for what shows them (eval, explain, a draft), steps for
  // what explains them (explain, a draft); `check` keeps neither.
  planc::driver::Options opts = options(c);
  opts.keep_rows = !is(check);
  opts.explain = is(explain) || is(render);
  planc::driver::compile(comp, c.file, opts);

  if (is(eval)) {
    if (format == "json") {
      if (comp.scored) {
        std::cout << planc::emit::eval_json(*comp.scored, planc::render_json(p.sources, p.diags.all(), locale_of(p, c)));
        if (c.diagnostics == "text") print_diagnostics(p, c, false);
      } else {
        print_diagnostics(p, c, true);
      }
    } else {
      if (comp.scored) std::cout << planc::emit::eval_table(*comp.scored, locale_of(p, c));
      print_diagnostics(p, c, true);
    }
    return exit_code(p);
  }
  if (is(render)) {
    // The earlier rounds (or the body's own assessment) the report shows
    // beside this one: found first, so that one with errors is said with
    // this round's diagnostics (W045).
    planc::driver::Neighbourhood near;
    if (comp.scored) near = planc::driver::neighbourhood(comp, {c.lang, digits, limits(c).threads}, opts.strict);
    // JSON or SARIF diagnostics go to standard output when the draft goes to a file.
    print_diagnostics(p, c, !out_path.empty());
    if (!comp.scored) return exit_code(p) ? exit_code(p) : 1;

    // A draft written over one of the plan's own files, or over a round the
    // report shows beside this one, would lose it.
    std::error_code ec;
    auto over = [&](const planc::driver::Program& q) {
      for (std::size_t f = 0; !out_path.empty() && f < q.sources.size(); ++f) {
        const std::string& path = q.sources.get(static_cast<planc::FileId>(f)).path;
        if (!path.empty() && std::filesystem::equivalent(out_path, path, ec)) return true;
      }
      return false;
    };
    bool lost = over(p);
    for (const planc::driver::FolderRound& r : near.rounds) lost = lost || over(r.compilation->program);
    // (Any other `.plan` file too: one the folder could not read is still someone's round.)
    lost = lost || (std::filesystem::path(out_path).extension() == ".plan" && std::filesystem::exists(out_path, ec));
    if (lost) {
      std::cerr << fmt::format("planc: `-o {}` would write the draft over a file of the plan or of its rounds; "
                               "choose another name\n",
                               out_path);
      return 2;
    }
    // No --format: the output file's extension says it (`-o report.md` is Markdown, not HTML named .md).
    if (render->get_option("--format")->count() == 0 && !out_path.empty()) {
      std::string ext = std::filesystem::path(out_path).extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char ch) { return std::tolower(ch); });
      if (ext == ".md" || ext == ".markdown") render_format = "md";
      else if (ext == ".json" || ext == ".csv" || ext == ".xlsx" || ext == ".docx" || ext == ".pdf") render_format = ext.substr(1);
    }
    using F = planc::driver::DraftFormat;
    planc::driver::DraftOptions d{render_format == "md"     ? F::Markdown
                                  : render_format == "json" ? F::Json
                                  : render_format == "csv"  ? F::Csv
                                  : render_format == "xlsx" ? F::Xlsx
                                  : render_format == "docx" ? F::Docx
                                  : render_format == "pdf"  ? F::Pdf
                                                            : F::Html,
                                  {c.lang, digits, limits(c).threads}};
    d.report.findings = findings == "none" ? planc::report::Options::Findings::None
                                           : planc::report::Options::Findings::Inline;
    bool binary = d.format == F::Xlsx || d.format == F::Docx || d.format == F::Pdf;
    if (binary && out_path.empty() && isatty(STDOUT_FILENO)) {
      std::cerr << fmt::format("planc: a {} file is not for the terminal; write it with `-o FILE.{}`\n",
                               render_format, render_format);
      return 2;
    }
    d.neighbours = &near;  // the earlier rounds of the year beside this one (driver/neighbours.hpp)
    // The copy to hand in, refused while this round or one shown beside it
    // has errors: bad input (exit 1), said before anything is written.
    if (d.report.findings == planc::report::Options::Findings::None) {
      std::string no = planc::driver::handed_in_refusal(comp, &near, locale_of(p, c));
      if (!no.empty()) {
        std::cerr << fmt::format("planc: {}\n", no);
        return 1;
      }
    }
    std::string why;
    bool written = write_draft(out_path, [&](planc::emit::Sink& out) {
      if (planc::driver::draft(comp, d, out, &why)) return true;
      std::cerr << fmt::format("planc: {}\n", why.empty() ? "the plan has no draft" : why);
      return false;
    });
    return written ? exit_code(p) : 2;
  }
  if (is(explain)) {
    if (p.diags.has_errors()) print_diagnostics(p, c, true);  // warnings: see `planc check`
    if (!comp.scored) return exit_code(p) ? exit_code(p) : 1;
    const planc::Locale l = locale_of(p, c);
    std::string text = planc::emit::explain(*comp.scored, p.sources, id, l);
    if (text.empty()) {
      std::cerr << (l.lang == planc::Lang::Th
                        ? fmt::format("planc: ไม่พบ{}หรือ{} `{}` ใน {}\n", planc::report::strategy_word(l),
                                      planc::report::indicator_word(l), id, c.file)
                        : fmt::format("planc: no strategy or indicator `{}` in {}\n", id, c.file));
      return 2;
    }
    std::cout << text;
    return exit_code(p);
  }
  print_diagnostics(p, c, true);
  if (c.diagnostics == "text" && !p.io_error && p.diags.all().empty()) print_clean(comp, c);
  return exit_code(p);
}
