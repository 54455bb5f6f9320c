// What the subcommands share: the common options, the language of a run,
// printing diagnostics, exit codes, and writing an output file atomically.
#pragma once
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <type_traits>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "driver/pipeline.hpp"
#include "emit/sink.hpp"
#include "support/lang.hpp"

namespace planc::cli {

struct Common {
  std::string file;
  std::string diagnostics = "text";
  std::string color = "auto";
  bool strict = false;
  std::size_t max_depth = 64;
  std::size_t max_imports = driver::Limits{}.max_imports;
  std::size_t max_file_size = driver::Limits{}.max_file_bytes;
  std::size_t jobs = driver::Limits::default_threads();
  bool timings = false;
  std::string lang;  // --lang: th or en; empty: the plan's `language`, then the locale
};

// --lang on a subcommand.
void add_lang(CLI::App* cmd, Common& c);
// FILE and the options every compiling subcommand has.
void add_common(CLI::App* cmd, Common& c);
// The language planc speaks in this run: --lang, else the plan's `language`
// (and its digits), else the environment's locale.
Locale locale_of(const driver::Program& p, const Common& c);
// Prints the diagnostics: text and short to stderr; JSON and SARIF to stdout
// (unless the command's own output is on stdout: then they are left out); in
// `locale` when given, else locale_of(p, c); text ends with a count of them
// unless `summary` is false.
void print_diagnostics(driver::Program& p, const Common& c, bool json_to_stdout,
                       std::optional<Locale> locale = std::nullopt, bool summary = true);
// `check` of a clean plan: one line that says what was checked.
void print_clean(const driver::Compilation& comp, const Common& c);
int exit_code(const driver::Program& p);
driver::Limits limits(const Common& c);
driver::Options options(const Common& c);

// `text` laid out as `planc fmt` does (review::format), when it parses
// without errors (else nullopt, its errors in `p`).
std::optional<std::string> canonical(driver::Program& p, const std::string& path, const std::string& text);

// Replaces the file at `path` by `text` atomically: written beside it, its
// permissions copied (a new file gets 0666 less the umask), then renamed, so
// that it is either old or new, never half. False, said on stderr, when it cannot.
bool replace_file(const std::string& path, const std::string& text);

// `--timings`: one line per phase (its parts indented), to stderr, when the
// run ends.
struct PrintTimings {
  const Common& c;
  const ::planc::Timings& t;
  ~PrintTimings() {
    if (!c.timings) return;
    double total = 0;
    for (auto& p : t) {
      std::string name = std::string(2 * static_cast<std::size_t>(p.depth), ' ') + p.phase;
      std::cerr << fmt::format("planc: {:<12} {:8.3f} s  {:8.1f} MiB resident after\n", name, p.seconds,
                               static_cast<double>(p.resident) / (1 << 20));
      if (p.depth == 0) total += p.seconds;
    }
    std::cerr << fmt::format("planc: {:<12} {:8.3f} s\n", "total", total);
  }
};

// An emitter that returns false made nothing (and has said why): nothing is written.
template <typename Emit>
bool made(Emit& emit, emit::Sink& out) {
  if constexpr (std::is_same_v<decltype(emit(out)), bool>) {
    errno = 0;
    return emit(out);
  } else {
    emit(out);
    return true;
  }
}

// Writes a draft to `out_path` (standard output when empty) as `emit` makes
// it, a megabyte at a time: beside the file, then renamed, so that an
// interrupted run never leaves half a report. False, said on stderr, when it
// cannot (or when `emit` returns false: it has said why).
template <typename Emit>
bool write_draft(const std::string& out_path, Emit&& emit) {
  auto failed = [](const std::string& what) {
    std::cerr << fmt::format("planc: cannot write {}: {}\n", what, std::strerror(errno));
    return false;
  };
  if (out_path.empty()) {
    std::cout.flush();
    emit::Sink out(stdout);
    if (!made(emit, out)) return false;
    out.flush();
    if (!out.ok() || std::fflush(stdout) != 0) return failed("the draft to standard output");
    return true;
  }
  std::string tmp = out_path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return failed(fmt::format("`{}`", out_path));
  bool ok;
  {
    emit::Sink out(f);
    ok = made(emit, out);
    out.flush();
    ok = ok && out.ok() && std::fflush(f) == 0;
  }
  int saved = errno;
  if (std::fclose(f) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && std::rename(tmp.c_str(), out_path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    std::remove(tmp.c_str());
    errno = saved;
    return saved ? failed(fmt::format("`{}`", out_path)) : false;
  }
  return true;
}

}  // namespace planc::cli
