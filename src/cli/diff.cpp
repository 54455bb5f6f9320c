#include "cli/diff.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <iostream>
#include <optional>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.hpp"
#include "driver/pipeline.hpp"
#include "review/diff.hpp"
#include "review/git.hpp"

namespace planc::cli {
namespace fs = std::filesystem;

namespace {

// The two versions compared: folders or files, on disk or extracted from git
// into a temporary folder (removed when done).
struct Versions {
  fs::path old_root, new_root;
  fs::path temp;
  Versions() = default;
  Versions(const Versions&) = delete;
  Versions& operator=(const Versions&) = delete;
  ~Versions() {
    std::error_code ec;
    if (!temp.empty()) fs::remove_all(temp, ec);
  }
};

// Where the versions are; false (said on stderr) on a usage or I/O problem.
bool locate(const DiffOptions& o, Versions& v) {
  if (!o.git.empty()) {
    if (o.paths.size() != 1) {
      std::cerr << "planc: with --git, give one PATH\n";
      return false;
    }
    std::string error;
    auto trees = review::git_trees(o.paths[0], o.git, error);
    if (!trees) {
      std::cerr << "planc: " << error << "\n";
      return false;
    }
    v.temp = trees->temp;
    v.old_root = trees->old_root;
    v.new_root = trees->new_root;
    return true;
  }
  if (o.paths.size() != 2) {
    std::cerr << "planc: give OLD and NEW (files or folders), or --git REV PATH\n";
    return false;
  }
  v.old_root = o.paths[0];
  v.new_root = o.paths[1];
  for (const fs::path& p : {v.old_root, v.new_root})
    if (!fs::exists(p)) {
      std::cerr << fmt::format("planc: cannot read `{}`\n", p.string());
      return false;
    }
  if (fs::is_directory(v.old_root) != fs::is_directory(v.new_root)) {
    std::cerr << "planc: compare a folder with a folder, or a file with a file\n";
    return false;
  }
  return true;
}

// The files of a version that `list` finds (its round files, or all of them),
// or its one file; none when the version does not have the path (a folder
// added or removed in git).
using Lister = std::vector<std::string> (*)(const fs::path&);
std::vector<std::string> files_of(const fs::path& root, bool folders, const std::string& single, Lister list) {
  if (!fs::exists(root)) return {};
  return folders ? list(root) : std::vector<std::string>{single};
}

// One version of one file, compiled; its diagnostics go into `set`.
struct Side {
  driver::Compilation c;
  bool compiled = false;

  // False when the file cannot be read (said on stderr).
  bool compile(const fs::path& file, const fs::path& root, const std::string& name, review::DiagnosticSet& set) {
    driver::Options o;
    o.explain = false;
    driver::compile(c, file.string(), o);
    compiled = true;
    const auto& p = c.program;
    if (p.io_error) {
      std::cerr << fmt::format("planc: cannot read `{}`\n", file.string());
      return false;
    }
    FileId main = p.main < p.modules.size() ? p.modules[p.main].file : kNoFile;
    set.add(p.sources, p.diags.all(), root, main, name);
    return true;
  }
};

bool has_plan(const driver::Program& p) {
  return std::any_of(p.modules.begin(), p.modules.end(), [](const auto& m) { return m.plan.has_value(); });
}

}  // namespace

CLI::App* add_diff(CLI::App& app, DiffOptions& o) {
  auto* cmd = app.add_subcommand(
      "diff", "what a change breaks and fixes in a plan, and does to its scores: OLD NEW, or --git REV[..REV] PATH");
  cmd->add_option("PATHS", o.paths, "OLD NEW (files or folders), or with --git the PATH to compare")->required();
  cmd->add_option("--git", o.git, "compare PATH at REV with the working tree, or at REV1..REV2");
  cmd->add_option("--format", o.format, "text, md (a pull-request comment) or json")
      ->check(CLI::IsMember({"text", "md", "json"}));
  return cmd;
}

int run_diff(const DiffOptions& o, const Common& c) {
  Versions v;
  if (!locate(o, v)) return 2;
  bool folders = fs::is_directory(v.new_root) || fs::is_directory(v.old_root);
  std::string single = (fs::exists(v.new_root) ? v.new_root : v.old_root).filename().string();
  std::vector<std::string> old_files = files_of(v.old_root, folders, single, review::plan_files),
                           new_files = files_of(v.new_root, folders, single, review::plan_files);
  std::set<std::string> all(old_files.begin(), old_files.end());
  all.insert(new_files.begin(), new_files.end());
  auto has = [](const std::vector<std::string>& files, const std::string& f) {
    return std::binary_search(files.begin(), files.end(), f);
  };
  auto path_in = [&](const fs::path& root, const std::string& rel) { return folders ? root / rel : root; };
  auto base = [&](const fs::path& root) { return folders ? root : root.parent_path(); };

  review::Review r;
  r.path = o.paths.back();
  review::DiagnosticSet before, after;
  std::optional<Locale> locale;
  bool io_error = false;
  for (const std::string& rel : all) {
    Side a, b;
    if (has(old_files, rel)) io_error |= !a.compile(path_in(v.old_root, rel), base(v.old_root), rel, before);
    if (has(new_files, rel)) io_error |= !b.compile(path_in(v.new_root, rel), base(v.new_root), rel, after);
    for (Side* s : {&b, &a})
      if (!locale && s->compiled && has_plan(s->c.program)) locale = locale_of(s->c.program, c);
    if (!a.compiled || !b.compiled) continue;
    if (a.c.scored && b.c.scored) r.plans.push_back(review::diff(*a.c.scored, *b.c.scored, rel));
    else r.unscored.push_back({rel, !a.c.scored, !b.c.scored});
  }
  std::vector<std::string> old_every = files_of(v.old_root, folders, single, review::every_plan_file),
                           new_every = files_of(v.new_root, folders, single, review::every_plan_file);
  std::set_difference(new_every.begin(), new_every.end(), old_every.begin(), old_every.end(), std::back_inserter(r.added));
  std::set_difference(old_every.begin(), old_every.end(), new_every.begin(), new_every.end(),
                      std::back_inserter(r.removed));
  if (io_error) return 2;
  r.diagnostics = review::compare(before.take(), after.take());
  Locale l = locale ? *locale : locale_of(driver::Program{}, c);
  std::cout << (o.format == "md"     ? review::to_markdown(r, l)
                : o.format == "json" ? review::to_json(r, l)
                                     : review::to_text(r, l));
  return r.diagnostics.introduced_errors() ? 1 : 0;
}

}  // namespace planc::cli
