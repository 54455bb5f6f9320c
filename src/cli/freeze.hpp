// `planc freeze ROUND.plan [--restate "reason"] [--date DATE] [--check]`:
// the round's computed figures written into it as its published ones
// (review/freeze.hpp), in fmt's canonical layout, atomically.
#pragma once
#include <string>

#include "cli/common.hpp"

namespace planc::cli {

struct FreezeOptions {
  std::string restate, date;
  bool check = false;  // change nothing: exit 1 when freezing would change the file
};

// Registers the subcommand on `app` with `c`'s common options.
CLI::App* add_freeze(CLI::App& app, Common& c, FreezeOptions& o);
int run_freeze(const Common& c, const FreezeOptions& o);

}  // namespace planc::cli
