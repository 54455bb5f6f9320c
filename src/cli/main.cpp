// planc: the command line. Each subcommand is a thin shell over the phases
// (driver -> checker -> evaluator -> emitters).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fmt/format.h>
#include <iostream>

#include "ast/dump.hpp"
#include "driver/loader.hpp"

namespace {

struct Common {
  std::string file;
  std::string diagnostics = "text";
  std::string color = "auto";
  bool strict = false;
  std::size_t max_depth = 64;
  std::size_t max_file_size = 64u << 20;
};

void add_common(CLI::App* cmd, Common& c) {
  cmd->add_option("FILE", c.file, "the .plan file")->required();
  cmd->add_option("--diagnostics", c.diagnostics, "how to print diagnostics: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--color", c.color, "colour diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_flag("--strict", c.strict, "treat warnings as errors");
  cmd->add_option("--max-depth", c.max_depth, "deepest nesting of blocks accepted (default 64)");
  cmd->add_option("--max-file-size", c.max_file_size, "largest file accepted, in bytes (default 64 MiB)");
}

// Prints the diagnostics; returns the exit code they call for.
int report(planc::driver::Program& p, const Common& c) {
  if (c.strict) p.diags.promote_warnings();
  p.diags.sort();
  if (c.diagnostics == "json") {
    std::cout << planc::render_json(p.sources, p.diags.all()) << "\n";
  } else {
    planc::RenderOptions ro;
    ro.color = c.color == "always" || (c.color == "auto" && isatty(STDERR_FILENO) && !std::getenv("NO_COLOR"));
    for (const auto& d : p.diags.all()) std::cerr << planc::render_text(p.sources, d, ro);
    std::size_t e = p.diags.errors(), w = p.diags.warnings();
    if (e || w)
      std::cerr << fmt::format("{}: {} error{}, {} warning{}\n", p.diags.has_errors() ? "failed" : "ok", e,
                               e == 1 ? "" : "s", w, w == 1 ? "" : "s");
  }
  if (p.io_error) return 2;
  return p.diags.has_errors() ? 1 : 0;
}

planc::driver::Limits limits(const Common& c) {
  planc::driver::Limits l;
  l.max_depth = c.max_depth;
  l.max_file_bytes = c.max_file_size;
  return l;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"planc: a compiler for evaluation plans. It checks plans and their rounds' results,\n"
               "scores them by the official method and drafts the reports."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "planc 0.1.0");

  Common c;
  auto* check = app.add_subcommand("check", "parse and check a plan; print its diagnostics");
  add_common(check, c);

  bool ast = false, full = false, with_std = false;
  auto* dump = app.add_subcommand("dump", "print the typed AST of a plan and its imports (for debugging)");
  add_common(dump, c);
  dump->add_flag("--ast", ast, "print the typed AST (the default)");
  dump->add_flag("--full", full, "print texts in full");
  dump->add_flag("--stdlib", with_std, "include the standard library's modules");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }

  planc::driver::Program p;
  planc::driver::load(p, c.file, limits(c));

  if (*dump) {
    planc::ast::DumpOptions o;
    o.full_text = full;
    for (std::size_t i = 0; i < p.modules.size(); ++i)
      if (with_std || !p.is_stdlib[i]) std::cout << planc::ast::dump(p.modules[i], p.sources, o);
  }
  return report(p, c);
}
