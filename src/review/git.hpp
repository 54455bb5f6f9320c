// Where `planc diff` finds the two versions: the .plan files of a folder, and
// trees of a path read from git revisions.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace planc::review {

// Every .plan file of a folder (not of its sub-folders: a plan folder is one
// folder), or the file itself, sorted: what a change adds or removes.
std::vector<std::string> every_plan_file(const std::filesystem::path& root);

struct GitTrees {
  std::filesystem::path temp;      // extracted trees live here; the caller removes it
  std::filesystem::path old_root;  // PATH as it was at the first revision
  std::filesystem::path new_root;  // PATH at the second revision, or in the working tree
};

// `rev` is REV (against the working tree) or REV1..REV2. The folder of PATH is
// extracted with `git archive` so that the files it uses come along.
std::optional<GitTrees> git_trees(const std::string& path, const std::string& rev, std::string& error);

}  // namespace planc::review
