#include "cli/diff.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <iostream>
#include <optional>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.hpp"
#include "driver/folder.hpp"
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

// The .plan files of a version (of the folder, not of its sub-folders; or
// its one file): what a change adds and removes. None when the version does
// not have the path (a folder added or removed in git).
std::vector<std::string> files_of(const fs::path& root, bool folders, const std::string& single) {
  if (!fs::exists(root)) return {};
  return folders ? review::every_plan_file(root) : std::vector<std::string>{single};
}

bool has_plan(const driver::Program& p) {
  return std::any_of(p.modules.begin(), p.modules.end(), [](const auto& m) { return m.plan.has_value(); });
}

// One version compiled: a plan folder by the folder loader (every round, and
// the folder's own mistakes), or one file. Its diagnostics go into a set, each
// once; what it scores is kept by file name (each round, or the plan alone).
struct Version {
  driver::FolderCompilation folder;
  driver::Compilation file;
  std::map<std::string, const driver::Compilation*> by_name;

  // False when a file cannot be read (said on stderr). A version without
  // the path has nothing.
  bool compile(const fs::path& root, bool folders, const std::string& name, const std::string& shown,
               review::DiagnosticSet& set) {
    if (!fs::exists(root)) return true;
    driver::Options co;
    co.explain = false;
    if (folders) {
      driver::FolderOptions fo;
      fo.compile = co;
      driver::compile_folder(folder, root.string(), fo);
      for (const auto& r : folder.rounds) by_name[r.name] = r.compilation.get();
      if (folder.plan_alone) by_name[fs::path(folder.plan).filename().string()] = folder.plan_alone.get();
      driver::Program all = folder.diagnostics();
      set.add(all.sources, all.diags.all(), root, kNoFile, "", shown);
      return readable(all, root);
    }
    driver::compile(file, root.string(), co);
    by_name[name] = &file;
    const driver::Program& p = file.program;
    set.add(p.sources, p.diags.all(), root.parent_path(), p.main < p.modules.size() ? p.modules[p.main].file : kNoFile,
            name, fs::path(shown).parent_path().string());
    return readable(p, root);
  }

  // The first compilation that has the plan (for its language).
  const driver::Program* with_plan() const {
    for (const auto& [n, c] : by_name)
      if (has_plan(c->program)) return &c->program;
    return nullptr;
  }

 private:
  static bool readable(const driver::Program& p, const fs::path& root) {
    if (p.io_error) std::cerr << fmt::format("planc: cannot read `{}`\n", root.string());
    return !p.io_error;
  }
};

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
  review::Review r;
  r.path = o.paths.back();
  review::DiagnosticSet before, after;
  Version a, b;
  bool io_error = !a.compile(v.old_root, folders, single, o.git.empty() ? o.paths.front() : r.path, before);
  io_error |= !b.compile(v.new_root, folders, single, r.path, after);
  for (const auto& [name, cb] : b.by_name) {
    auto ca = a.by_name.find(name);
    if (ca == a.by_name.end()) continue;  // a round added: its diagnostics are introduced
    if (ca->second->scored && cb->scored) r.plans.push_back(review::diff(*ca->second->scored, *cb->scored, name));
    else r.unscored.push_back({name, !ca->second->scored, !cb->scored});
  }
  std::vector<std::string> old_every = files_of(v.old_root, folders, single),
                           new_every = files_of(v.new_root, folders, single);
  std::set_difference(new_every.begin(), new_every.end(), old_every.begin(), old_every.end(), std::back_inserter(r.added));
  std::set_difference(old_every.begin(), old_every.end(), new_every.begin(), new_every.end(),
                      std::back_inserter(r.removed));
  if (io_error) return 2;
  r.diagnostics = review::compare(before.take(), after.take());
  const driver::Program* plan = b.with_plan() ? b.with_plan() : a.with_plan();
  driver::Program none;
  Locale l = locale_of(plan ? *plan : none, c);
  std::cout << (o.format == "md"     ? review::to_markdown(r, l)
                : o.format == "json" ? review::to_json(r, l)
                                     : review::to_text(r, l));
  return r.diagnostics.introduced_errors() ? 1 : 0;
}

}  // namespace planc::cli
