// planc diff: what a change to a plan folder (or a file) breaks and fixes,
// and what it does to the scores. OLD NEW (files or folders), or --git
// REV[..REV] PATH. docs/fmt-diff.md.
#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace planc::cli {

struct Common;

struct DiffOptions {
  std::vector<std::string> paths;  // OLD NEW, or with --git the PATH
  std::string git;                 // REV or REV1..REV2
  std::string format = "text";     // text, md or json
};

// Registers `planc diff` on the application (its --lang is the caller's, in Common).
CLI::App* add_diff(CLI::App& app, DiffOptions& o);

// Prints the review in the language of `c.lang`, else of the plan's `language`.
// 0 no error introduced, 1 the change introduces an error (a new version that
// no longer compiles included), 2 usage or I/O problems.
int run_diff(const DiffOptions& o, const Common& c);

}  // namespace planc::cli
