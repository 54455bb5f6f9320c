#include "review/git.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>

namespace planc::review {
namespace fs = std::filesystem;

namespace {

// Runs a shell command; its standard output, or nullopt when it fails.
std::optional<std::string> shell(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return std::nullopt;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  return pclose(p) == 0 ? std::optional(out) : std::nullopt;
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char ch : s) q += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return q + "'";
}

}  // namespace

std::vector<std::string> every_plan_file(const fs::path& root) {
  if (!fs::is_directory(root)) return {root.filename().string()};
  std::vector<std::string> all;
  for (auto& e : fs::directory_iterator(root))
    if (e.path().extension() == ".plan") all.push_back(e.path().filename().string());
  std::sort(all.begin(), all.end());
  return all;
}

std::optional<GitTrees> git_trees(const std::string& path, const std::string& rev, std::string& error) {
  fs::path target = fs::absolute(path);
  fs::path dir = fs::is_directory(target) ? target : target.parent_path();
  auto top = shell("git -C " + quote(dir.string()) + " rev-parse --show-toplevel 2>/dev/null");
  if (!top) {
    error = fmt::format("`{}` is not in a git repository", path);
    return std::nullopt;
  }
  fs::path repo = top->substr(0, top->find_last_not_of("\n") + 1);
  fs::path rel_dir = fs::relative(fs::weakly_canonical(dir), fs::weakly_canonical(repo));
  GitTrees t;
  t.temp = fs::temp_directory_path() / fmt::format("planc-diff-{}", getpid());
  auto extract = [&](const std::string& r, const fs::path& into) {
    fs::create_directories(into);
    return shell(fmt::format("git -C {} archive --format=tar {} -- {} | tar -x -C {}", quote(repo.string()), quote(r),
                             quote(rel_dir.string()), quote(into.string())))
        .has_value();
  };
  std::string a = rev, b;
  if (auto dots = rev.find(".."); dots != std::string::npos) {
    a = rev.substr(0, dots);
    b = rev.substr(dots + 2);
  }
  for (auto& [r, sub] : {std::pair{a, "old"}, std::pair{b, "new"}}) {
    if (r.empty()) continue;
    // A revision without the folder (a plan added or removed since) is a
    // version without files; an unknown revision is an error.
    bool known = shell(fmt::format("git -C {} rev-parse --verify --quiet {} >/dev/null", quote(repo.string()),
                                   quote(r + "^{commit}")))
                     .has_value();
    bool present = known && shell(fmt::format("git -C {} ls-tree --name-only {} -- {} | grep -q .",
                                              quote(repo.string()), quote(r), quote(rel_dir.string())))
                                .has_value();
    if (known && !present) continue;
    if (!known || !extract(r, t.temp / sub)) {
      fs::remove_all(t.temp);
      error = fmt::format("cannot read `{}` at `{}` from git", rel_dir.string(), r);
      return std::nullopt;
    }
  }
  t.old_root = t.temp / "old" / rel_dir;
  t.new_root = b.empty() ? dir : t.temp / "new" / rel_dir;
  if (!fs::is_directory(target)) {
    t.old_root /= target.filename();
    t.new_root /= target.filename();
  }
  return t;
}

}  // namespace planc::review
